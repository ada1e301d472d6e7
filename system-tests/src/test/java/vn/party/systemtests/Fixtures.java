package vn.party.systemtests;

import static io.restassured.RestAssured.given;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import vn.party.testsupport.TestTokens;

/** Organizations and members created through membership-service's API, as the bloc office would. */
final class Fixtures {

    private final String membershipUrl;
    private final String eventsUrl;
    private final String inspectionUrl;

    Fixtures(SystemUnderTest system) {
        this.membershipUrl = system.url("membership");
        this.eventsUrl = system.url("events");
        this.inspectionUrl = system.url("inspection");
    }

    UUID organization(String name, String type, UUID parentId) {
        return organization(name, type, parentId, null);
    }

    /**
     * An organization founded on {@code foundedOn} (its history starts then, so a restructuring may be dated after
     * it; without a date the history starts on the day it is created).
     */
    UUID organization(String name, String type, UUID parentId, LocalDate foundedOn) {
        Map<String, Object> body = new java.util.HashMap<>();
        if (foundedOn != null) {
            body.put("foundedOn", foundedOn.toString());
        }
        body.put("code", "ST-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", name);
        body.put("type", type);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        String id = given().baseUri(membershipUrl).auth().oauth2(TestTokens.blocAdmin())
                .contentType(ContentType.JSON).body(body)
                .post("/api/membership/organizations")
                .then().statusCode(201).extract().path("id");
        awaitReplicas();
        return UUID.fromString(id);
    }

    /**
     * Waits until inspection's and events' organization replicas have applied membership's organization feed up to
     * its current head: call after changing the tree in membership (creating, moving, merging...) before asking the
     * other services about it.
     */
    void awaitReplicas() {
        long head = given().baseUri(membershipUrl).auth().oauth2(TestTokens.inspectionService())
                .queryParam("after", 0).queryParam("limit", 1)
                .get("/api/membership/organization-feed")
                .then().statusCode(200).extract().jsonPath().getLong("head");
        awaitCursor(inspectionUrl, "/api/inspection/organization-replica", head);
        awaitCursor(eventsUrl, "/api/events/organization-replica", head);
    }

