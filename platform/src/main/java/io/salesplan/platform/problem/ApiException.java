package io.salesplan.platform.problem;

import java.util.List;

/**
 * A request the service refuses, with the HTTP status and words that tell the client what to fix.
 * Services throw it (through the factory methods) for rules that Bean Validation cannot express.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Integer retryAfterSeconds;

    public ApiException(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
            Integer retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 400: a field breaks a rule. */
    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "validation-failed", "Request is invalid", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    /** 400: several fields break rules. */
    public static ApiException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return new ApiException(400, "validation-failed", "Request is invalid", detail, errors, null);
    }

    /** 401: no valid bearer token. */
    public static ApiException unauthenticated(String detail) {
        return new ApiException(401, "unauthenticated", "Authentication required", detail, null, null);
    }

    /** 403: the caller's role or scope does not allow the operation. */
    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail, null, null);
    }

    /** 404: the resource in the path does not exist. */
    public static ApiException notFound(String resource, Object id) {
        return new ApiException(404, "not-found", resource + " not found",
                resource + " " + id + " does not exist", null, null);
    }

    /** 409: the request conflicts with the current state. */
    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict with the current state", detail, null, null);
    }

    /** 412: {@code If-Match} names a version that is no longer current. */
    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "precondition-failed", "Version does not match", detail, null, null);
    }

    /** 413: a batch or body over its limit. */
    public static ApiException payloadTooLarge(String detail) {
        return new ApiException(413, "payload-too-large", "Payload too large", detail, null, null);
    }

    /** 422: well-formed, but a field refers to something that does not exist. */
    public static ApiException unknownReference(String field, String detail) {
        return new ApiException(422, "unknown-reference", "Unknown reference", detail,
                List.of(new Problem.FieldError(field, detail)), null);
    }

    /** 503: a dependency needed to answer correctly is unavailable; retry later. */
    public static ApiException unavailable(String detail, int retryAfterSeconds) {
        return new ApiException(503, "service-unavailable", "Service temporarily unavailable", detail, null,
                retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(ProblemMappers.TYPE_BASE + slug, title, status, getMessage(), instance, errors);
    }

    /** The invalid fields, for a 400; empty otherwise. */
    public List<Problem.FieldError> errors() {
        return errors == null ? List.of() : errors;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
