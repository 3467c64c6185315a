package io.salesplan.platform.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes every service's OpenAPI document say exactly what the platform does on every {@code /api}
 * operation, so that no resource has to repeat it. The filter runs when the document is built and again
 * when the service starts; a broken rule stops the start, so every test of the module fails with it:
 * <ul>
 * <li>the bearer scheme and the 401/403 answers ({@link SecurityDocumentation});</li>
 * <li>the problem answers the platform gives: 400 for an operation that reads a body or query
 * parameters, 404 for one with path parameters, 412 for one that honours {@code If-Match}, 413 and
 * 415 for one with a body, 406 and 503 for all; an operation that explains one of these in its own
 * words keeps them;</li>
 * <li>a 304 and the {@code If-None-Match} parameter for every GET whose 200 carries an {@code ETag}
 * ({@code web/HttpCaching} answers a matching conditional GET so);</li>
 * <li>a schema for every response header ({@code ETag}, {@code Location}, {@code Retry-After}) and a
 * required {@code Location} on every 201;</li>
 * <li>{@code required} on every property of a schema that only responses use (all of them are
 * written, null or not, unless the schema lists its own required ones);</li>
 * <li>a {@code $ref} alone, not next to the {@code type} SmallRye copies beside it, so that generators
 * type an enum (nullable or not) as the named enum rather than as a plain string;</li>
 * <li>with {@code salesplan.openapi.strict=true}: every operation has an {@code operationId} and every
 * request body an example (the service does not start, naming the operations that do not).</li>
 * </ul>
 * {@code operationId}s are unique in every service.
 */
public class ApiContract implements OASFilter {

    static final String STRICT = "salesplan.openapi.strict";
    private static final String COMPONENT_RESPONSES = "#/components/responses/";
    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";

    private final boolean strict;

    public ApiContract() {
        this(ConfigProvider.getConfig().getOptionalValue(STRICT, Boolean.class).orElse(false));
    }

