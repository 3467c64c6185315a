package io.salesplan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplan.system.Suite.Service;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Drives every operation of every service's OpenAPI document with bad input, so that a new
 * endpoint is covered without writing a test for it: malformed JSON, an empty body, a body without
 * Content-Type, a field given twice, a field the request does not have, each field with a wrong type,
 * an unknown enum value, a huge string, a fraction for a whole number or a date in year 0, nonsense
 * query parameters and dates, and a URI too long.
 * Bad input must get a 4xx problem+json; nothing may ever answer 5xx.
 */
class BadInputSweepIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Api.Caller ADMIN = Api.as(Suite.tokens().forRole("admin", null));
    private static final String HUGE = "x".repeat(100_001);

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersBadInputWithAProblem() {
        List<DynamicTest> tests = Operations.all().stream()
                .map(op -> DynamicTest.dynamicTest(op.name(),
                        () -> sweep(op.service(), op.spec(), op.method(), op.template(), op.operation())))
                .toList();
        assertThat(tests).as("operations found in the OpenAPI documents").hasSizeGreaterThan(10);
        return tests.stream();
    }

    private void sweep(Service service, JsonNode spec, String method, String template, JsonNode op) throws Exception {
        String url = new Operations(service, spec, method, template, op).url();
        List<String> failures = new ArrayList<>();

        check(failures, "a URI of 5 000 characters", send(method, url + "?q=" + "a".repeat(5_000), null), true);
        for (JsonNode param : op.path("parameters")) {
            if ("query".equals(param.path("in").asText())) {
                String bad = url + "?" + param.path("name").asText() + "=%E2%98%83not-valid%25%22";
                check(failures, "query " + param.path("name").asText(), send(method, bad, null), false);
                String format = resolve(spec, param.path("schema")).path("format").asText("");
                if (format.equals("date") || format.equals("date-time")) {
                    String yearZero = url + "?" + param.path("name").asText() + "="
                            + (format.equals("date") ? "0000-01-01" : "0000-01-01T00:00:00Z");
                    check(failures, "query " + param.path("name").asText() + " in year 0", send(method, yearZero, null), true);
                }
            }
        }

        JsonNode schema = resolve(spec, op.path("requestBody").path("content").path("application/json").path("schema"));
        if (schema.isMissingNode() || schema.isNull()) {
            check(failures, "no body", send(method, url, null), false);
        } else {
            check(failures, "malformed JSON", send(method, url, "{\"broken\": "), true);
            check(failures, "JSON of the wrong shape", send(method, url, "[[[]]]"), true);
            check(failures, "a body without Content-Type", ADMIN.raw(method, url, "{}", null, null), true);
            if ("object".equals(schema.path("type").asText()) || schema.has("properties")) {
                ObjectNode base = plausible(spec, schema);
                check(failures, "empty object", send(method, url, "{}"), false);
                check(failures, "an unknown field", send(method, url, base.deepCopy().put("unexpectedField", 1).toString()), true);
                if (base.size() > 0) {
                    String first = base.fieldNames().next();
                    String twice = "{\"" + first + "\": " + base.get(first) + ", " + base.toString().substring(1);
                    check(failures, "field " + first + " given twice", send(method, url, twice), true);
                }
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                    Map.Entry<String, JsonNode> prop = props.next();
                    JsonNode fieldSchema = resolve(spec, prop.getValue());
                    if (fieldSchema.path("readOnly").asBoolean(false)) {
                        continue;
                    }
                    for (Map.Entry<String, JsonNode> bad : badValues(fieldSchema).entrySet()) {
                        ObjectNode body = base.deepCopy();
                        body.set(prop.getKey(), bad.getValue());
                        check(failures, prop.getKey() + " " + bad.getKey(), send(method, url, body.toString()), true);
                    }
                }
            }
        }
        assertThat(failures).as("bad input answered wrongly").isEmpty();
    }

    /** Values that are wrong whatever the field means: of another type, unknown enum, huge. */
    private static Map<String, JsonNode> badValues(JsonNode schema) {
        String type = schema.path("type").asText("");
        Map<String, JsonNode> bad = new java.util.LinkedHashMap<>();
        ObjectNode object = JSON.createObjectNode().put("unexpected", 1);
        switch (type) {
            case "string" -> {
                bad.put("as an object", object);
                if (schema.has("enum")) {
                    bad.put("unknown enum value", JSON.getNodeFactory().textNode("NOT_A_VALUE"));
                } else if (schema.has("format")) {
                    bad.put("malformed " + schema.path("format").asText(), JSON.getNodeFactory().textNode("not-valid-☃"));
                    switch (schema.path("format").asText()) {
                        case "date" -> bad.put("in year 0", JSON.getNodeFactory().textNode("0000-06-01"));
                        case "date-time" -> bad.put("in year -1", JSON.getNodeFactory().textNode("-0001-01-01T00:00:00Z"));
                        default -> {
                        }
                    }
                } else {
                    bad.put("of 100 001 characters", JSON.getNodeFactory().textNode(HUGE));
                }
            }
            case "number" -> bad.put("as text", JSON.getNodeFactory().textNode("many"));
            case "integer" -> {
                bad.put("as text", JSON.getNodeFactory().textNode("many"));
                bad.put("as a fraction", JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1.005")));
            }
            case "boolean" -> bad.put("as text", JSON.getNodeFactory().textNode("maybe"));
            case "array" -> bad.put("as an object", object);
            default -> {
                if (schema.has("properties") || schema.has("additionalProperties")) {
                    bad.put("as an array of arrays", JSON.createArrayNode().add(JSON.createArrayNode()));
                }
            }
        }
        return bad;
    }

    /** A body with a plausible value for every field, so a mutation is judged on its own. */
    private static ObjectNode plausible(JsonNode spec, JsonNode schema) {
        ObjectNode body = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
            Map.Entry<String, JsonNode> prop = props.next();
            JsonNode field = resolve(spec, prop.getValue());
            if (field.has("example")) {
                body.set(prop.getKey(), field.get("example"));
                continue;
            }
            switch (field.path("type").asText("")) {
                case "string" -> body.put(prop.getKey(), field.has("enum") ? field.path("enum").get(0).asText()
                        : switch (field.path("format").asText("")) {
                            case "uuid" -> UUID.randomUUID().toString();
                            case "date" -> "2026-03-02";
                            case "date-time" -> "2026-03-02T09:00:00Z";
                            default -> "plausible";
                        });
                case "number", "integer" -> body.put(prop.getKey(), 1);
                case "boolean" -> body.put(prop.getKey(), false);
                case "array" -> body.set(prop.getKey(), JSON.createArrayNode());
                default -> {
                }
            }
        }
        return body;
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            current = spec.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf") instanceof ArrayNode all && all.size() == 1) {
            return resolve(spec, all.get(0));
        }
        return current;
    }

    private static void check(List<String> failures, String what, HttpResponse<String> response, boolean mustBe4xx) {
        int status = response.statusCode();
        String type = response.headers().firstValue("content-type").orElse("");
        boolean problem = type.startsWith("application/problem+json");
        if (status >= 500) {
            failures.add(what + " → " + status + " " + abbreviate(response.body()));
        } else if (mustBe4xx && status < 400) {
            failures.add(what + " → accepted with " + status);
        } else if (status >= 400 && !problem) {
            failures.add(what + " → " + status + " without problem+json (" + type + ")");
        }
    }

    /** As an admin, so that every operation gets as far as reading its input. */
    private static HttpResponse<String> send(String method, String url, String body) {
        return ADMIN.raw(method, url, body, body == null ? null : "application/json", null);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
