package io.salesplan.pipeline.pipeline;

import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a pipeline's stage list must follow beyond each stage's own shape: unique keys, at
 * least one OPEN stage, exactly one WON (probability 1) and one LOST (probability 0) stage.
 */
public final class StageRules {

    public static final String KEY_PATTERN = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";
    public static final int MAX_STAGES = 50;

    private StageRules() {
    }

    /** The stages in the given order, or a 400 listing every broken rule. Inputs are already shape-checked. */
    public static List<PipelineStage> toStages(String field, List<StageInput> inputs) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int open = 0;
        int won = 0;
        int lost = 0;
        List<PipelineStage> stages = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            StageInput input = inputs.get(i);
            String at = field + "[" + i + "]";
            StageKind kind = input.kind() == null ? StageKind.OPEN : input.kind();
            if (!keys.add(input.key())) {
                errors.add(new FieldError(at + ".key", "duplicate stage key " + input.key()));
            }
            switch (kind) {
                case OPEN -> open++;
                case WON -> {
                    won++;
                    if (input.probability().compareTo(BigDecimal.ONE) != 0) {
                        errors.add(new FieldError(at + ".probability", "the WON stage must have probability 1"));
                    }
                }
                case LOST -> {
                    lost++;
                    if (input.probability().signum() != 0) {
                        errors.add(new FieldError(at + ".probability", "the LOST stage must have probability 0"));
                    }
                }
            }
            String name = input.name() == null || input.name().isBlank() ? nameOf(input.key()) : input.name().strip();
            stages.add(new PipelineStage(input.key(), name, kind, input.probability()));
        }
        if (open == 0) {
            errors.add(new FieldError(field, "needs at least one OPEN stage"));
        }
        if (won != 1) {
            errors.add(new FieldError(field, "needs exactly one WON stage, found " + won));
        }
        if (lost != 1) {
            errors.add(new FieldError(field, "needs exactly one LOST stage, found " + lost));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return stages;
    }

    /** A readable name for a key: NEEDS_ANALYSIS → "Needs analysis". */
    static String nameOf(String key) {
        String words = key.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The stages of the default pipeline, also used for a new pipeline created without stages. */
    public static List<PipelineStage> defaults() {
        return List.of(
                new PipelineStage("INITIAL_CONTACT", "Initial contact", StageKind.OPEN, new BigDecimal("0.10")),
                new PipelineStage("NEEDS_ANALYSIS", "Needs analysis", StageKind.OPEN, new BigDecimal("0.25")),
                new PipelineStage("PROPOSAL", "Proposal / quote", StageKind.OPEN, new BigDecimal("0.50")),
                new PipelineStage("NEGOTIATION", "Negotiation", StageKind.OPEN, new BigDecimal("0.75")),
                new PipelineStage("WON", "Won", StageKind.WON, new BigDecimal("1.0")),
                new PipelineStage("LOST", "Lost", StageKind.LOST, new BigDecimal("0.0")));
    }

    /** A probability as clients read it: 0.1000 → 0.10, 1.0000 → 1.00, 0.125 stays. */
    public static BigDecimal display(BigDecimal probability) {
        BigDecimal stripped = probability.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
