package vn.party.common.security;

import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The OAuth client a verified token was issued to: claim {@code azp} (Keycloak), else {@code client_id}. */
public final class ClientIds {

    /** Client ids are short identifiers; anything else is not used as a key or written to a log. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private ClientIds() {
    }

    public static Optional<String> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        for (String claim : new String[] {"azp", "client_id"}) {
            Object value = token.getClaim(claim);
            if (value != null) {
                String text = value.toString().replace("\"", "").trim();
                if (SAFE.matcher(text).matches()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }
}