    private static void awaitCursor(String baseUrl, String path, long head) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        long cursor = -1;
        while (System.nanoTime() < deadline) {
            cursor = given().baseUri(baseUrl).auth().oauth2(TestTokens.blocAdmin()).get(path)
                    .then().statusCode(200).extract().jsonPath().getLong("cursor");
            if (cursor >= head) {
                return;
            }
            ServiceProcess.sleep(200);
        }
        throw new AssertionError(baseUrl + path + ": the organization replica stayed at " + cursor
                + " while membership's organization feed is at " + head);
    }

    /** An official member registered directly (an existing member joining the register), admitted in 2010. */
    UUID officialMember(String fullName, UUID organizationId) {
        return officialMember(fullName, organizationId, LocalDate.of(2010, 3, 2), LocalDate.of(2011, 3, 2));
    }

    /** An official member registered directly with the admission and official dates of the paper record. */
    UUID officialMember(String fullName, UUID organizationId, LocalDate admissionDate, LocalDate officialDate) {
        Map<String, Object> profile = new java.util.HashMap<>();
        profile.put("fullName", fullName);
        profile.put("gender", "MALE");
        profile.put("dateOfBirth", "1980-05-17");
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", String.format("%012d",
                java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L)));
        profile.put("admissionDate", admissionDate.toString());
        profile.put("officialDate", officialDate.toString());
        String id = given().baseUri(membershipUrl).auth().oauth2(TestTokens.blocAdmin())
                .contentType(ContentType.JSON).body(Map.of("organizationId", organizationId, "profile", profile))
                .post("/api/membership/members")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /**
     * A probationary member admitted on {@code admissionDate}; when {@code recognitionVote} is given, the cell votes
     * (5 of 5) that day to recognise them official, which makes them official from the exact end of probation
     * (membership's recognition endpoint), so the status history holds both statuses.
     */
    UUID member(String fullName, UUID organizationId, LocalDate admissionDate, LocalDate recognitionVote) {
        Map<String, Object> profile = new java.util.HashMap<>();
        profile.put("fullName", fullName);
        profile.put("gender", "FEMALE");
        profile.put("dateOfBirth", "1992-08-19");
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", String.format("%012d",
                java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L)));
        profile.put("admissionDate", admissionDate.toString());
        String id = given().baseUri(membershipUrl).auth().oauth2(TestTokens.blocAdmin())
                .contentType(ContentType.JSON).body(Map.of("organizationId", organizationId, "profile", profile))
                .post("/api/membership/members")
                .then().statusCode(201).extract().path("id");
        UUID member = UUID.fromString(id);
        if (recognitionVote != null) {
            given().baseUri(membershipUrl).auth().oauth2(TestTokens.blocAdmin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("votedOn", recognitionVote.toString(), "entitledVoters", 5, "votesFor", 5,
                            "decisionRef", "21-QĐ/ĐU"))
                    .post("/api/membership/members/" + member + "/recognition")
                    .then().statusCode(200);
        }
        return member;
    }

    /** The YEAR rating period of {@code year}, created unless another test made it already. */
    UUID ratingPeriod(int year) {
        int status = events().body(Map.of("kind", "YEAR", "year", year)).post("/api/events/ratings/periods")
                .then().extract().statusCode();
        assertTrue(status == 201 || status == 409, "period " + year + ": " + status);
        List<Map<String, Object>> periods = events().queryParam("year", year).get("/api/events/ratings/periods")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return periods.stream().filter(p -> "YEAR".equals(p.get("kind")))
                .map(p -> UUID.fromString((String) p.get("id"))).findFirst().orElseThrow();
    }

    /** Opens, proposes and approves (bloc-admin acts for the proposing and the approving level). */
    UUID rate(UUID period, String subjectKind, UUID member, UUID organization, String level, String score,
            LocalDate decidedOn) {
        Map<String, Object> open = new HashMap<>();
        open.put("periodId", period);
        open.put("subjectKind", subjectKind);
        if (member != null) {
            open.put("memberId", member);
        }
        open.put("organizationId", organization);
        var created = events().body(open).post("/api/events/ratings").then().statusCode(201).extract();
        UUID id = UUID.fromString(created.path("id"));
        Number version = created.path("version");
        Number proposed = events().body(Map.of("version", version, "level", level, "score", new BigDecimal(score),
                        "text", "Đề xuất xếp loại"))
                .put("/api/events/ratings/" + id + "/proposal").then().statusCode(200).extract().path("version");
        events().body(Map.of("version", proposed, "level", level, "score", new BigDecimal(score),
                        "decidedOn", decidedOn.toString(), "decisionNumber", "45-QĐ/XL"))
                .put("/api/events/ratings/" + id + "/approval").then().statusCode(200);
        return id;
    }

    void commend(String form, String level, UUID issuer, String number, LocalDate decided,
            List<Map<String, Object>> recipients) {
        events().body(Map.of("form", form, "issuingLevel", level, "issuingOrganizationId", issuer,
                        "decisionNumber", number, "decisionDate", decided.toString(),
                        "reason", "Có thành tích xuất sắc trong năm", "recipients", recipients))
                .post("/api/events/commendations").then().statusCode(201);
    }

    private io.restassured.specification.RequestSpecification events() {
        return given().baseUri(eventsUrl).auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON);
    }

    UUID meeting(UUID organization, String kind, OffsetDateTime startsAt) {
        return UUID.fromString(events().body(Map.of("organizationId", organization, "kind", kind,
                        "title", "Sinh hoạt " + kind, "location", "Hội trường", "startsAt", startsAt.toString()))
                .post("/api/events/meetings").then().statusCode(201).extract().path("id"));
    }

    void attend(UUID meeting, UUID member, String status) {
        var invitee = events().body(Map.of("memberId", member)).post("/api/events/meetings/" + meeting + "/invitees")
                .then().statusCode(201).extract();
        Number version = invitee.path("version");
        String id = invitee.path("id");
        events().body(Map.of("version", version, "status", status))
                .put("/api/events/meetings/" + meeting + "/invitees/" + id + "/attendance")
                .then().statusCode(200);
    }

    void discipline(UUID member, String form, String bodyKind, UUID decidingOrganization, int entitled,
            int votesFor, int votesAgainst, LocalDate violation, LocalDate decided) {
        Map<String, Object> open = new HashMap<>();
        open.put("targetKind", "MEMBER");
        open.put("targetMemberId", member);
        open.put("violationDescription", "Vi phạm quy chế làm việc của chi bộ");
        open.put("violationDate", violation.toString());
        open.put("proposedForm", form);
        String caseId = inspection().body(open).post("/api/inspection/discipline/cases")
                .then().statusCode(201).extract().path("id");
        Integer version = inspection().get("/api/inspection/discipline/cases/" + caseId)
                .then().statusCode(200).extract().path("version");
        Map<String, Object> decision = new HashMap<>();
        decision.put("form", form);
        decision.put("decidingBodyKind", bodyKind);
        decision.put("decidingOrganizationId", decidingOrganization);
        decision.put("entitledVoters", entitled);
        decision.put("votesFor", votesFor);
        decision.put("votesAgainst", votesAgainst);
        decision.put("decisionNumber", "0" + decided.getMonthValue() + "-QĐ/KL");
        decision.put("decisionDate", decided.toString());
        decision.put("effectiveDate", decided.toString());
        decision.put("version", version);
        inspection().body(decision).post("/api/inspection/discipline/cases/" + caseId + "/decision")
                .then().statusCode(200);
    }

    private io.restassured.specification.RequestSpecification inspection() {
        return given().baseUri(inspectionUrl).auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON);
    }

    // ---------------------------------------------------------------- restructuring and open records (MidYearMergeIT)

    /** Merges {@code from} into {@code into} from {@code effectiveOn} through membership, then awaits the replicas. */
    void merge(UUID from, UUID into, LocalDate effectiveOn) {
        Number version = given().baseUri(membershipUrl).auth().oauth2(TestTokens.blocAdmin())
                .get("/api/membership/organizations/" + from)
                .then().statusCode(200).extract().path("version");
        given().baseUri(membershipUrl).auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("targetId", into, "effectiveOn", effectiveOn.toString(), "decisionRef", "88-QĐ/ĐUK",
                        "version", version.longValue()))
                .post("/api/membership/organizations/" + from + "/merge")
                .then().log().ifValidationFails().statusCode(200);
        awaitReplicas();
    }

    /** An inspection of {@code target} by {@code inspecting}'s committee, taken to its DECISION step on {@code decided}. */
    UUID decidedInspection(UUID inspecting, UUID target, LocalDate decided) {
        Map<String, Object> request = new HashMap<>();
        request.put("kind", "COMPLIANCE");
        request.put("inspectingOrganizationId", inspecting);
        request.put("inspectingBody", "COMMITTEE");
        request.put("targetKind", "ORGANIZATION");
        request.put("targetOrganizationId", target);
        request.put("subject", "Kiểm tra việc chấp hành Điều lệ Đảng");
        request.put("content", "Việc thực hiện nghị quyết và quy chế làm việc");
        String id = inspection().body(request).post("/api/inspection/inspections")
                .then().statusCode(201).extract().path("id");
        Integer version = inspection().get("/api/inspection/inspections/" + id)
                .then().statusCode(200).extract().path("version");
        inspection().body(Map.of("step", "DECISION", "date", decided.toString(), "documentNumber", "17-D/UBKT",
                        "version", version))
                .post("/api/inspection/inspections/" + id + "/steps").then().statusCode(200);
        return UUID.fromString(id);
    }

    /**
     * An inspection decided on {@code decided} and taken through every later step to its conclusion's notice (one
     * day apart), so it is closed: a restructuring leaves it on the organization it inspected.
     */
    UUID notifiedInspection(UUID inspecting, UUID target, LocalDate decided) {
        UUID id = decidedInspection(inspecting, target, decided);
        String[] later = {"TEAM", "PLAN", "NOTICE", "SELF_REPORT", "VERIFICATION", "DRAFT_REPORT", "CONCLUSION",
                "CONCLUSION_NOTICE"};
        for (int i = 0; i < later.length; i++) {
            Integer version = inspection().get("/api/inspection/inspections/" + id)
                    .then().statusCode(200).extract().path("version");
            Map<String, Object> request = new HashMap<>();
            request.put("step", later[i]);
            request.put("date", decided.plusDays(i + 1L).toString());
            request.put("documentNumber", (20 + i) + "-" + later[i].charAt(0) + "/UBKT");
            if ("CONCLUSION".equals(later[i])) {
                request.put("outcome", "NO_VIOLATION");
            }
            request.put("version", version);
            inspection().body(request).post("/api/inspection/inspections/" + id + "/steps").then().statusCode(200);
        }
        return id;
    }

    /** A discipline case against an organization, left OPEN (no decision). */
    UUID openOrganizationCase(UUID organization, String proposedForm, LocalDate violation) {
        Map<String, Object> open = new HashMap<>();
        open.put("targetKind", "ORGANIZATION");
        open.put("targetOrganizationId", organization);
        open.put("violationDescription", "Buông lỏng lãnh đạo, để xảy ra vi phạm kéo dài");
        open.put("violationDate", violation.toString());
        open.put("proposedForm", proposedForm);
        return UUID.fromString(inspection().body(open).post("/api/inspection/discipline/cases")
                .then().statusCode(201).extract().path("id"));
    }

    /** A resolution issued by {@code meeting} on {@code issuedOn} and a follow-up task led by {@code lead}, left open. */
    UUID openFollowUpTask(UUID meeting, LocalDate issuedOn, UUID lead, LocalDate deadline) {
        String document = events().body(Map.of("type", "RESOLUTION", "issuerAbbreviation", "ĐU",
                        "title", "Nghị quyết lãnh đạo thực hiện nhiệm vụ năm", "issuedOn", issuedOn.toString()))
                .post("/api/events/meetings/" + meeting + "/documents")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(events().body(Map.of("title", "Triển khai nghị quyết đến các chi bộ",
                        "leadOrganizationId", lead, "deadline", deadline.toString()))
                .post("/api/events/documents/" + document + "/tasks")
                .then().statusCode(201).extract().path("id"));
    }
}
