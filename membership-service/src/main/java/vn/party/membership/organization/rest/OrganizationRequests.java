package vn.party.membership.organization.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.membership.organization.domain.OrganizationType;

/** Request bodies of the organization API. */
public final class OrganizationRequests {

    private OrganizationRequests() {
    }

    public record Create(
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)")
            @Pattern(regexp = "[A-Za-z0-9._-]+", message = "chỉ gồm chữ không dấu, số, '.', '_', '-' (letters, digits, . _ - only)")
            String code,
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String name,
            @NotNull(message = "bắt buộc (required)")
            OrganizationType type,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String hostAgency,
            UUID parentId,
            LocalDate foundedOn) {
    }

    /** A full replacement of the editable fields; {@code version} is the one the client last read. */
    public record Update(
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String name,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String hostAgency,
            LocalDate foundedOn,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }
}
