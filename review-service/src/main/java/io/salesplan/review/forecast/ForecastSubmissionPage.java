package io.salesplan.review.forecast;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of {@code GET /api/v1/forecasts}: the platform's {@code Page} of
 * {@link ForecastSubmissionResponse}, under the name the document gave it before the record was renamed
 * (docs/decisions.md, "A renamed DTO inside {@code Page<T>} pins the page's schema name too").
 */
@Schema(name = "PageForecastSubmissionView")
record ForecastSubmissionPage(
        @Schema(description = "The page's items, in the list's order.") List<ForecastSubmissionResponse> items,
        @Schema(description = "Pass it as cursor (with the same filters) for the next page; null on the last page.",
                nullable = true, examples = "eyJrIjpbIjIwMjYtMDMtMDEiXX0.c2lnbmF0dXJl") String nextCursor) {
}
