package vn.party.contracts.discipline;

/**
 * Whom a discipline decision is about: a member or an organization (inspection's {@code discipline.TargetKind}: the
 * same constants, in the same order, which an inspection test checks).
 */
public enum TargetKind {
    MEMBER,
    ORGANIZATION
}
