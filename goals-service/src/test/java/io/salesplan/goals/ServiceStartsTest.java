package io.salesplan.goals;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.ServiceStartsContract;

@QuarkusTest
class ServiceStartsTest extends ServiceStartsContract {

    @Override
    protected String serviceName() {
        return "goals-service";
    }
}
