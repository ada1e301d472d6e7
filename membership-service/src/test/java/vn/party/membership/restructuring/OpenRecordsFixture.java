package vn.party.membership.restructuring;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.restassured.http.ContentType;

import vn.party.testsupport.TestTokens;

/** Organizations through the API; candidates, transfers and their audit rows straight in the tables. */
@ApplicationScoped
public class OpenRecordsFixture {

    static final String ORGANIZATIONS = "/api/membership/organizations";

    @Inject
    EntityManager entityManager;

    UUID organization(String code, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code + "-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "Tổ chức " + code, "type", type, "foundedOn", "2020-01-01"));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        String id = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(ORGANIZATIONS).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static int version(UUID id) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get(ORGANIZATIONS + "/" + id)
                .then().statusCode(200).extract().path("version");
    }

    @Transactional
    public UUID candidate(UUID organizationId, String stage) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO candidate (id, organization_id, full_name, gender, date_of_birth, ethnicity,
                                               national_id, stage, version, created_at, updated_at)
                        VALUES (:id, :org, 'Trần Thị Bình', 'FEMALE', DATE '1995-03-02', 'Kinh', :nationalId, :stage,
                                0, now(), now())""")
                .setParameter("id", id).setParameter("org", organizationId).setParameter("stage", stage)
                .setParameter("nationalId", String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L)))
                .executeUpdate();
        return id;
    }

    /** An incoming transfer between two organizations of the tree (or from outside when {@code from} is null). */
    @Transactional
    public UUID transfer(UUID from, UUID to, String status) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO member_transfer (id, kind, direction, reason, status, member_name,
                                                     from_organization_id, from_external_name, to_organization_id,
                                                     requested_on, version, created_at, updated_at)
                        VALUES (:id, 'OFFICIAL', 'INCOMING', 'JOB_CHANGE', :status, 'Lê Văn Cường', :from, :external,
                                :to, DATE '2021-05-01', 0, now(), now())""")
                .setParameter("id", id).setParameter("status", status)
                .setParameter("from", from).setParameter("external", from == null ? "Đảng bộ tỉnh khác" : null)
                .setParameter("to", to)
                .executeUpdate();
        return id;
    }

    @Transactional
    public UUID organizationOf(String table, String column, UUID id) {
        return (UUID) entityManager.createNativeQuery("SELECT " + column + " FROM " + table + " WHERE id = :id")
                .setParameter("id", id).getSingleResult();
    }

    /** The record's audit rows of one action: their changes as JSON text, oldest first. */
    @Transactional
    public List<String> history(String type, UUID id, String action) {
        return entityManager.createNativeQuery("""
                        SELECT changes::text FROM audit_log WHERE entity_type = :type AND entity_id = :id
                          AND action = :action ORDER BY id""", String.class)
                .setParameter("type", type).setParameter("id", id.toString()).setParameter("action", action)
                .getResultList();
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
