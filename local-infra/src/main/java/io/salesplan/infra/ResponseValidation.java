package io.salesplan.infra;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;

/**
 * Every REST Assured response of a module's tests is judged against the OpenAPI document the service
 * under test serves ({@link OpenApiContract}): a response that contradicts its own contract fails the
 * test that caused it, whatever that test asserts. A module switches it on for all its
 * {@code @QuarkusTest}s with one line in
 * {@code src/test/resources/META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback}:
 * {@code io.salesplan.infra.ResponseValidation}.
 */
public final class ResponseValidation implements Filter, QuarkusTestBeforeClassCallback {

    private static boolean installed;

    public static synchronized void install() {
        if (!installed) {
            RestAssured.filters(new ResponseValidation());
            installed = true;
        }
    }

    @Override
    public void beforeClass(Class<?> testClass) {
        install();
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        List<String> violations = OpenApiContract.of(uri.getScheme() + "://" + uri.getRawAuthority())
                .violations(request.getMethod(), uri.getRawPath(), response.statusCode(), response::header,
                        response.asString());
        if (!violations.isEmpty()) {
            throw new AssertionError("The response contradicts the service's OpenAPI document:\n  "
                    + String.join("\n  ", violations) + "\nResponse: " + response.statusCode() + " "
                    + abbreviate(response.asString()));
        }
        return response;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + " …";
    }
}
