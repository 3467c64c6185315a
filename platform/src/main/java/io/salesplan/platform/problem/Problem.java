package io.salesplan.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details.",
        requiredProperties = {"type", "title", "status", "detail", "instance"})
public record Problem(
        @Schema(description = "A URI naming the kind of problem.", examples = "https://salesplan.io/problems/validation-failed")
        String type,
        @Schema(description = "A short summary of the kind of problem.", examples = "Request is invalid") String title,
        @Schema(description = "The HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong with this request, in words a person can act on.",
                examples = "targetValue: must be greater than 0") String detail,
        @Schema(description = "The request path.", examples = "/api/v1/goals") String instance,
        @Schema(description = "Only when fields are invalid: each field and what is wrong with it.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path ({@code items[3].type}) and what is wrong with it. */
    @Schema(name = "FieldError", description = "One invalid field.")
    public record FieldError(
            @Schema(description = "The field's JSON path, or the query parameter's name.", examples = "items[3].type")
            String field,
            @Schema(description = "What is wrong with it.", examples = "must not be null") String message) {
    }
}
