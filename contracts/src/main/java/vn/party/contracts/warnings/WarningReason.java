package vn.party.contracts.warnings;

/** Why a member is on the removal-warning list: unpaid dues (membership's half), absences (events' half). */
public enum WarningReason {
    DUES,
    ATTENDANCE
}
