package vn.party.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Pure helpers only: nothing here starts PostgreSQL, Keycloak or a service. */
class OptionsAndPortsTest {

    @Test
    void parsesFlags() {
        assertEquals(new Options(false, false, false), Options.parse(List.of()));
        assertEquals(new Options(false, true, true), Options.parse(List.of("--reset", "--infra-only", "--no-build")));
        assertTrue(Options.parse(List.of("--help")).help());
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--resett")));
    }

    @Test
    void parsesTheDemoRegisterSize() {
        assertEquals(null, Options.parse(List.of("--reset")).demoMembers());
        assertEquals(200_000, Options.parse(List.of("--reset", "--demo-members", "200000")).demoMembers());
        assertEquals(new Options(false, false, true, 5000), Options.parse(List.of("--demo-members=5_000", "--infra-only")));
        assertEquals(0, Options.parse(List.of("--demo-members", "0")).demoMembers());
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--demo-members")));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--demo-members", "many")));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--demo-members", "-1")));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--demo-members", "5600000")));
        assertTrue(Options.USAGE.contains("--demo-members N"));
    }

    @Test
    void givesMembershipServiceTimeToLoadALargeRegister() {
        assertEquals(LocalStack.membershipTimeout(null), LocalStack.membershipTimeout(0));
        assertEquals(LocalStack.membershipTimeout(null).plusSeconds(100), LocalStack.membershipTimeout(200_000));
    }

    @Test
    void detectsABusyPort() throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = busy.getLocalPort();
            assertTrue(Ports.inUse(port));
            LauncherException failure = assertThrows(LauncherException.class,
                    () -> Ports.requireFree(Map.of(port, "something")));
            assertTrue(failure.getMessage().contains("port " + port + " (needed by something)"), failure.getMessage());
            busy.close();
            assertFalse(Ports.inUse(port));
        }
    }
}
