package vn.party.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<String> GATEWAY = List.of("10.5.0.0/16", "192.0.2.10", "::1");

    @Test
    void aDirectCallerCannotChooseTheAddressTheAuditRecords() {
        assertEquals("198.51.100.9", ClientAddress.resolve("198.51.100.9", "203.0.113.7", GATEWAY));
        assertEquals("198.51.100.9", ClientAddress.resolve("198.51.100.9", "203.0.113.7", List.of()));
        assertEquals("198.51.100.9", ClientAddress.resolve("198.51.100.9", "203.0.113.7", List.of("none")));
    }

    @Test
    void throughTheGatewayTheNearestForwardedAddressCounts() {
        assertEquals("203.0.113.7", ClientAddress.resolve("10.5.3.4", "203.0.113.7", GATEWAY));
        assertEquals("203.0.113.7", ClientAddress.resolve("192.0.2.10", "1.2.3.4, 203.0.113.7", GATEWAY));
        assertEquals("2001:db8::1", ClientAddress.resolve("0:0:0:0:0:0:0:1", "2001:db8::1", GATEWAY));
        assertEquals("10.5.3.4", ClientAddress.resolve("10.5.3.4", null, GATEWAY));
    }

    @Test
    void aForwardedValueThatIsNoAddressIsIgnoredNeverResolved() {
        assertEquals("10.5.3.4", ClientAddress.resolve("10.5.3.4", "evil.example.com", GATEWAY));
        assertEquals("10.5.3.4", ClientAddress.resolve("10.5.3.4", "<script>", GATEWAY));
    }

    @Test
    void cidrBlocksMatchByPrefix() {
        assertTrue(ClientAddress.trusted("10.5.255.255", GATEWAY));
        assertFalse(ClientAddress.trusted("10.6.0.1", GATEWAY));
        assertFalse(ClientAddress.trusted("192.0.2.11", GATEWAY));
        assertFalse(ClientAddress.trusted("10.5.0.1", List.of("10.5.0.0/x")));
    }
}
