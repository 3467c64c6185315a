package io.salesplan.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ApiContractTest {

    private static Content json(String schema, Object example) {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)).example(example));
    }

    private static Operation create(String operationId, Object example) {
        return OASFactory.createOperation().operationId(operationId)
                .requestBody(OASFactory.createRequestBody().content(json("NewThing", example)))
                .responses(OASFactory.createAPIResponses().addAPIResponse("201", OASFactory.createAPIResponse()
                        .description("Created.").content(json("Thing", null))));
    }

    private static Operation get(String operationId) {
        return OASFactory.createOperation().operationId(operationId)
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("The thing.").addHeader("ETag", OASFactory.createHeader().description("Version."))
                        .content(json("Thing", null))));
    }

    private static OpenAPI document(Operation create, Operation get) {
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/things", OASFactory.createPathItem().POST(create))
                        .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(get)))
                .components(OASFactory.createComponents()
                        .addSchema("NewThing", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                        .addSchema("Thing", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                .addProperty("note", OASFactory.createSchema().type(
                                        List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)))
                                .addProperty("owner", OASFactory.createSchema().ref("#/components/schemas/Owner")))
                        .addSchema("Owner", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                .addProperty("nickname", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                .required(List.of("name"))));
    }

    private static OpenAPI complete() {
        return document(create("createThing", "{\"name\": \"a\"}"), get("getThing"));
    }

    @Test
    void aStrictDocumentMustNameEveryOperationAndShowAnExampleOfEveryBody() {
        assertThatThrownBy(() -> new ApiContract(true).filterOpenAPI(document(create(null, "{}"), get("getThing"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POST /api/v1/things has no operationId");
        assertThatThrownBy(() -> new ApiContract(true).filterOpenAPI(document(create("createThing", null), get("getThing"))))
                .hasMessageContaining("POST /api/v1/things has a request body without an example");
        new ApiContract(true).filterOpenAPI(complete());
    }

    @Test
    void aLenientDocumentMayLeaveOperationsUnnamedButNeverRepeatsAName() {
        new ApiContract(false).filterOpenAPI(document(create(null, null), get(null)));
        assertThatThrownBy(() -> new ApiContract(false).filterOpenAPI(document(create("thing", "{}"), get("thing"))))
                .hasMessageContaining("repeats the operationId 'thing'");
    }

    @Test
    void everyPropertyOfAResponseOnlySchemaIsRequiredUnlessItListsItsOwn() {
        OpenAPI doc = complete();
        new ApiContract(true).filterOpenAPI(doc);
        var schemas = doc.getComponents().getSchemas();
        assertThat(schemas.get("Thing").getRequired()).containsExactly("id", "note", "owner");
        assertThat(schemas.get("Owner").getRequired()).containsExactly("name");
        assertThat(schemas.get("NewThing").getRequired()).isNull();
    }

    @Test
    void problemAnswersAreDeclaredByWhatAnOperationReads() {
        OpenAPI doc = complete();
        new ApiContract(true).filterOpenAPI(doc);
        var create = doc.getPaths().getPathItem("/api/v1/things").getPOST().getResponses().getAPIResponses();
        assertThat(create.keySet()).contains("201", "400", "401", "403", "406", "413", "415", "503")
                .doesNotContain("404", "412");
        assertThat(create.get("415").getRef()).isEqualTo("#/components/responses/UnsupportedMediaType");
        var get = doc.getPaths().getPathItem("/api/v1/things/{id}").getGET().getResponses().getAPIResponses();
        assertThat(get.keySet()).contains("200", "304", "404", "406", "503").doesNotContain("400", "413", "415");
        assertThat(doc.getComponents().getResponses().get("NotFound").getContent().getMediaType("application/problem+json")
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(doc.getComponents().getResponses().get("Unavailable").getHeaders().get("Retry-After")
                .getSchema().getType()).containsExactly(Schema.SchemaType.INTEGER);
    }

    @Test
    void everyHeaderHasASchemaAndEvery201ALocation() {
        OpenAPI doc = complete();
        new ApiContract(true).filterOpenAPI(doc);
        APIResponse created = doc.getPaths().getPathItem("/api/v1/things").getPOST().getResponses().getAPIResponse("201");
        Header location = created.getHeaders().get("Location");
        assertThat(location.getRequired()).isTrue();
        assertThat(location.getSchema().getFormat()).isEqualTo("uri");
        Header etag = doc.getPaths().getPathItem("/api/v1/things/{id}").getGET().getResponses().getAPIResponse("200")
                .getHeaders().get("ETag");
        assertThat(etag.getRequired()).isTrue();
        assertThat(etag.getSchema().getPattern()).isEqualTo("^\"[0-9]+\"$");
        assertThat(doc.getPaths().getPathItem("/api/v1/things/{id}").getGET().getParameters())
                .anyMatch(p -> p.getName().equals("If-None-Match") && p.getIn() == Parameter.In.HEADER);
    }

    @Test
    void aReferenceStandsAloneSoThatGeneratorsTypeTheNamedEnum() {
        ApiContract filter = new ApiContract(false);
        Schema ref = filter.filterSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .ref("#/components/schemas/Metric"));
        assertThat(ref.getType()).isNull();
        Schema nullable = filter.filterSchema(OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL))
                .anyOf(List.of(OASFactory.createSchema().ref("#/components/schemas/Metric"),
                        OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
        assertThat(nullable.getType()).isNull();
        assertThat(nullable.getAnyOf()).hasSize(2);
        Schema plain = filter.filterSchema(OASFactory.createSchema().type(
                List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)));
        assertThat(plain.getType()).containsExactly(Schema.SchemaType.STRING, Schema.SchemaType.NULL);
    }
}
