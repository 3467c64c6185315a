package io.salesplan.review.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.salesplan.infra.TestCallers;

/**
 * Before every {@code @QuarkusTest} class of the module: REST Assured requests without an
 * {@code Authorization} header go as an admin, so tests about other things than access need not
 * mention tokens (registered in META-INF/services).
 */
public class AdminByDefault implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        TestCallers.install();
    }
}
