package io.salesplan.platform.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplan.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void matchingOrAbsentIfMatchPasses() {
        assertThatCode(() -> Versions.checkIfMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.checkIfMatch("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.checkIfMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.checkIfMatch("*", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.checkIfMatch(null, 3)).doesNotThrowAnyException();
    }

    @Test
    void staleIfMatchIsA412() {
        assertThatThrownBy(() -> Versions.checkIfMatch("\"2\"", 3))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("\"3\"")
                .matches(e -> ((ApiException) e).status() == 412);
    }
}
