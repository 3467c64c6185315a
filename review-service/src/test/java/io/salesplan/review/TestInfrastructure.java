package io.salesplan.review;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.salesplan.infra.JwtTestResource;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.PostgresTestResource;

/**
 * Real PostgreSQL and Kafka for every test of this module, started once, and the test signing key
 * the service trusts. Requests without a token are sent as an admin ({@code support.AdminByDefault}).
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
