package io.salesplan.review.access;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.BearerTokenContract;

@QuarkusTest
class BearerTokenTest extends BearerTokenContract {

    @Override
    protected String securedPath() {
        return "/api/v1/reviews/variance";
    }
}
