package io.salesplan.pipeline;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.ServiceStartsContract;

@QuarkusTest
class ServiceStartsTest extends ServiceStartsContract {

    @Override
    protected String serviceName() {
        return "pipeline-service";
    }
}
