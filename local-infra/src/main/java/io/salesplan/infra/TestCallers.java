package io.salesplan.infra;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Tokens for REST Assured tests. Once {@link #install()}ed, every request without an
 * {@code Authorization} header is sent as an admin, so tests about behaviour other than access need
 * not mention tokens; tests about access send {@link #bearer} of the caller they mean, or
 * {@link #anonymous()} for no token at all.
 */
public final class TestCallers {

    private static final String ANONYMOUS = "X-Test-Anonymous";
    private static boolean installed;

    private TestCallers() {
    }

    public static synchronized void install() {
        if (!installed) {
            RestAssured.filters(new DefaultCaller());
            installed = true;
        }
    }

    public static String admin() {
        return JwtTestResource.tokens().forRole("admin", null);
    }

    public static String integration() {
        return JwtTestResource.tokens().forRole("integration", null);
    }

    /** A manager or rep is a person: their e-mail is matched to a rep's. */
    public static String manager(String email) {
        return JwtTestResource.tokens().forRole("manager", email);
    }

    public static String rep(String email) {
        return JwtTestResource.tokens().forRole("rep", email);
    }

    public static String withRoles(String subject, String email, List<String> roles) {
        return JwtTestResource.tokens().mint(subject, email, roles, Duration.ofMinutes(10));
    }

    /** The header for {@code given().headers(bearer(token))}. */
    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** The header for {@code given().headers(anonymous())}: the request goes without any token. */
    public static Map<String, String> anonymous() {
        return Map.of(ANONYMOUS, "true");
    }

    private static final class DefaultCaller implements Filter {

        private final String admin = admin();

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
                request.removeHeader(ANONYMOUS);
            } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + admin);
            }
            return context.next(request, response);
        }
    }
}
