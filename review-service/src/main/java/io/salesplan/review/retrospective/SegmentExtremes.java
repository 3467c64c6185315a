package io.salesplan.review.retrospective;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SegmentExtremes", description = "The best and worst converting segment of one dimension (see "
        + "GET /api/v1/reviews/segments, with minDeals 5); both null when no two segments qualify or all "
        + "convert alike")
public record SegmentExtremes(
        @Schema(enumeration = {"industry", "region", "size"}) String dimension,
        @Schema(nullable = true) SegmentStanding best,
        @Schema(nullable = true) SegmentStanding worst) {
}
