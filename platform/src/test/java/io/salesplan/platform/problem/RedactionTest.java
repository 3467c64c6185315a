package io.salesplan.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void aRefusedTokensReasonKeepsTheFailedCheckButNotTheClaimsOrTheToken() {
        RuntimeException failure = new RuntimeException("wrapped", new IllegalStateException(
                "JWT (claims->{\"sub\":\"u1\",\"email\":\"li.wei@example.com\"}) rejected due to invalid claims. "
                        + "Additional details: [[8] Audience (aud) claim [other] doesn't contain an acceptable identifier.]"));
        String reason = Redaction.tokenFailure(failure);
        assertThat(reason).startsWith("IllegalStateException: [[8] Audience (aud) claim [other]")
                .doesNotContain("li.wei").doesNotContain("u1");
    }

    @Test
    void tokenLikeRunsAreRedacted() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJlLXBhcnQtbG9uZw";
        assertThat(Redaction.tokens("Invalid JWS Signature: {\"alg\":\"RS256\"}->" + jwt))
                .doesNotContain(jwt).doesNotContain("eyJzdWIiOiJ1MSJ9").contains("[redacted]");
    }
}
