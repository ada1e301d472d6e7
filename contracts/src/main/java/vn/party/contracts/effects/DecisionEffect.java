package vn.party.contracts.effects;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An effect of a decided discipline case (expulsion, removal from post, dissolution): the case, its form and the
 * decision that imposed it.
 */
public sealed interface DecisionEffect extends DisciplineEffect
        permits MemberExpelled, MemberRemovedFromPost, OrganizationDissolved {

    UUID caseId();

    DisciplineForm form();

    UUID memberId();

    UUID organizationId();

    String decisionNumber();

    LocalDate decisionDate();

    LocalDate effectiveDate();

    DecidingBodyKind decidingBodyKind();

    UUID decidingOrganizationId();
}
