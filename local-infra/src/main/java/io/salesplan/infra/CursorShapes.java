package io.salesplan.infra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What every service's {@code CursorShapeTest} checks of each of its lists: a cursor signed for the
 * list's query and caller that holds a sort key and an id is a 200, and one of any other shape (a lone
 * value, an id that is not one, a third value, a sort key that does not read) the same 400 naming
 * {@code cursor} (platform {@code page/Keyset}), never a 500.
 */
public final class CursorShapes {

    private CursorShapes() {
    }

    /**
     * @param encode signs values as a cursor of the list's query for the caller of {@code headers}
     * @param badSortKey a text the list's sort key cannot be read from, or null when every text is one
     */
    public static void check(String path, Map<String, String> headers, Function<List<String>, String> encode,
            String sortKey, String badSortKey) {
        String id = UUID.randomUUID().toString();
        given().headers(headers).queryParam("cursor", encode.apply(List.of(sortKey, id))).get(path)
                .then().statusCode(200);

        List<List<String>> shapes = new ArrayList<>(List.of(List.of(sortKey), List.of(sortKey, "not-an-id"),
                List.of(sortKey, id, "3")));
        if (badSortKey != null) {
            shapes.add(List.of(badSortKey, id));
        }
        for (List<String> shape : shapes) {
            given().headers(headers).queryParam("cursor", encode.apply(shape)).get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors[0].field", equalTo("cursor"))
                    .body("errors[0].message", equalTo("is not a cursor of this query"));
        }
    }
}
