package io.salesplan.platform.page;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code {"items": [...], "nextCursor": "…" | null}}. */
public record Page<T>(
        @Schema(description = "The page's items, in the list's order.") List<T> items,
        @Schema(description = "Pass it as cursor (with the same filters) for the next page; null on the last page.",
                nullable = true, examples = "eyJrIjpbIjIwMjYtMDMtMDEiXX0.c2lnbmF0dXJl") String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
