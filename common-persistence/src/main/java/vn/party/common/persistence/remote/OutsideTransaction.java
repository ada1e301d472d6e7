package vn.party.common.persistence.remote;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a bean (or method) that calls another service: it must never run inside an open database transaction (a
 * slow or failing service would hold the transaction, its locks and a pooled connection). {@link RemoteCallGuard}
 * checks it on every call: it fails in tests ({@code party.remote-calls.fail-inside-transaction=true}) and logs a
 * warning in production.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OutsideTransaction {
}
