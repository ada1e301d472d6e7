package vn.party.membership.member.rest;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import vn.party.membership.committee.domain.CommitteePosition;
import vn.party.membership.member.MemberSearch;
import vn.party.membership.member.domain.Gender;
import vn.party.membership.member.domain.MemberStatus;

/** The register's query parameters, shared by the list and the export so both filter alike. */
public class MemberFilter {

    @QueryParam("organizationId")
    public UUID organizationId;

    /** Part of the name, ignoring accents and case. Never an identifier: those have their own exact filters. */
    @QueryParam("q")
    @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
    public String text;

    /** The whole CCCD, matched exactly: bloc-admin, integration with scope national-id (else 403). Audited. */
    @QueryParam("nationalId")
    @Pattern(regexp = "[0-9]{12}", message = "đủ 12 chữ số (exactly 12 digits)")
    public String nationalId;

    /** The whole party-card number, matched exactly, within the caller's scope. Audited. */
    @QueryParam("cardNumber")
    @Pattern(regexp = "[0-9]{12}", message = "đủ 12 chữ số (exactly 12 digits)")
    public String cardNumber;

    @QueryParam("status")
    public Set<MemberStatus> statuses;

    @QueryParam("gender")
    public Gender gender;

    @QueryParam("ethnicity")
    public String ethnicity;

    @QueryParam("minAge")
    @Min(value = 0, message = "phải ≥ 0 (must be ≥ 0)")
    public Integer minAge;

    @QueryParam("maxAge")
    @Max(value = 150, message = "phải ≤ 150 (must be ≤ 150)")
    public Integer maxAge;

    @QueryParam("admissionYear")
    @Min(value = 1930, message = "năm không hợp lệ (year out of range)")
    @Max(value = 2200, message = "năm không hợp lệ (year out of range)")
    public Integer admissionYear;

    /** A committee post held today. */
    @QueryParam("position")
    public CommitteePosition position;

    @QueryParam("sort")
    @DefaultValue("NAME")
    public MemberSearch.SortOrder sort;

    public MemberSearch.Criteria criteria() {
        return new MemberSearch.Criteria(organizationId, text, statuses, gender, ethnicity, minAge, maxAge,
                admissionYear, position, sort, nationalId, cardNumber);
    }
}
