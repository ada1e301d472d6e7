package vn.party.deploymentcheck;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of a build context's .dockerignore, matched like Docker does closely enough for a check: paths
 * relative to the context, {@code **} for any number of directories, a pattern that matches a directory
 * excludes everything under it, {@code !pattern} re-includes, the last matching line wins.
 */
final class DockerIgnore {

    private record Rule(String pattern, boolean exception, List<PathMatcher> matchers) {
    }

    private final List<Rule> rules = new ArrayList<>();

    DockerIgnore(Path contextDir) {
        Path file = contextDir.resolve(".dockerignore");
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (String line : Deployment.read(file).split("\\R")) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            boolean exception = pattern.startsWith("!");
            if (exception) {
                pattern = pattern.substring(1).strip();
            }
            pattern = pattern.replaceAll("^/+", "").replaceAll("/+$", "");
            List<PathMatcher> matchers = new ArrayList<>();
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            if (pattern.startsWith("**/")) { // ** also matches zero directories
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
            }
            rules.add(new Rule(line.strip(), exception, matchers));
        }
    }

    /** The pattern that excludes the path (relative to the context, '/' separated), or null if it is kept. */
    String excludedBy(String relativePath) {
        String excludedBy = null;
        for (Rule rule : rules) {
            if (matchesPathOrParent(rule, relativePath)) {
                excludedBy = rule.exception() ? null : rule.pattern();
            }
        }
        return excludedBy;
    }

    private static boolean matchesPathOrParent(Rule rule, String relativePath) {
        String[] segments = relativePath.split("/");
        StringBuilder prefix = new StringBuilder();
        for (String segment : segments) {
            if (prefix.length() > 0) {
                prefix.append('/');
            }
            prefix.append(segment);
            Path candidate = Path.of(prefix.toString());
            for (PathMatcher matcher : rule.matchers()) {
                if (matcher.matches(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }
}
