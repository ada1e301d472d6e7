package vn.party.membership.member.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Imports a generated 5,000-row file (CSV, then xlsx) and prints the elapsed time. Not part of the default
 * test run (its name does not end in "Test"); run it with
 * {@code ./mvnw -f membership-service/pom.xml verify -Dtest=MemberImportBenchmark}.
 * The target (issue "Membership service I", item 9) is under 30 s for 5,000 rows.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class MemberImportBenchmark {

    private static final int ROWS = 5000;
    /** Measure, don't fail: the default test timeout (30 s) would cut a slow run short. */
    private static final RestAssuredConfig SLOW = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 60_000));
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Lan", "Minh"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};

    @Test
    void import5000Rows() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = MemberFiles.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID csvCell = MemberFiles.organization("C-" + suffix, "Chi bộ CSV", "GRASSROOTS_CELL", bloc);
        UUID xlsxCell = MemberFiles.organization("X-" + suffix, "Chi bộ XLSX", "GRASSROOTS_CELL", bloc);

        byte[] csv = MemberFiles.csv(',', true, MemberFiles.HEADERS, rows(1));
        long started = System.nanoTime();
        given().config(SLOW).auth().oauth2(TestTokens.blocAdmin()).multiPart("file", "5000.csv", csv, "text/csv")
                .queryParam("organizationId", csvCell.toString())
                .when().post("/api/membership/members/imports")
                .then().statusCode(200).body("imported", equalTo(ROWS));
        long csvMillis = (System.nanoTime() - started) / 1_000_000;

        byte[] xlsx = MemberFiles.xlsx(MemberFiles.HEADERS, rows(2));
        started = System.nanoTime();
        given().config(SLOW).auth().oauth2(TestTokens.blocAdmin()).contentType(XLSX).body(xlsx)
                .queryParam("organizationId", xlsxCell.toString())
                .when().post("/api/membership/members/imports")
                .then().statusCode(200).body("imported", equalTo(ROWS));
        long xlsxMillis = (System.nanoTime() - started) / 1_000_000;

        started = System.nanoTime();
        given().config(SLOW).auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", bloc.toString())
                .when().get("/api/membership/members/export").then().statusCode(200);
        long exportMillis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("%n=== member import benchmark: %d rows CSV (%d KB) %d ms; xlsx (%d KB) %d ms;"
                        + " export xlsx of %d members %d ms ===%n%n", ROWS, csv.length / 1024, csvMillis,
                xlsx.length / 1024, xlsxMillis, 2 * ROWS, exportMillis);
    }

    /** Distinct CCCDs per run: a random 4-digit block, then the row index. */
    private static List<List<String>> rows(int series) {
        String block = String.format("%04d", (int) (Math.random() * 10_000));
        List<List<String>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            String name = FAMILY[i % FAMILY.length] + " Văn " + GIVEN[(i / FAMILY.length) % GIVEN.length];
            String cccd = "0" + series + block.substring(0, 4) + String.format("%06d", i);
            rows.add(MemberFiles.row(i + 1, name, i % 3 == 0 ? "Nữ" : "Nam", cccd));
        }
        return rows;
    }
}
