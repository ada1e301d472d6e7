/**
 * The two halves of the removal-warning list (version {@value vn.party.contracts.warnings.Warnings#VERSION}), which
 * the gateway composes into {@code GET /api/reports/dues-warnings}: membership's dues half
 * ({@code GET /api/membership/organizations/{id}/dues/warnings?year=&asOf=}, {@link
 * vn.party.contracts.warnings.DuesWarnings}) and events' absences ({@code GET
 * /api/events/attendance/absences?organizationId=&year=&minMonths=}, {@link vn.party.contracts.warnings.Absences}),
 * each one page of members ({@link vn.party.contracts.warnings.MemberPage}). Numbers the records hold as primitives
 * are required: {@link vn.party.contracts.ContractExamples#consumerMapper()} refuses an answer without one. Examples:
 * {@code contracts/warnings/dues-warnings.json}, {@code contracts/warnings/absences.json}.
 */
package vn.party.contracts.warnings;
