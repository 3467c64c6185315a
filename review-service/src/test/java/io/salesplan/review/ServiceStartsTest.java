package io.salesplan.review;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.ServiceStartsContract;

@QuarkusTest
class ServiceStartsTest extends ServiceStartsContract {

    @Override
    protected String serviceName() {
        return "review-service";
    }
}
