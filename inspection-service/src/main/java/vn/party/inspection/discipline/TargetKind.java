package vn.party.inspection.discipline;

/** Who is disciplined: a party member or a party organization. */
public enum TargetKind {
    MEMBER,
    ORGANIZATION
}
