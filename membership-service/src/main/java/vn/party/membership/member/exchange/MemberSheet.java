package vn.party.membership.member.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

/**
 * A member file read into rows of cells, whatever its format: the header row found, its columns matched to
 * {@link MemberColumn}s, and the data rows below it with their spreadsheet row numbers (what the user sees
 * in Excel, header row included). Blank rows are dropped.
 */
record MemberSheet(Map<MemberColumn, Header> columns, List<String> ignoredHeaders, List<Row> rows) {

    /** How far down a title block ("DANH SÁCH ĐẢNG VIÊN…") may push the header row. */
    static final int HEADER_SEARCH_ROWS = 20;

    /** A header as written in the file, and its column letter (A, B, … AA). */
    record Header(String text, int index, String letter) {
    }

    /**
     * One cell. {@code text} is what the cell shows (trimmed, null when blank); {@code number} is set for a
     * numeric spreadsheet cell (so a CCCD that Excel turned into a number can be recognised), {@code date}
     * for a date-formatted one.
     */
    record Cell(String text, Double number, LocalDate date) {

        static final Cell BLANK = new Cell(null, null, null);

        static Cell text(String text) {
            return text == null || text.isBlank() ? BLANK : new Cell(text.trim(), null, null);
        }

        boolean isBlank() {
            return text == null && number == null && date == null;
        }
    }

    record Row(int number, Map<MemberColumn, Cell> cells) {

        Cell cell(MemberColumn column) {
            return cells.getOrDefault(column, Cell.BLANK);
        }
    }

    /** A raw row before the header is known: its number and its cells left to right. */
    record RawRow(int number, List<Cell> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    /**
     * Finds the header (the first row naming "Họ và tên" and at least two other known columns) and maps the
     * rows below it. Refuses (400) a file without one, or with a column named twice.
     */
    static MemberSheet of(List<RawRow> raw, int maxRows) {
        int headerAt = -1;
        for (int i = 0; i < raw.size() && i < HEADER_SEARCH_ROWS; i++) {
            List<MemberColumn> known = raw.get(i).cells().stream()
                    .map(cell -> cell.text() == null ? null : MemberColumn.forHeader(cell.text()).orElse(null))
                    .filter(java.util.Objects::nonNull).toList();
            if (known.contains(MemberColumn.FULL_NAME) && known.size() >= 3) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Không tìm thấy dòng tiêu đề có cột \"Họ và tên\" trong " + HEADER_SEARCH_ROWS
                            + " dòng đầu (no header row with a \"Họ và tên\" column found; see docs/member-import.md)",
                    List.of(new Problem.FieldError("file", "thiếu dòng tiêu đề (no header row)")));
        }
        Map<MemberColumn, Header> columns = new EnumMap<>(MemberColumn.class);
        List<String> ignored = new ArrayList<>();
        List<Problem.FieldError> duplicates = new ArrayList<>();
        List<Cell> headerCells = raw.get(headerAt).cells();
        for (int index = 0; index < headerCells.size(); index++) {
            String text = headerCells.get(index).text();
            if (text == null) {
                continue;
            }
            var column = MemberColumn.forHeader(text);
            if (column.isEmpty()) {
                ignored.add(text);
            } else if (columns.containsKey(column.get())) {
                duplicates.add(new Problem.FieldError(text, "cột trùng với \"" + columns.get(column.get()).text()
                        + "\" (this column is given twice)"));
            } else {
                columns.put(column.get(), new Header(text, index, letter(index)));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Dòng tiêu đề có cột trùng nhau (the header names a column twice)", duplicates);
        }
        List<Row> rows = new ArrayList<>();
        for (RawRow row : raw.subList(headerAt + 1, raw.size())) {
            if (row.isBlank()) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw new ProblemException(ProblemType.VALIDATION,
                        "Tệp có quá " + maxRows + " dòng; hãy chia nhỏ (more than " + maxRows + " rows: split the file)",
                        List.of(new Problem.FieldError("file", "quá " + maxRows + " dòng (too many rows)")));
            }
            Map<MemberColumn, Cell> cells = new EnumMap<>(MemberColumn.class);
            columns.forEach((column, header) -> {
                if (header.index() < row.cells().size()) {
                    cells.put(column, row.cells().get(header.index()));
                }
            });
            rows.add(new Row(row.number(), cells));
        }
        return new MemberSheet(columns, ignored, rows);
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }
}
