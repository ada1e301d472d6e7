package vn.party.common.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place that turns every failure into an RFC 9457 problem. Details never carry class names or
 * stack traces; unexpected failures are logged with the request id and answered with a generic 500.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(Problems.of(e.type(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> containsKind(v.getPropertyPath(), ElementKind.RETURN_VALUE));
        if (returnValue) {
            LOG.errorf(e, "Response failed validation on %s", path(uri));
            return Problems.response(Problems.of(ProblemType.INTERNAL, "Lỗi hệ thống (internal error)", path(uri)));
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return Problems.response(Problems.of(ProblemType.VALIDATION, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String detail = "Malformed JSON at line %d, column %d".formatted(
                e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        return Problems.response(Problems.of(ProblemType.BAD_REQUEST, detail, path(uri),
                List.of(new Problem.FieldError("$", "malformed JSON"))));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e.getPath());
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = field.isEmpty() ? unknown.getPropertyName() : field;
            message = "unknown field";
        } else if (e instanceof InvalidFormatException invalid) {
            message = "invalid value '%s' for type %s".formatted(invalid.getValue(), simpleType(invalid.getTargetType()));
        } else if (e instanceof ValueInstantiationException) {
            message = "invalid value";
        } else if (e instanceof MismatchedInputException mismatched) {
            message = "expected a value of type " + simpleType(mismatched.getTargetType());
        } else {
            message = "cannot be read";
        }
        if (field.isEmpty()) {
            field = "$";
        }
        return Problems.response(Problems.of(ProblemType.BAD_REQUEST, field + ": " + message, path(uri),
                List.of(new Problem.FieldError(field, message))));
    }

    // Quarkus ships its own mappers for these subtypes; ours must be at least as specific to win.
    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return Problems.response(Problems.of(ProblemType.BAD_REQUEST, "The request body is not valid JSON", path(uri),
                List.of(new Problem.FieldError("$", "invalid JSON"))));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(Problems.of(ProblemType.FORBIDDEN,
                "Bạn không có quyền thực hiện thao tác này (your role does not allow this operation)", path(uri)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // the JSON body reader wraps some parse failures (e.g. a truncated body) in a 400
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableJson(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return otherJson(json, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Request to %s failed", path(uri));
            return Problems.response(Problems.of(ProblemType.INTERNAL, "Lỗi hệ thống (internal error)", path(uri)));
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(
                new Problem(type.uri(), type.title(), status, describe(status), path(uri), List.of())));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return Problems.response(Problems.of(ProblemType.INTERNAL, "Lỗi hệ thống (internal error)", path(uri)));
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(Problems.response(Problems.of(ProblemType.UNAUTHORIZED,
                        "Cần đăng nhập: gửi một bearer token hợp lệ (a valid bearer token is required)", path(uri))))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "Không tìm thấy tài nguyên (no such resource)";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "The requested media type cannot be produced";
            case 415 -> "Send the body as application/json";
            default -> "The request cannot be processed";
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static boolean containsKind(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** "create.request.address.street" → "address.street": drop the method and parameter nodes. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameterName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameterName = node.getName();
                default -> {
                    String name = node.getName();
                    if (node.getIndex() != null) {
                        name = (name == null ? "" : name) + "[" + node.getIndex() + "]";
                    }
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return parameterName == null ? "$" : parameterName;
        }
        return String.join(".", names);
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "date-time (ISO-8601)";
            case "UUID" -> "UUID";
            case "String" -> "string";
            default -> type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "array" : "object";
        };
    }
}
