package io.salesplan.infra;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Checks a consumer's reading record of another service's event payload against docs/asyncapi.yaml, the
 * producers' contract: every component is a property of the event's {@code data} schema with a compatible
 * type (a consumer may read fewer properties than the schema has, never one it lacks), and every Java enum
 * read from a payload field has exactly the schema's values. Records nested in a component (a list's
 * elements, an object) are checked against that property's schema.
 */
public final class AsyncApiReadingRecords {

    private static final JsonNode DOC = AsyncApiExample.document();

    private AsyncApiReadingRecords() {
    }

    /** Fails with every mismatch between the record and the {@code data} schema of each event type. */
    public static void check(Class<? extends Record> record, String... eventTypes) {
        List<String> problems = new ArrayList<>();
        for (String type : eventTypes) {
            problems.addAll(problems(record, type));
        }
        failOn(problems);
    }

    /** Fails unless the enum's constants are exactly the values of the payload property (null aside). */
    public static void checkEnum(Class<? extends Enum<?>> values, String eventType, String property) {
        JsonNode schema = data(eventType).path("properties").path(property);
        failOn(schema.isMissingNode()
                ? List.of(eventType + " has no property " + property + " (read as " + values.getSimpleName() + ")")
                : enumProblems(values, nonNull(schema), eventType + "." + property));
    }

    /** The mismatches between the record and the {@code data} schema of the event type; empty when it fits. */
    public static List<String> problems(Class<? extends Record> record, String eventType) {
        return recordProblems(record, data(eventType), eventType);
    }

    private static List<String> recordProblems(Class<?> record, JsonNode schema, String where) {
        List<String> problems = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            String name = renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
            JsonNode property = schema.path("properties").path(name);
            String path = where + "." + name;
            if (property.isMissingNode()) {
                problems.add(path + ": read by " + record.getSimpleName() + " but not in the schema");
                continue;
            }
            boolean nullable = !required(schema).contains(name) || types(property).contains("null")
                    || property.path("oneOf").findValuesAsText("type").contains("null");
            if (component.getType().isPrimitive() && nullable) {
                problems.add(path + ": may be null or absent, read as primitive " + component.getType());
            }
            problems.addAll(typeProblems(component.getGenericType(), nonNull(property), path));
        }
        return problems;
    }

    private static List<String> typeProblems(Type javaType, JsonNode schema, String path) {
        Class<?> type = raw(javaType);
        Set<String> types = types(schema);
        String format = schema.path("format").asText();
        boolean fits;
        if (type.isEnum()) {
            return enumProblems(type, schema, path);
        } else if (type.isRecord()) {
            return types.contains("object") ? recordProblems(type, schema, path) : List.of(path + ": not an object");
        } else if (Collection.class.isAssignableFrom(type)) {
            return types.contains("array") && javaType instanceof ParameterizedType list
                    ? typeProblems(list.getActualTypeArguments()[0], nonNull(schema.path("items")), path + "[]")
                    : List.of(path + ": read as " + javaType + ", schema type " + types);
        } else if (type == String.class) {
            fits = types.contains("string");
        } else if (type == UUID.class) {
            fits = types.contains("string") && format.equals("uuid");
        } else if (type == OffsetDateTime.class || type == Instant.class) {
            fits = types.contains("string") && format.equals("date-time");
        } else if (type == LocalDate.class) {
            fits = types.contains("string") && format.equals("date");
        } else if (List.of(int.class, long.class, Integer.class, Long.class).contains(type)) {
            fits = types.contains("integer");
        } else if (List.of(BigDecimal.class, double.class, Double.class).contains(type)) {
            fits = types.contains("number");
        } else if (type == boolean.class || type == Boolean.class) {
            fits = types.contains("boolean");
        } else {
            fits = false;
        }
        return fits ? List.of() : List.of(path + ": read as " + type.getSimpleName() + ", schema type " + types
                + (format.isEmpty() ? "" : " format " + format));
    }

    private static List<String> enumProblems(Class<?> values, JsonNode schema, String path) {
        Set<String> schemaValues = new TreeSet<>();
        schema.path("enum").forEach(v -> {
            if (!v.isNull()) {
                schemaValues.add(v.asText());
            }
        });
        Set<String> javaValues = new TreeSet<>();
        Arrays.stream(values.getEnumConstants()).forEach(v -> javaValues.add(((Enum<?>) v).name()));
        return javaValues.equals(schemaValues) ? List.of()
                : List.of(path + ": " + values.getSimpleName() + " has " + javaValues + ", the schema " + schemaValues);
    }

    private static JsonNode data(String eventType) {
        for (JsonNode message : DOC.path("components").path("messages")) {
            if (message.path("name").asText().equals(eventType)) {
                for (JsonNode part : message.path("payload").path("allOf")) {
                    JsonNode data = part.path("properties").path("data");
                    if (!data.isMissingNode()) {
                        return AsyncApiExample.resolve(DOC, data);
                    }
                }
            }
        }
        throw new IllegalArgumentException("docs/asyncapi.yaml has no message " + eventType + " with a data schema");
    }

    /** The schema without its null alternative: a {@code oneOf} of one schema and {@code type: 'null'}. */
    private static JsonNode nonNull(JsonNode schema) {
        for (JsonNode alternative : schema.path("oneOf")) {
            if (!alternative.path("type").asText().equals("null")) {
                return AsyncApiExample.resolve(DOC, alternative);
            }
        }
        return AsyncApiExample.resolve(DOC, schema);
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (!type.isMissingNode()) {
            types.add(type.asText());
        }
        return types;
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static void failOn(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError("Reading records disagree with docs/asyncapi.yaml:\n  "
                    + String.join("\n  ", problems));
        }
    }
}
