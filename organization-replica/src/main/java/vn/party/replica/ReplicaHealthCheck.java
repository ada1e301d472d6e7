package vn.party.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * The replica's lag in {@code /q/health/well} (not readiness: the service keeps serving from its replica when
 * membership is down, so a lag must not take it out of rotation). Up whenever the replica can be read.
 */
@Wellness
@ApplicationScoped
public class ReplicaHealthCheck implements HealthCheck {

    @Inject
    OrganizationReplicaAdmin admin;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("organization-replica");
        try {
            OrganizationReplicaAdmin.Status status = admin.status();
            response.up().withData("cursor", status.cursor()).withData("head", status.head())
                    .withData("lag", status.lag())
                    .withData("lastSuccessAt", String.valueOf(status.lastSuccessAt()));
            if (status.lastFailure() != null) {
                response.withData("lastFailure", status.lastFailure());
            }
        } catch (RuntimeException e) {
            response.down().withData("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return response.build();
    }
}