    ApiContract(boolean strict) {
        this.strict = strict;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        boolean referencesOnly = schema.getRef() != null
                || nullableReference(schema.getAnyOf()) || nullableReference(schema.getOneOf());
        if (referencesOnly && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }

    /** {@code [{"$ref": …}, {"type": "null"}]}: a nullable named schema. */
    private static boolean nullableReference(List<Schema> alternatives) {
        return alternatives != null && alternatives.stream().anyMatch(s -> s.getRef() != null);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new SecurityDocumentation().filterOpenAPI(openAPI);
        Map<String, Operation> operations = apiOperations(openAPI);
        checkOperationIds(operations);
        declareProblemResponses(openAPI, operations);
        declareNotModified(openAPI);
        declareHeaders(openAPI);
        requireResponseProperties(openAPI);
    }

    /** Every {@code /api} operation by "METHOD path". */
    private static Map<String, Operation> apiOperations(OpenAPI openAPI) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return operations;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> operations.put(method + " " + path, operation));
            }
        });
        return operations;
    }

    private void checkOperationIds(Map<String, Operation> operations) {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        operations.forEach((name, operation) -> {
            String id = operation.getOperationId();
            if (id == null || id.isBlank()) {
                if (strict) {
                    problems.add(name + " has no operationId");
                }
            } else if (ids.putIfAbsent(id, name) != null) {
                problems.add(name + " repeats the operationId '" + id + "' of " + ids.get(id));
            }
            if (strict && operation.getRequestBody() != null && !hasExample(operation.getRequestBody().getContent())) {
                problems.add(name + " has a request body without an example");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document is incomplete: " + String.join("; ", problems));
        }
    }

    private static boolean hasExample(Content content) {
        return content != null && content.getMediaTypes() != null && !content.getMediaTypes().isEmpty()
                && content.getMediaTypes().values().stream().allMatch(m -> m.getExample() != null
                        || (m.getExamples() != null && !m.getExamples().isEmpty()));
    }

    // --- problem responses ---------------------------------------------------------------------

    private enum Answer {
        BAD_REQUEST("400", "BadRequest", "Malformed JSON, a wrong type, an unknown field or enum value (the allowed values "
                + "are named), a failed constraint, or a bad query parameter; errors[] names each field."),
        NOT_FOUND("404", "NotFound", "The resource in the path does not exist, or the caller may not see it."),
        PRECONDITION_FAILED("412", "PreconditionFailed", "If-Match does not match the current ETag: read the resource "
                + "again and reapply the change."),
        PAYLOAD_TOO_LARGE("413", "PayloadTooLarge", "The body is over the size limit."),
        UNSUPPORTED_MEDIA_TYPE("415", "UnsupportedMediaType", "The body is not sent as application/json."),
        NOT_ACCEPTABLE("406", "NotAcceptable", "Accept names no type this operation answers with (application/json, "
                + "and application/problem+json for problems)."),
        UNAVAILABLE("503", "Unavailable", "A dependency (the database, or a service asked about a reference not known "
                + "here yet) is unavailable; retry after Retry-After seconds.");

        final String status;
        final String name;
        final String description;

        Answer(String status, String name, String description) {
            this.status = status;
            this.name = name;
            this.description = description;
        }
    }

    private static void declareProblemResponses(OpenAPI openAPI, Map<String, Operation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        Set<Answer> used = EnumSet.noneOf(Answer.class);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> used.addAll(declare(path, item, operation)));
            }
        });
        for (Answer answer : used) {
            if (openAPI.getComponents().getResponses() == null
                    || !openAPI.getComponents().getResponses().containsKey(answer.name)) {
                APIResponse response = SecurityDocumentation.problem(answer.description);
                if (answer == Answer.UNAVAILABLE) {
                    response.addHeader("Retry-After", OASFactory.createHeader().required(true)
                            .description("Seconds to wait before retrying."));
                }
                openAPI.getComponents().addResponse(answer.name, response);
            }
        }
    }

    private static Set<Answer> declare(String path, PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean body = operation.getRequestBody() != null;
        boolean query = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean ifMatch = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER
                && "If-Match".equalsIgnoreCase(p.getName()));
        Set<Answer> answers = EnumSet.noneOf(Answer.class);
        answers.add(Answer.NOT_ACCEPTABLE);
        answers.add(Answer.UNAVAILABLE);
        if (body || query) {
            answers.add(Answer.BAD_REQUEST);
        }
        if (path.contains("{")) {
            answers.add(Answer.NOT_FOUND);
        }
        if (ifMatch) {
            answers.add(Answer.PRECONDITION_FAILED);
        }
        if (body) {
            answers.add(Answer.PAYLOAD_TOO_LARGE);
            answers.add(Answer.UNSUPPORTED_MEDIA_TYPE);
        }
        Set<Answer> referenced = EnumSet.noneOf(Answer.class);
        for (Answer answer : answers) {
            if (!operation.getResponses().hasAPIResponse(answer.status)) {
                operation.getResponses().addAPIResponse(answer.status,
                        OASFactory.createAPIResponse().ref(COMPONENT_RESPONSES + answer.name));
            }
            APIResponse declared = operation.getResponses().getAPIResponse(answer.status);
            if ((COMPONENT_RESPONSES + answer.name).equals(declared.getRef())) {
                referenced.add(answer);
            }
        }
        return referenced;
    }

    // --- conditional GETs ----------------------------------------------------------------------

    private static void declareNotModified(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation get = item.getGET();
            if (!path.startsWith("/api/") || get == null || get.getResponses() == null) {
                return;
            }
            APIResponse ok = get.getResponses().getAPIResponse("200");
            if (ok == null || ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")
                    || get.getResponses().hasAPIResponse("304")) {
                return;
            }
            get.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current ETag. No body.")
                    .addHeader("ETag", OASFactory.createHeader().description("The current version.")));
            boolean declared = get.getParameters() != null && get.getParameters().stream()
                    .anyMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()));
            if (!declared) {
                get.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                        .description("The ETag of the copy the client holds: a 304 without a body while it is current.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addExample("\"3\"")));
            }
        });
    }

    // --- headers -------------------------------------------------------------------------------

    private static void declareHeaders(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(r -> describeHeaders(null, r));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach(ApiContract::describeHeaders);
            }
        }));
    }

    private static void describeHeaders(String status, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if ("201".equals(status) && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
            response.addHeader("Location", OASFactory.createHeader().description("URL of what was created."));
        }
        if (response.getHeaders() == null) {
            return;
        }
        response.getHeaders().forEach((name, header) -> {
            if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                header.setSchema(headerSchema(name));
            }
            if ("ETag".equalsIgnoreCase(name) || "Location".equalsIgnoreCase(name)) {
                header.setRequired(true);
            }
        });
    }

    private static Schema headerSchema(String name) {
        return switch (name.toLowerCase()) {
            case "etag" -> OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^\"[0-9]+\"$")
                    .addExample("\"3\"");
            case "location" -> OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                    .addExample("http://127.0.0.1:8081/api/v1/goals/9a1c4b7e-5d2f-4e8a-b3c6-0f1e2d3c4b5a");
            case "retry-after" -> OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(
                    java.math.BigDecimal.ONE).addExample(5);
            default -> OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        };
    }

    // --- required response properties ----------------------------------------------------------

    private static void requireResponseProperties(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> requests = new TreeSet<>();
        Set<String> responses = new TreeSet<>();
        Map<Schema, Boolean> inlineResponses = new java.util.IdentityHashMap<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> reach(p.getSchema(), components, requests, null));
                }
                if (operation.getRequestBody() != null) {
                    schemas(operation.getRequestBody().getContent()).forEach(s -> reach(s, components, requests, null));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r ->
                            schemas(r.getContent()).forEach(s -> reach(s, components, responses, inlineResponses)));
                }
            }
        }
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(r ->
                    schemas(r.getContent()).forEach(s -> reach(s, components, responses, inlineResponses)));
        }
        responses.removeAll(requests);
        responses.forEach(name -> requireAll(components.get(name)));
        inlineResponses.keySet().forEach(ApiContract::requireAll);
    }

    private static Collection<Schema> schemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Collects the component schemas a schema uses (and, for responses, the inline object schemas). */
    private static void reach(Schema schema, Map<String, Schema> components, Set<String> names,
            Map<Schema, Boolean> inline) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().startsWith(COMPONENT_SCHEMAS)
                    ? schema.getRef().substring(COMPONENT_SCHEMAS.length()) : null;
            if (name != null && names.add(name)) {
                reach(components.get(name), components, names, null);
            }
            return;
        }
        if (inline != null && schema.getProperties() != null) {
            inline.put(schema, true);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> reach(s, components, names, inline));
        }
        reach(schema.getItems(), components, names, inline);
        reach(schema.getAdditionalPropertiesSchema(), components, names, inline);
        for (List<Schema> alternatives : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (alternatives != null) {
                alternatives.forEach(s -> reach(s, components, names, inline));
            }
        }
    }

    private static void requireAll(Schema schema) {
        if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()
                && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }
}
