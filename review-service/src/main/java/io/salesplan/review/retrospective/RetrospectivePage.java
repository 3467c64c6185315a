package io.salesplan.review.retrospective;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of {@code GET /api/v1/retrospectives}: the platform's {@code Page} of
 * {@link RetrospectiveResponse}, declared under the name the document gave it before the record was renamed
 * (a generic page's schema is named after its item class, which {@code @Schema(name)} on the item does not change).
 */
@Schema(name = "PageRetrospectiveView")
record RetrospectivePage(
        @Schema(description = "The page's items, in the list's order.") List<RetrospectiveResponse> items,
        @Schema(description = "Pass it as cursor (with the same filters) for the next page; null on the last page.",
                nullable = true, examples = "eyJrIjpbIjIwMjYtMDMtMDEiXX0.c2lnbmF0dXJl") String nextCursor) {
}
