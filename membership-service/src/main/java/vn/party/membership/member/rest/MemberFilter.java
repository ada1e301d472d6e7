package vn.party.membership.member.rest;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

    /** Name, card number or CCCD, ignoring accents and case. */
    @QueryParam("q")
    @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
    public String text;

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
                admissionYear, position, sort);
    }
}
