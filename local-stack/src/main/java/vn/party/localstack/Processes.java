package vn.party.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Process-tree and log helpers. */
final class Processes {

    private Processes() {
    }

    /**
     * Stops a process and everything it started: SIGTERM to all of them, wait up to {@code grace}, then
     * SIGKILL whatever is left. The descendants are collected first, because once the parent is gone its
     * children are re-parented and can no longer be found from it.
     */
    static void stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : tree) {
            awaitExit(process, deadline);
        }
        List<ProcessHandle> left = tree.stream().filter(process -> !isGone(process)).collect(Collectors.toList());
        if (!left.isEmpty()) {
            left.forEach(ProcessHandle::destroyForcibly);
            long killDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            left.forEach(process -> awaitExit(process, killDeadline));
        }
    }

    /** Waits until the process has exited (or the deadline passed); true if it is gone. */
    static boolean awaitExit(ProcessHandle process, long deadlineNanos) {
        while (!isGone(process)) {
            if (System.nanoTime() > deadlineNanos) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return true;
    }

    /**
     * Exited, or a zombie: a process that is not our child (PostgreSQL's postmaster, Keycloak's JVM) stays a
     * zombie until init reaps it, which some container inits do lazily.
     */
    static boolean isGone(ProcessHandle process) {
        if (!process.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName > 0 && afterName + 2 < stat.length() && stat.charAt(afterName + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return !process.isAlive();
        }
    }

    static String commandLine(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }

    /** The last {@code lines} lines of a log file, for error messages. */
    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "  (no log file " + file + ")";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, 64 * 1024);
            byte[] buffer = new byte[size];
            in.seek(length - size);
            in.readFully(buffer);
            String[] all = new String(buffer, StandardCharsets.UTF_8).split("\r?\n");
            StringBuilder out = new StringBuilder();
            for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
                out.append("  | ").append(all[i]).append('\n');
            }
            return out.toString();
        } catch (IOException e) {
            return "  (cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
