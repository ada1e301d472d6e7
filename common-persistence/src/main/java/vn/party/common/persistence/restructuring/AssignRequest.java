package vn.party.common.persistence.restructuring;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The successor that takes a record listed after a split: one of the split's successors. */
public record AssignRequest(@NotNull(message = "bắt buộc (required)") UUID organizationId) {
}
