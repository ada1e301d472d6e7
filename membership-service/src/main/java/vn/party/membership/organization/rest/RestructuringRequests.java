package vn.party.membership.organization.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.party.membership.organization.domain.OrganizationType;

/**
 * Request bodies of the restructuring operations. Each carries the day the change takes effect
 * ({@code effectiveOn}, today or in the past, not before the organization's latest change), the reference of
 * the decision that ordered it, and the {@code version} of the organization the client read (409 if stale).
 */
public final class RestructuringRequests {

    private static final String REQUIRED = "bắt buộc (required)";
    private static final String VERSION_REQUIRED = "bắt buộc: phiên bản đã đọc (required: the version you read)";

    private RestructuringRequests() {
    }

    @Schema(name = "RenameRequest")
    public record Rename(
            @NotBlank(message = REQUIRED)
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String name,
            @NotNull(message = REQUIRED) LocalDate effectiveOn,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String decisionRef,
            @NotNull(message = VERSION_REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }

    @Schema(name = "MoveRequest", description = "Place the organization (with its whole subtree) under another parent")
    public record Move(
            @NotNull(message = REQUIRED) UUID parentId,
            @NotNull(message = REQUIRED) LocalDate effectiveOn,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String decisionRef,
            @NotNull(message = VERSION_REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }

    @Schema(name = "UpgradeRequest",
            description = "GRASSROOTS_CELL becomes GRASSROOTS_COMMITTEE; SUBORDINATE_CELL becomes PARTIAL_COMMITTEE")
    public record Upgrade(
            @NotNull(message = REQUIRED) LocalDate effectiveOn,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String decisionRef,
            @NotNull(message = VERSION_REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }

    @Schema(name = "MergeRequest",
            description = "Merge this organization into targetId: its active members and active sub-units move there")
    public record Merge(
            @NotNull(message = REQUIRED) UUID targetId,
            @NotNull(message = REQUIRED) LocalDate effectiveOn,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String decisionRef,
            @NotNull(message = VERSION_REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }

    @Schema(name = "SplitRequest", description = "Split this organization into at least two new ones; every active"
            + " member and active sub-unit must be given to exactly one of them; this organization is closed (SPLIT)")
    public record Split(
            @NotNull(message = REQUIRED)
            @Size(min = 2, max = 20, message = "từ 2 đến 20 tổ chức mới (2 to 20 new organizations)")
            List<@Valid @NotNull(message = REQUIRED) Successor> successors,
            @NotNull(message = REQUIRED) LocalDate effectiveOn,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String decisionRef,
            @NotNull(message = VERSION_REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }

    @Schema(name = "SplitSuccessor", description = "A new organization of a split; parentId defaults to the split"
            + " organization's parent")
    public record Successor(
            @NotBlank(message = REQUIRED)
            @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)")
            @Pattern(regexp = "[A-Za-z0-9._-]+", message = "chỉ gồm chữ không dấu, số, '.', '_', '-' (letters, digits, . _ - only)")
            String code,
            @NotBlank(message = REQUIRED)
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String name,
            @NotNull(message = REQUIRED) OrganizationType type,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String hostAgency,
            UUID parentId,
            List<@NotNull(message = REQUIRED) UUID> memberIds,
            List<@NotNull(message = REQUIRED) UUID> subUnitIds) {

        public List<UUID> members() {
            return memberIds == null ? List.of() : memberIds;
        }

        public List<UUID> subUnits() {
            return subUnitIds == null ? List.of() : subUnitIds;
        }
    }

    @Schema(name = "DissolveRequest", description = "Dissolve the organization; while it has active members or"
            + " active sub-units, transferToId must name the organization that receives them")
    public record Dissolve(
            UUID transferToId,
            @NotNull(message = REQUIRED) LocalDate effectiveOn,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String decisionRef,
            @NotNull(message = VERSION_REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }
}
