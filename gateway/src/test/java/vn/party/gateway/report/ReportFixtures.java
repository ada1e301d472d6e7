package vn.party.gateway.report;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import vn.party.gateway.StubbedServices;

/**
 * The sources' statistics of one organization for 2021 and 2020, shaped as the services' contracts say (every count
 * there: a missing one breaks the contract). The
 * figures the tests expect are computed by hand in {@link AnnualReportTest}.
 */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static String membership(UUID organization, int year) {
        return year == 2021 ? """
                {"organizationId":"%s","asOf":"2021-12-31","organizations":249,"activeMembers":5230,
                 "byStatus":{"OFFICIAL":5012,"PROBATIONARY":168,"EXEMPTED":40,"SUSPENDED":10,"REMOVED":3},
                 "byGender":{"MALE":2900,"FEMALE":2330},"byAgeBand":{},"byEthnicity":{},"byEducation":{},
                 "bySeniorityBand":{},
                 "organizationsByType":{"BLOC_COMMITTEE":1,"GRASSROOTS_COMMITTEE":24,"GRASSROOTS_CELL":32,
                                        "SUBORDINATE_CELL":180,"PARTY_GROUP":12},
                 "admissions":{"from":"2021-01-01","to":"2021-12-31","count":152}}
                """.formatted(organization) : """
                {"organizationId":"%s","asOf":"2020-12-31","organizations":244,"activeMembers":5100,
                 "byStatus":{"OFFICIAL":4900,"PROBATIONARY":150,"EXEMPTED":50},
                 "byGender":{},"byAgeBand":{},"byEthnicity":{},"byEducation":{},"bySeniorityBand":{},
                 "organizationsByType":{"BLOC_COMMITTEE":1,"GRASSROOTS_COMMITTEE":23,"GRASSROOTS_CELL":33,
                                        "SUBORDINATE_CELL":175},
                 "admissions":{"from":"2020-01-01","to":"2020-12-31","count":140}}
                """.formatted(organization);
    }

    static String inspection(UUID organization, int year) {
        return year == 2021 ? """
                {"organizationId":"%s","year":2021,"organizations":249,
                 "inspections":{"visits":164,"organizations":138,"members":45,"byKind":[
                    {"kind":"COMPLIANCE","visits":100,"organizations":90,"members":20},
                    {"kind":"LOWER_LEVEL_INSPECTION_WORK","visits":60,"organizations":50,"members":22},
                    {"kind":"SIGNS_OF_VIOLATION","visits":4,"organizations":1,"members":3}]},
                 "signsOfViolation":{"organizations":1,"members":3},
                 "supervisions":{"visits":90,"organizations":80,"members":20},
                 "discipline":{"members":{"total":4,"byForm":{"REPRIMAND":3,"WARNING":1}},
                               "organizations":{"total":0,"byForm":{}}},
                 "suspensions":1,"complaints":{"received":2,"resolved":2},"denunciations":{"received":5,"resolved":4}}
                """.formatted(organization) : """
                {"organizationId":"%s","year":2020,"organizations":244,
                 "inspections":{"visits":150,"organizations":130,"members":40,"byKind":[
                    {"kind":"COMPLIANCE","visits":95,"organizations":85,"members":20},
                    {"kind":"LOWER_LEVEL_INSPECTION_WORK","visits":55,"organizations":45,"members":20}]},
                 "signsOfViolation":{"organizations":0,"members":0},
                 "supervisions":{"visits":85,"organizations":75,"members":18},
                 "discipline":{"members":{"total":6,"byForm":{"REPRIMAND":4,"EXPULSION":2}},
                               "organizations":{"total":0,"byForm":{}}},
                 "suspensions":2,"complaints":{"received":1,"resolved":1},"denunciations":{"received":3,"resolved":3}}
                """.formatted(organization);
    }

    /** The sources' own percentages are deliberately off: the report recomputes them from the counts. */
    static String events(UUID organization, int year) {
        return year == 2021 ? """
                {"organizationId":"%s","year":2021,"organizations":249,
                 "meetings":{"held":720,"byKind":{"MONTHLY_CELL_MEETING":600,"THEMATIC_MEETING":100,"COMMITTEE_PLENUM":20},
                             "attendanceRatePercent":96.45},
                 "tasks":{"assigned":40,"done":35,"overdue":3},
                 "ratings":{
                   "members":{"rated":5000,"excellent":800,"good":4000,"completed":190,"notCompleted":10,
                              "goodOrBetterPercent":95,"excellentPercent":16},
                   "grassrootsOrganizations":{"rated":56,"excellent":10,"good":45,"completed":1,"notCompleted":0,
                              "goodOrBetterPercent":98,"excellentPercent":17},
                   "organizations":{"rated":16,"excellent":1,"good":14,"completed":1,"notCompleted":0,
                              "goodOrBetterPercent":93.7,"excellentPercent":6.2},
                   "cleanAndStrongOrganizations":40,"exemplaryOrganizations":12},
                 "campaigns":{"contributionsVnd":"1250000000"}}
                """.formatted(organization) : """
                {"organizationId":"%s","year":2020,"organizations":244,
                 "meetings":{"held":700,"byKind":{"MONTHLY_CELL_MEETING":590,"THEMATIC_MEETING":95,"COMMITTEE_PLENUM":15},
                             "attendanceRatePercent":95.1},
                 "tasks":{"assigned":30,"done":30,"overdue":0},
                 "ratings":{
                   "members":{"rated":4900,"excellent":700,"good":3900,"completed":290,"notCompleted":10,
                              "goodOrBetterPercent":93.9,"excellentPercent":14.3},
                   "grassrootsOrganizations":{"rated":57,"excellent":9,"good":44,"completed":4,"notCompleted":0,
                              "goodOrBetterPercent":93.0,"excellentPercent":15.8},
                   "organizations":{"rated":16,"excellent":2,"good":12,"completed":2,"notCompleted":0,
                              "goodOrBetterPercent":87.5,"excellentPercent":12.5},
                   "cleanAndStrongOrganizations":38,"exemplaryOrganizations":11},
                 "campaigns":{"contributionsVnd":"1100000000"}}
                """.formatted(organization);
    }

    static String commendations(UUID organization, int year) {
        return year == 2021 ? """
                {"organizationId":"%s","year":2021,"organizations":249,"total":30,"byForm":{"GIAY_KHEN":20,"BANG_KHEN":5,"HUY_HIEU_DANG":5},
                 "organizationsCommended":8,"grassrootsOrganizationsCommended":6,"membersCommended":22,
                 "badgesAwarded":5,"badgesRevoked":0}
                """.formatted(organization) : """
                {"organizationId":"%s","year":2020,"organizations":244,"total":25,"byForm":{"GIAY_KHEN":18,"BANG_KHEN":7},
                 "organizationsCommended":7,"grassrootsOrganizationsCommended":5,"membersCommended":18,
                 "badgesAwarded":0,"badgesRevoked":1}
                """.formatted(organization);
    }

    /** Stubs all four sources for both years with the fixtures. */
    static void stubAll(UUID organization) {
        for (int year : new int[] {2021, 2020}) {
            stubMembership(organization, year, okJson(membership(organization, year)));
            stubInspection(organization, year, okJson(inspection(organization, year)));
            stubEvents(organization, year, okJson(events(organization, year)));
            stubCommendations(organization, year, okJson(commendations(organization, year)));
        }
    }

    static void stubMembership(UUID organization, int year, ResponseDefinitionBuilder answer) {
        StubbedServices.membership().stubFor(get(urlPathEqualTo("/api/membership/organizations/" + organization + "/statistics"))
                .withQueryParam("asOf", equalTo(year + "-12-31"))
                .withQueryParam("admittedFrom", equalTo(year + "-01-01"))
                .withQueryParam("admittedTo", equalTo(year + "-12-31"))
                .willReturn(answer));
    }

    static void stubInspection(UUID organization, int year, ResponseDefinitionBuilder answer) {
        StubbedServices.inspection().stubFor(get(urlPathEqualTo("/api/inspection/statistics"))
                .withQueryParam("organizationId", equalTo(organization.toString()))
                .withQueryParam("year", equalTo(String.valueOf(year)))
                .withQueryParam("asOf", equalTo(year + "-12-31"))
                .willReturn(answer));
    }

    static void stubEvents(UUID organization, int year, ResponseDefinitionBuilder answer) {
        StubbedServices.events().stubFor(get(urlPathEqualTo("/api/events/statistics"))
                .withQueryParam("organizationId", equalTo(organization.toString()))
                .withQueryParam("year", equalTo(String.valueOf(year)))
                .withQueryParam("asOf", equalTo(year + "-12-31"))
                .willReturn(answer));
    }

    static void stubCommendations(UUID organization, int year, ResponseDefinitionBuilder answer) {
        StubbedServices.events().stubFor(get(urlPathEqualTo("/api/events/commendations/statistics"))
                .withQueryParam("organizationId", equalTo(organization.toString()))
                .withQueryParam("year", equalTo(String.valueOf(year)))
                .withQueryParam("asOf", equalTo(year + "-12-31"))
                .willReturn(answer));
    }
}
