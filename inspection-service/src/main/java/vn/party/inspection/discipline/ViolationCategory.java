package vn.party.inspection.discipline;

/**
 * Categories of violation the policy may exempt from the statute of limitations, whatever the level
 * ({@code discipline_policy_no_statute_category}): internal political security; national security, defence and foreign
 * affairs; the use of illegal diplomas or certificates. A case without a category is an ordinary violation.
 */
public enum ViolationCategory {
    INTERNAL_POLITICAL_SECURITY,
    NATIONAL_SECURITY_DEFENCE_FOREIGN_AFFAIRS,
    ILLEGAL_DIPLOMA
}
