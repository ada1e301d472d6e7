package vn.party.membership.identity.verifier;

import java.util.Arrays;
import java.util.Optional;

/** The data compared with the population database; {@link #jsonName()} is the name used on the wire and in records. */
public enum IdentityField {
    NATIONAL_ID("nationalId"),
    FULL_NAME("fullName"),
    DATE_OF_BIRTH("dateOfBirth");

    private final String jsonName;

    IdentityField(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<IdentityField> fromJsonName(String name) {
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
    }
}
