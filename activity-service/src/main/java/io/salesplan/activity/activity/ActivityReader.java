package io.salesplan.activity.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.salesplan.platform.problem.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Reads one batch item as a {@link NewActivity} and checks its shape, reporting problems per field. */
@ApplicationScoped
public class ActivityReader {

    /** Either the activity or what is wrong with it. */
    public record Read(NewActivity activity, List<FieldError> errors) {
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
        NewActivity activity;
        try {
            activity = mapper.treeToValue(item, NewActivity.class);
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
        if (!(e instanceof JsonMappingException mapping)) {
            return new FieldError("item", "has a value of the wrong type or format");
        }
        String field = mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            field = "item";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new FieldError(field, "unknown value '" + invalid.getValue() + "'; allowed values: " + allowed);
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return new FieldError(field, "has the wrong type; expected " + expected(mismatched.getTargetType()));
        }
        return new FieldError(field, "has a value of the wrong type or format");
    }

    private static String expected(Class<?> type) {
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == java.time.OffsetDateTime.class) {
            return "an ISO-8601 instant with offset";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        return type.getSimpleName();
    }
}
