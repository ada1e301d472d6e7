package vn.party.contracts.effects;

import java.time.LocalDate;
import java.util.UUID;

/** The start or the end of a suspension from party activities (đình chỉ sinh hoạt đảng). */
public sealed interface SuspensionEffect extends DisciplineEffect permits MemberSuspensionStarts, MemberSuspensionEnds {

    UUID suspensionId();

    UUID memberId();

    String decisionNumber();

    LocalDate startDate();

    LocalDate endDate();

    int totalDays();
}
