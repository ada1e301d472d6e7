package vn.party.contracts.warnings;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A member on membership's dues half: on the roll, with {@code unpaidMonths} reaching the threshold among the months
 * considered; {@code monthsWithoutBasis} those of them with no dues basis (no amount known), {@code outstanding} the
 * amount owed in đồng. {@code reasons} is always [DUES] in this half.
 */
public record DuesWarning(UUID memberId, String fullName, UUID organizationId, List<WarningReason> reasons,
        List<YearMonth> unpaidMonths, List<YearMonth> monthsWithoutBasis, long outstanding) {
}
