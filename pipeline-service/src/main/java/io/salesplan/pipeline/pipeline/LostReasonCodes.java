package io.salesplan.pipeline.pipeline;

import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a pipeline's lost-reason codes: UPPER_SNAKE_CASE, unique, at least one. */
public final class LostReasonCodes {

    /** A pipeline's codes unless it names its own. */
    public static final List<String> DEFAULTS = List.of("PRICE", "COMPETITOR", "NO_BUDGET", "NO_DECISION", "TIMING",
            "OTHER");
    public static final int MAX_CODES = 50;

    private LostReasonCodes() {
    }

    /** The codes in the given order, or a 400 listing every broken rule. Codes are already shape-checked. */
    public static List<String> check(String field, List<String> codes) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "duplicate lost-reason code " + codes.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return List.copyOf(codes);
    }
}
