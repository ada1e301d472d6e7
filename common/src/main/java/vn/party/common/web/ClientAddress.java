package vn.party.common.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request came from, for the audit trail: the client's address as the gateway reports it in
 * {@code X-Forwarded-For} when the peer is a trusted proxy (the gateway strips what clients send and sets its own),
 * otherwise the peer's own address, so a direct caller cannot write whatever address it likes into the audit.
 * Trusted proxies: {@code party.http.trusted-proxies}, IP addresses or CIDR blocks; none by default.
 */
public class ClientAddress {

    public static final String MDC_KEY = "clientAddress";
    /** An IPv4 or IPv6 literal's characters only: a header value is never resolved as a host name. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @ConfigProperty(name = "party.http.trusted-proxies")
    Optional<List<String>> trustedProxies;

    void register(@Observes Filters filters) {
        List<String> trusted = trustedProxies.orElse(List.of());
        filters.register(ctx -> {
            SocketAddress peer = ctx.request().remoteAddress();
            String address = resolve(peer == null ? null : peer.hostAddress(),
                    ctx.request().getHeader("X-Forwarded-For"), trusted);
            if (address != null) {
                ctx.put(MDC_KEY, address);
                MDC.put(MDC_KEY, address);
            } else {
                MDC.remove(MDC_KEY);
            }
            ctx.next();
        }, 999);
    }

    /**
     * The peer, or the last {@code X-Forwarded-For} entry (the one the nearest proxy added) when the peer is
     * trusted and the entry is an IP literal.
     */
    public static String resolve(String peer, String forwardedFor, List<String> trustedProxies) {
        if (peer == null || forwardedFor == null || forwardedFor.isBlank() || !trusted(peer, trustedProxies)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String nearest = hops[hops.length - 1].trim();
        return LITERAL.matcher(nearest).matches() && parse(nearest) != null ? nearest : peer;
    }

    static boolean trusted(String peer, List<String> trustedProxies) {
        InetAddress address = parse(peer);
        if (address == null) {
            return false;
        }
        for (String entry : trustedProxies) {
            if (matches(address, entry.trim())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(InetAddress address, String entry) {
        int slash = entry.indexOf('/');
        InetAddress network = parse(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null || network.getAddress().length != address.getAddress().length) {
            return false;
        }
        byte[] a = address.getAddress();
        byte[] n = network.getAddress();
        int bits;
        try {
            bits = slash < 0 ? a.length * 8 : Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException malformed) {
            return false; // a malformed entry trusts nothing
        }
        for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
            if ((a[i] & mask) != (n[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** An IP literal, never a DNS lookup. */
    private static InetAddress parse(String literal) {
        if (literal == null || !LITERAL.matcher(literal).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException | NumberFormatException e) {
            return null;
        }
    }
}
