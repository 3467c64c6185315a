package io.salesplan.review;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.CursorShapes;
import io.salesplan.infra.TestCallers;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.page.CursorCodec;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every list of the service answers a cursor that is signed for its query and caller but does not
 * hold a sort key and an id with the same 400 naming {@code cursor} (platform {@code page/Keyset}),
 * never a 500. The query texts are the lists' own, so a change to what binds a cursor shows here too.
 */
@QuarkusTest
class CursorShapeTest {

    private static final String CALLER = "cursor-shape-test";

    @Inject
    PlatformConfig config;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "/api/v1/retrospectives; retros|null|null|null|null; 2026-03-01T10:00Z; yesterday",
            "/api/v1/forecasts; forecasts|null|null|null; 2026-03-01T10:00Z; yesterday"
    })
    void aSignedCursorOfAnotherShapeIsA400NamingCursor(String path, String query, String sortKey, String badSortKey) {
        CursorCodec cursors = new CursorCodec(config.cursorSecret(), () -> CALLER);
        CursorShapes.check(path, TestCallers.bearer(TestCallers.withRoles(CALLER, null, List.of("admin"))),
                values -> cursors.encode(query, values), sortKey, badSortKey);
    }
}
