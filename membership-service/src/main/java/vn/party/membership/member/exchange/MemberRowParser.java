package vn.party.membership.member.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.party.membership.member.domain.Gender;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.member.rest.MemberRequests;

/**
 * Turns one row of cells into the values a registration carries, the way an office spreadsheet writes them:
 * dates dd/MM/yyyy (or ISO), "Nam"/"Nữ", statuses by their Vietnamese names, and CCCD / card numbers that
 * Excel stored as numbers (leading zeros lost) padded back to 12 digits.
 */
final class MemberRowParser {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** A parsed row: the profile (fields that failed to parse are null), and what failed. */
    static final class Draft {
        final int row;
        final List<Failure> failures = new ArrayList<>();
        final Set<MemberColumn> failedColumns = EnumSet.noneOf(MemberColumn.class);
        String organizationCode;
        MemberStatus status;
        MemberRequests.Profile profile;

        Draft(int row) {
            this.row = row;
        }

        void fail(MemberColumn column, String field, String message) {
            failures.add(new Failure(column, field, message));
            if (column != null) {
                failedColumns.add(column);
            }
        }

        boolean valid() {
            return failures.isEmpty();
        }
    }

    /** A problem in a row: the column it is about (null for the request's organizationId) and the message. */
    record Failure(MemberColumn column, String field, String message) {
    }

    private MemberRowParser() {
    }

    static Draft parse(MemberSheet.Row row) {
        Draft draft = new Draft(row.number());
        draft.organizationCode = text(row, MemberColumn.ORGANIZATION_CODE);
        draft.status = status(draft, row);
        draft.profile = new MemberRequests.Profile(
                text(row, MemberColumn.FULL_NAME),
                null,
                null,
                gender(draft, row),
                date(draft, row, MemberColumn.DATE_OF_BIRTH),
                text(row, MemberColumn.ETHNICITY),
                text(row, MemberColumn.RELIGION),
                text(row, MemberColumn.HOMETOWN),
                twelveDigits(draft, row, MemberColumn.NATIONAL_ID, "CCCD"),
                twelveDigits(draft, row, MemberColumn.PARTY_CARD_NUMBER, "số thẻ đảng"),
                phone(row),
                text(row, MemberColumn.EDUCATION_LEVEL),
                text(row, MemberColumn.POLITICAL_THEORY_LEVEL),
                text(row, MemberColumn.JOB_TITLE),
                text(row, MemberColumn.HOST_AGENCY),
                date(draft, row, MemberColumn.ADMISSION_DECISION_DATE),
                date(draft, row, MemberColumn.ADMISSION_DATE),
                date(draft, row, MemberColumn.OFFICIAL_DATE));
        return draft;
    }

    private static String text(MemberSheet.Row row, MemberColumn column) {
        return row.cell(column).text();
    }

    static LocalDate date(Draft draft, MemberSheet.Row row, MemberColumn column) {
        MemberSheet.Cell cell = row.cell(column);
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.text() == null) {
            return null;
        }
        if (cell.number() == null) {
            for (DateTimeFormatter format : DATE_FORMATS) {
                try {
                    return LocalDate.parse(cell.text(), format);
                } catch (DateTimeParseException next) {
                    // try the next format
                }
            }
        }
        draft.fail(column, column.field(), "\"" + cell.text() + "\" không phải ngày dd/MM/yyyy"
                + " (not a date: write dd/MM/yyyy, e.g. 19/05/2010, or yyyy-MM-dd)");
        return null;
    }

    /**
     * Exactly 12 digits. A numeric spreadsheet cell lost its leading zeros ("001085012345" became 1085012345):
     * it is padded back. Text is taken as written (spaces removed), so a CSV value of 11 digits is refused
     * rather than guessed.
     */
    static String twelveDigits(Draft draft, MemberSheet.Row row, MemberColumn column, String what) {
        MemberSheet.Cell cell = row.cell(column);
        if (cell.number() != null) {
            double value = cell.number();
            if (value >= 0 && value < 1e12 && value == Math.rint(value)) {
                return String.format("%012d", (long) value);
            }
            draft.fail(column, column.field(), what + " phải gồm đúng 12 chữ số (exactly 12 digits), đọc được "
                    + cell.text());
            return null;
        }
        if (cell.text() == null) {
            return null;
        }
        String digits = cell.text().replaceFirst("^'", "").replaceAll("[\\s.]", "");
        if (!digits.matches("[0-9]{12}")) {
            String hint = digits.matches("[0-9]{9,11}")
                    ? "; có thể Excel đã bỏ số 0 ở đầu, hãy định dạng cột là Text (leading zeros lost?)" : "";
            draft.fail(column, column.field(),
                    what + " phải gồm đúng 12 chữ số (exactly 12 digits): \"" + cell.text() + "\"" + hint);
            return null;
        }
        return digits;
    }

    /** A phone number Excel stored as a number lost its leading 0 (912345678): put it back. */
    private static String phone(MemberSheet.Row row) {
        MemberSheet.Cell cell = row.cell(MemberColumn.PHONE);
        if (cell.number() != null && cell.text().matches("[1-9][0-9]{8}")) {
            return "0" + cell.text();
        }
        return cell.text();
    }

    private static Gender gender(Draft draft, MemberSheet.Row row) {
        String value = text(row, MemberColumn.GENDER);
        if (value == null) {
            return null;
        }
        return switch (MemberColumn.fold(value)) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nu", "female", "f" -> Gender.FEMALE;
            default -> {
                draft.fail(MemberColumn.GENDER, "gender", "\"" + value + "\": ghi Nam hoặc Nữ (write Nam or Nữ)");
                yield null;
            }
        };
    }

    private static MemberStatus status(Draft draft, MemberSheet.Row row) {
        String value = text(row, MemberColumn.STATUS);
        if (value == null) {
            return null;
        }
        String folded = MemberColumn.fold(value);
        for (MemberStatus status : MemberStatus.values()) {
            if (folded.equals(MemberColumn.fold(status.vietnameseName())) || folded.equals(MemberColumn.fold(status.name()))
                    || (status == MemberStatus.OFFICIAL && folded.equals("dang vien chinh thuc"))
                    || (status == MemberStatus.PROBATIONARY && folded.equals("dang vien du bi"))) {
                return status;
            }
        }
        draft.fail(MemberColumn.STATUS, "status", "\"" + value + "\": ghi Chính thức, Dự bị, Miễn sinh hoạt hoặc"
                + " Đình chỉ sinh hoạt (unknown status)");
        return null;
    }
}
