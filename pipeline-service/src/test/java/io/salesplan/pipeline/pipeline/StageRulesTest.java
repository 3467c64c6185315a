package io.salesplan.pipeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplan.platform.problem.ApiException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageRulesTest {

    private static StageInput stage(String key, StageKind kind, String probability) {
        return new StageInput(key, null, kind, new BigDecimal(probability));
    }

    @Test
    void aValidListKeepsItsOrderAndDerivesNamesAndKinds() {
        List<PipelineStage> stages = StageRules.toStages("stages", List.of(
                stage("FIRST_CALL", null, "0.1"), stage("WON", StageKind.WON, "1"), stage("LOST", StageKind.LOST, "0")));
        assertThat(stages).extracting(s -> s.key).containsExactly("FIRST_CALL", "WON", "LOST");
        assertThat(stages.get(0).kind).isEqualTo(StageKind.OPEN);
        assertThat(stages.get(0).name).isEqualTo("First call");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThatThrownBy(() -> StageRules.toStages("stages", List.of(
                stage("A", StageKind.WON, "0.9"), stage("A", StageKind.WON, "1"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage())
                            .contains("stages[0].probability", "stages[1].key: duplicate stage key A",
                                    "at least one OPEN stage", "exactly one WON stage, found 2",
                                    "exactly one LOST stage, found 0");
                });
    }

    @Test
    void theDefaultStagesFollowTheRules() {
        List<StageInput> inputs = StageRules.defaults().stream()
                .map(s -> new StageInput(s.key, s.name, s.kind, s.probability)).toList();
        assertThat(StageRules.toStages("stages", inputs)).hasSize(6);
    }

    @Test
    void probabilitiesAreShownWithAtLeastTwoDecimals() {
        assertThat(StageRules.display(new BigDecimal("0.1000"))).isEqualTo(new BigDecimal("0.10"));
        assertThat(StageRules.display(new BigDecimal("1.0000"))).isEqualTo(new BigDecimal("1.00"));
        assertThat(StageRules.display(new BigDecimal("0.1250"))).isEqualTo(new BigDecimal("0.125"));
        assertThat(StageRules.display(new BigDecimal("0.0000"))).isEqualTo(new BigDecimal("0.00"));
    }
}
