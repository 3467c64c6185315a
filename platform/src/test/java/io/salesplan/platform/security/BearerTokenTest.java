package io.salesplan.platform.security;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.BearerTokenContract;

@QuarkusTest
class BearerTokenTest extends BearerTokenContract {

    @Override
    protected String securedPath() {
        return "/api/test/READ_DEALS";
    }
}
