package vn.party.membership.committee.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.party.membership.committee.domain.CommitteeBody;
import vn.party.membership.committee.service.CommitteeHistoryService.Composition;

/**
 * An organization's committee (cấp ủy) and inspection committee (UBKT) on {@code asOf}, each in order of
 * precedence. {@code term} is null (and both lists empty) when no term was in office that day.
 */
public record CommitteeView(
        UUID organizationId,
        String organizationName,
        LocalDate asOf,
        TermView term,
        List<AssignmentView> partyCommittee,
        List<AssignmentView> inspectionCommittee) {

    public static CommitteeView of(Composition composition) {
        List<AssignmentView> posts = composition.posts().stream().map(AssignmentView::of).toList();
        return new CommitteeView(composition.organization().id, composition.organization().name,
                composition.asOf(), composition.term() == null ? null : TermView.of(composition.term()),
                posts.stream().filter(p -> p.body() == CommitteeBody.PARTY_COMMITTEE).toList(),
                posts.stream().filter(p -> p.body() == CommitteeBody.INSPECTION_COMMITTEE).toList());
    }
}
