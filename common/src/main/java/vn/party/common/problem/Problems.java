package vn.party.common.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem responses; the single place that decides their shape and media type. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of());
    }

    public static Problem of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
