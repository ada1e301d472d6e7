package vn.party.gateway.security;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import vn.party.gateway.StubbedServicesProfile;
import vn.party.testsupport.matrix.AccessMatrix;

/**
 * Every operation of the gateway's own OpenAPI document (its composed views; the proxied operations are each
 * service's own matrix), called with no token and with each role's token, answers as declared in
 * {@code src/test/resources/access-matrix.csv} (issue 11, point 4). The services are WireMock stubs that know no
 * member or organization, so a caller the gateway lets through gets membership's 404.
 */
@QuarkusTest
@TestProfile(StubbedServicesProfile.class)
class AccessMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsDeclared() {
        AccessMatrix.of("gateway").verify();
    }
}
