package vn.party.contracts.warnings;

/** The version of the removal-warning family ({@code vn.party.contracts.warnings}). */
public final class Warnings {

    public static final int VERSION = 1;

    private Warnings() {
    }
}
