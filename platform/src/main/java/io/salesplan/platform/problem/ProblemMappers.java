package io.salesplan.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.salesplan.platform.web.AllowedMethods;
import io.salesplan.platform.web.StrictJson;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Messages name the field and what is wrong; they
 * never carry class names, stack traces or SQL. Anything unexpected is a 500 with an id that
 * points to the log entry.
 */
public class ProblemMappers {

    public static final String TYPE_BASE = "https://salesplan.io/problems/";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(e.toProblem(path(uri)));
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"salesplan\"");
        }
        return response.build();
    }

    /** A token was sent but is not valid: bad signature, wrong issuer or audience, expired, malformed. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response invalidToken(AuthenticationFailedException e, UriInfo uri) {
        // the reason, never the token: verification messages can quote the token's parts and claims
        LOG.infof("Rejected a bearer token on %s: %s", path(uri), Redaction.tokenFailure(e));
        return respond(ApiException.unauthenticated(
                        "The bearer token is not valid (signature, issuer, audience or expiry); get a new one")
                .toProblem(path(uri)))
                .header("WWW-Authenticate", "Bearer realm=\"salesplan\", error=\"invalid_token\"")
                .build();
    }

    /** No token at all, or an Authorization header that is not a bearer token. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response missingToken(UnauthorizedException e, UriInfo uri) {
        return api(ApiException.unauthenticated("Send a bearer token: Authorization: Bearer <JWT>"), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return api(ApiException.forbidden("Your roles do not allow this operation"), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return api(ApiException.invalid(errors), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return api(fromJson(e), uri);
    }

    /** Registered for the exact type too, so that it wins over Quarkus' own mapper for it. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return api(fromJson(e), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response web(WebApplicationException e, UriInfo uri) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return api(fromJson(json), uri);
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request failed" : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "Method not allowed on " + path(uri) + "; allowed: " + String.join(", ", allowedMethods.on(uri.getPath()));
            case 406 -> "This resource answers application/json only";
            case 415 -> "Send the body as application/json";
            default -> title;
        };
        Response.ResponseBuilder response = respond(new Problem(TYPE_BASE + slug(title), title, status, detail, path(uri), null));
        if (status == 405) {
            response.header("Allow", String.join(", ", allowedMethods.on(uri.getPath())));
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response unexpected(Throwable e, UriInfo uri) {
        ApiException known = fromCauses(e);
        if (known != null) {
            return api(known, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, path(uri));
        return respond(new Problem(TYPE_BASE + "internal-error", "Internal error", 500,
                "The request failed unexpectedly; quote error id " + errorId + " when reporting it.", path(uri), null))
                .build();
    }

    /** Failures that arrive wrapped (by Hibernate, JTA or the JDBC driver) but have a clear meaning. */
    static ApiException fromCauses(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException")) {
                return ApiException.preconditionFailed(
                        "The resource was changed by another request at the same time; fetch it and try again");
            }
            if (name.equals("org.hibernate.exception.JDBCConnectionException") || isConnectionFailure(t)) {
                return ApiException.unavailable("The database is unavailable; try again shortly", 5);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505":
                        return ApiException.conflict("A resource with the same unique value already exists");
                    case "23503":
                        return ApiException.unknownReference("reference", "The request refers to something that does not exist");
                    case "22001":
                        return ApiException.invalid("body", "a text value is longer than allowed");
                    case "22003":
                        return ApiException.invalid("body", "a number is out of range");
                    case "23514":
                        return ApiException.invalid("body", "a value breaks a constraint");
                    case "22021", "22P05":
                        return ApiException.invalid("body", "a text value contains a character that cannot be stored");
                    case "22008":
                        return ApiException.invalid("body", "a date or time is out of range");
                    default:
                }
            }
        }
        return null;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            String message = String.valueOf(sql.getMessage()).toLowerCase();
            return (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")))
                    || message.contains("acquisition timeout");
        }
        return false;
    }

    private static ApiException fromJson(JsonProcessingException e) {
        if (e instanceof JsonParseException && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            String name = e.getOriginalMessage().replaceAll("^Duplicate field '([^']*)'.*$", "$1");
            return ApiException.invalid(name, "is given more than once; give each field once");
        }
        if (e instanceof JsonParseException) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return new ApiException(400, "malformed-json", "Malformed JSON",
                    "The body is not valid JSON" + where, null, null);
        }
        return ApiException.invalid(List.of(fieldError(e)));
    }

    /**
     * The field a Jackson error is about and what is wrong with it, for callers that collect the
     * errors of several items (a batch) instead of failing the request.
     */
    public static Problem.FieldError fieldError(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping.getPath()) : "body";
        if (e instanceof StrictJson.OutOfRange outOfRange) {
            return new Problem.FieldError(field, outOfRange.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : "; the fields are: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new Problem.FieldError(field, "is not a field of this request (check its spelling)" + known);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return new Problem.FieldError(field, "unknown value '" + invalid.getValue() + "'; allowed values: " + allowed);
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return new Problem.FieldError(field, "must be " + describe(mismatched.getTargetType()));
        }
        return new Problem.FieldError(field, "has a value of the wrong type or format");
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "an ISO-8601 instant with offset";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && node.getName() == null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
