package io.salesplan.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.TestCallers;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CachingJwtParserTest {

    @Inject
    JWTParser parser;

    @Test
    void theParserRequestsUseVerifiesATokenOnceAndRefusesAForgedOneEachTime() throws Exception {
        String token = TestCallers.admin();
        assertSame(parser.parse(token), parser.parse(token), "the second parse is answered from the verified tokens");
        String forged = token.substring(0, token.length() - 12) + (token.endsWith("AAAAAAAAAAAA") ? "BBBBBBBBBBBB"
                : "AAAAAAAAAAAA");
        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> parser.parse(forged));
        }
        assertEquals("admin", parser.parse(token).getGroups().iterator().next());
    }
}
