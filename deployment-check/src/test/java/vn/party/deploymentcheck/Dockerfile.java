package vn.party.deploymentcheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Dockerfile split into stages and instructions (continuation lines joined, comments dropped). */
final class Dockerfile {

    record Instruction(String keyword, String arguments, int line) {
    }

    record Stage(String image, String name, List<Instruction> instructions) {

        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }
    }

    final Path file;
    final List<Stage> stages = new ArrayList<>();

    Dockerfile(Path file) {
        this.file = file;
        String[] lines = Deployment.read(file).split("\\R", -1);
        StringBuilder current = null;
        int startLine = 0;
        List<Instruction> preamble = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current == null)) {
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
                startLine = i + 1;
            }
            boolean continued = trimmed.endsWith("\\");
            current.append(continued ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
            if (!continued) {
                add(current.toString().strip(), startLine, preamble);
                current = null;
            }
        }
        if (current != null) {
            add(current.toString().strip(), startLine, preamble);
        }
    }

    private void add(String text, int line, List<Instruction> preamble) {
        if (text.isEmpty()) {
            return;
        }
        int space = text.indexOf(' ');
        String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
        String arguments = space < 0 ? "" : text.substring(space + 1).strip();
        Instruction instruction = new Instruction(keyword, arguments, line);
        if (keyword.equals("FROM")) {
            String[] parts = arguments.split("\\s+");
            List<String> words = new ArrayList<>();
            for (String p : parts) {
                if (!p.startsWith("--")) {
                    words.add(p);
                }
            }
            String image = words.isEmpty() ? "" : words.get(0);
            String name = words.size() >= 3 && words.get(1).equalsIgnoreCase("AS") ? words.get(2) : null;
            stages.add(new Stage(image, name, new ArrayList<>()));
        } else if (stages.isEmpty()) {
            preamble.add(instruction);
        } else {
            stages.get(stages.size() - 1).instructions().add(instruction);
        }
    }

    Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    List<Instruction> all(String keyword) {
        List<Instruction> result = new ArrayList<>();
        stages.forEach(s -> result.addAll(s.all(keyword)));
        return result;
    }
}
