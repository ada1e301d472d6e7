package vn.party.testsupport.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared expectations: one row per operation, {@code METHOD path, <one outcome per caller>}, in the column
 * order of {@link AccessMatrix#CALLERS}. Lines starting with {@code #} and blank lines are comments. The first other
 * line is the header and must name the callers in that order, so that a column can never be read as another.
 */
public record AccessMatrixFile(String source, Map<String, Map<String, Outcome>> rows, List<String> problems) {

    /** Reads a classpath resource (e.g. {@code /access-matrix.csv}); a missing file is one problem, not a crash. */
    public static AccessMatrixFile read(String resource) {
        InputStream in = AccessMatrixFile.class.getResourceAsStream(resource);
        if (in == null) {
            return new AccessMatrixFile(resource, Map.of(), List.of("no expectations file " + resource + " on the classpath"));
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessMatrixFile parse(String source, List<String> lines) {
        Map<String, Map<String, Outcome>> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            if (!headerSeen) {
                headerSeen = true;
                List<String> expected = new ArrayList<>();
                expected.add("operation");
                expected.addAll(AccessMatrix.CALLERS);
                if (!cells.equals(expected)) {
                    problems.add(where + "header must be \"" + String.join(", ", expected) + "\"");
                }
                continue;
            }
            if (cells.size() != AccessMatrix.CALLERS.size() + 1) {
                problems.add(where + "expected " + (AccessMatrix.CALLERS.size() + 1) + " cells, found " + cells.size());
                continue;
            }
            String operation = Operation.key(cells.get(0));
            if (operation == null) {
                problems.add(where + "\"" + cells.get(0) + "\" is not \"METHOD /path\"");
                continue;
            }
            Map<String, Outcome> row = new LinkedHashMap<>();
            for (int c = 0; c < AccessMatrix.CALLERS.size(); c++) {
                Outcome outcome = Outcome.parse(cells.get(c + 1));
                if (outcome == null) {
                    problems.add(where + "\"" + cells.get(c + 1) + "\" for " + AccessMatrix.CALLERS.get(c)
                            + " is none of 401, 403, allowed");
                }
                row.put(AccessMatrix.CALLERS.get(c), outcome);
            }
            if (rows.put(operation, row) != null) {
                problems.add(where + operation + " is declared twice");
            }
        }
        if (!headerSeen) {
            problems.add(source + ": no header line");
        }
        return new AccessMatrixFile(source, rows, problems);
    }
}
