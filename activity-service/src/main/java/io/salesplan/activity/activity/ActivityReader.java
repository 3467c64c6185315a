package io.salesplan.activity.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplan.platform.problem.Problem.FieldError;
import io.salesplan.platform.problem.ProblemMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/** Reads one batch item as a {@link LogActivityRequest} and checks its shape, reporting problems per field. */
@ApplicationScoped
public class ActivityReader {

    /** Either the activity or what is wrong with it. */
    public record Read(LogActivityRequest activity, List<FieldError> errors) {
    }

    private final ObjectMapper mapper;
    private final Validator validator;

    public ActivityReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public Read read(JsonNode item) {
        if (item == null || !item.isObject()) {
            return new Read(null, List.of(new FieldError("item", "must be an activity object")));
        }
        LogActivityRequest activity;
        try {
            activity = mapper.treeToValue(item, LogActivityRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Read(null, List.of(describe(e)));
        }
        List<FieldError> errors = validator.validate(activity).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return errors.isEmpty() ? new Read(activity, List.of()) : new Read(null, errors);
    }

    private static FieldError describe(Exception e) {
        if (e instanceof JsonProcessingException json) {
            FieldError error = ProblemMappers.fieldError(json);
            return new FieldError("body".equals(error.field()) ? "item" : error.field(), error.message());
        }
        return new FieldError("item", "has a value of the wrong type or format");
    }
}
