package vn.party.contracts.figures;

/**
 * The figures the gateway's year-end report reads from each service (version {@value #VERSION}), one record per
 * source: {@link MembershipFigures} ({@code GET /api/membership/organizations/{id}/statistics}),
 * {@link InspectionFigures} ({@code GET /api/inspection/statistics}), {@link EventsFigures}
 * ({@code GET /api/events/statistics}), {@link CommendationFigures} ({@code GET /api/events/commendations/statistics}).
 * Each answer echoes {@code asOf}, the date its subtree was taken on, and {@code organizations}, the size of that
 * subtree (docs/architecture.md, "Time"): the report shows the sources counted the same tree. Breakdown maps are keyed
 * by the producing service's enum names; a key with no records may be left out. Those names are the constants of this
 * package's enums ({@link OrganizationType}, {@link InspectionKind}, {@link vn.party.contracts.effects.DisciplineForm},
 * {@link MeetingKind}, {@link RatingLevel}, {@link CommendationForm}), each checked against its producer's own enum
 * there; a consumer still tolerates a key it does not know (a newer producer). Examples:
 * {@code contracts/figures/<record>.json}.
 */
public final class Figures {

    public static final int VERSION = 1;

    private Figures() {
    }
}
