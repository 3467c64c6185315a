package io.salesplan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem.FieldError;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void everyMissingOrMalformedParameterIsNamedInOne400() {
        Params.All params = Params.all();
        params.required("from", null);
        UUID owner = params.read(() -> Params.uuid("ownerId", "nope"));
        params.required("to", " ");
        Integer limit = params.read(() -> Params.limit("0"));
        String metric = params.required("metric", "REVENUE");

        assertThat(owner).isNull();
        assertThat(limit).isNull();
        assertThat(metric).isEqualTo("REVENUE");
        assertThatThrownBy(params::check).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errors()).extracting(FieldError::field).containsExactly("from", "ownerId", "to", "limit");
            assertThat(refused.errors()).extracting(FieldError::message).startsWith("is required");
        });
    }

    @Test
    void parametersThatAreAllGoodPassTheCheck() {
        Params.All params = Params.all();
        String from = params.required("from", "2026-01-01");
        Integer limit = params.read(() -> Params.limit(null));
        params.check();
        assertThat(from).isEqualTo("2026-01-01");
        assertThat(limit).isEqualTo(Params.DEFAULT_LIMIT);
    }
}
