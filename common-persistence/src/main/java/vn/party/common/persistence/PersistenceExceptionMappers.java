package vn.party.common.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemType;
import vn.party.common.problem.Problems;

import java.util.List;

/** Concurrent edits and database constraint clashes become 409 problems, never 500s. */
public class PersistenceExceptionMappers {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PersistenceExceptionMappers.class);

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        String constraint = e.getConstraintName() == null ? "constraint" : e.getConstraintName();
        return Problems.response(Problems.of(ProblemType.CONFLICT,
                "Dữ liệu trùng hoặc xung đột với bản ghi khác (conflicts with existing data: " + constraint + ")",
                uri.getRequestUri().getRawPath(), List.of(new Problem.FieldError(constraint, "conflict"))));
    }

    /** Failures surfacing at flush or commit arrive wrapped; answer by their root cause. */
    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return constraint(violation, uri);
            }
            if (cause instanceof StaleStateException || cause instanceof OptimisticLockException) {
                return stale(uri);
            }
        }
        LOG.errorf(e, "Persistence failure on %s", uri.getRequestUri().getRawPath());
        return Problems.response(Problems.of(ProblemType.INTERNAL, "Lỗi hệ thống (internal error)",
                uri.getRequestUri().getRawPath()));
    }

    private static Response stale(UriInfo uri) {
        return Problems.response(Problems.of(ProblemType.STALE_VERSION,
                "Bản ghi đã bị người khác sửa; tải lại rồi thử lại (reload and retry)", uri.getRequestUri().getRawPath()));
    }
}
