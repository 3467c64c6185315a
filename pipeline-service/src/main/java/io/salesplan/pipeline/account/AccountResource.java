package io.salesplan.pipeline.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import io.salesplan.platform.web.Versions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Customers that opportunities are sold to")
public class AccountResource {

    private final AccountService service;
    private final ObjectMapper mapper;
    private final Validator validator;

    public AccountResource(AccountService service, ObjectMapper mapper, Validator validator) {
        this.service = service;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Operation(operationId = "createAccount",
            summary = "Create an account", description = "With an optional customer profile (industry, region, "
            + "size). Publishes salesplan.account.created.v1.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            headers = @Header(name = "ETag", description = "The version, quoted"),
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, missing or too long name, too long industry or "
            + "region, unknown size (the allowed values are named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(content = @Content(examples = @ExampleObject(name = "profiled",
                    summary = "An account with its customer profile",
                    value = "{\"name\": \"Shanghai Lianhua Trading Co.\", \"industry\": \"Manufacturing\", "
                    + "\"region\": \"East China\", \"size\": \"LARGE\"}")))
            @Valid @NotNull AccountRequest request) {
        AccountResponse created = service.create(request);
        return Response.created(URI.create("/api/v1/accounts/" + created.id()))
                .header("ETag", Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listAccounts",
            summary = "List or search accounts", description = "Accounts ordered by name (case-insensitive), "
            + "then id. q keeps the accounts whose name contains the text, in any case; industry, region and size "
            + "keep those whose profile has that value (industry and region in any case). Filters combine.")
    @APIResponse(responseCode = "200", description = "One page of accounts: {\"items\", \"nextCursor\"}")
    @APIResponse(responseCode = "400", description = "Bad limit, unknown size (the allowed values are named), or a "
            + "cursor of another query or tampered with",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AccountResponse> list(
            @Parameter(description = "Text the name contains, case-insensitive", example = "lianhua")
            @QueryParam("q") String q,
            @Parameter(description = "Industry of the profile, case-insensitive", example = "Manufacturing")
            @QueryParam("industry") String industry,
            @Parameter(description = "Region of the profile, case-insensitive", example = "East China")
            @QueryParam("region") String region,
            @Parameter(description = "Size class of the profile", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"SMALL", "MID", "LARGE", "ENTERPRISE"})) @QueryParam("size") String size,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page, with the same q") @QueryParam("cursor")
            String cursor) {
        AccountFilter filter = new AccountFilter(q, industry, region,
                Params.enumValue(CustomerSize.class, "size", size));
        return service.list(filter, Params.limit(limit), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAccount", summary = "Get an account", description = "The account with its customer "
            + "profile; ETag carries its version, and If-None-Match with the current one is a 304.")
    @APIResponse(responseCode = "200", description = "The account; ETag carries its version",
            headers = @Header(name = "ETag", description = "The version, quoted"),
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    public Response get(@PathParam("id") String id) {
        AccountResponse account = service.get(Params.pathId("Account", id));
        return Response.ok(account).header("ETag", Versions.etag(account.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateAccount",
            summary = "Change an account", description = "JSON merge patch: changes the fields given, absent ones "
            + "stay; null clears industry, region or size (a null name is ignored). Re-classifying an account "
            + "changes only the opportunities created for it afterwards: each opportunity keeps the profile its "
            + "account had when it was created (accountProfile), so segment reports do not rewrite history. "
            + "Honours If-Match: a stale ETag is a 412. A change publishes salesplan.account.updated.v1; a patch "
            + "that changes nothing keeps the version.")
    @APIResponse(responseCode = "200", description = "The account after the change",
            headers = @Header(name = "ETag", description = "The new version, quoted"),
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = AccountPatchRequest.class),
            examples = @ExampleObject(name = "reclassify", summary = "A new size; the region cleared",
                    value = "{\"size\": \"ENTERPRISE\", \"region\": null}")))
    public Response patch(@PathParam("id") String id,
            @Parameter(description = "ETag of the version being changed") @HeaderParam("If-Match") String ifMatch,
            JsonNode body) throws JsonProcessingException {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object with the fields to change");
        }
        AccountPatchRequest patch = mapper.treeToValue(body, AccountPatchRequest.class);
        Set<ConstraintViolation<AccountPatchRequest>> violations = validator.validate(patch);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Set<String> cleared = new HashSet<>();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                cleared.add(field.getKey());
            }
        });
        AccountResponse account = service.patch(Params.pathId("Account", id), ifMatch, patch, cleared);
        return Response.ok(account).header("ETag", Versions.etag(account.version())).build();
    }
}
