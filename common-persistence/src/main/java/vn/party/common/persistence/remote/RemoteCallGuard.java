package vn.party.common.persistence.remote;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses a remote call made while a database transaction is open (see {@link OutsideTransaction}): an
 * {@link IllegalStateException} when {@code party.remote-calls.fail-inside-transaction} is true (the test profile of
 * every service that calls another), a warning naming the call otherwise. Read first, then open the transaction.
 */
@OutsideTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class RemoteCallGuard {

    private static final Logger LOG = Logger.getLogger(RemoteCallGuard.class);

    @Inject
    TransactionManager transactions;

    @ConfigProperty(name = "party.remote-calls.fail-inside-transaction", defaultValue = "false")
    boolean failInsideTransaction;

    @AroundInvoke
    Object guard(InvocationContext context) throws Exception {
        if (insideTransaction()) {
            String call = context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
            if (failInsideTransaction) {
                throw new IllegalStateException("Remote call " + call + " inside an open database transaction:"
                        + " read first, then open the transaction");
            }
            LOG.warnf("Remote call %s inside an open database transaction (read first, then open the transaction)", call);
        }
        return context.proceed();
    }

    private boolean insideTransaction() {
        try {
            int status = transactions.getStatus();
            return status != Status.STATUS_NO_TRANSACTION && status != Status.STATUS_UNKNOWN;
        } catch (SystemException e) {
            return false;
        }
    }
}
