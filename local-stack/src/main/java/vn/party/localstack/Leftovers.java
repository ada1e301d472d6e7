package vn.party.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Processes left behind by a previous run that did not get to stop them (killed with SIGKILL, machine
 * suspended...). Only processes that are provably ours are stopped: their command line carries this
 * repository's marker, or is PostgreSQL on this repository's data directory.
 */
final class Leftovers {

    private final Layout layout;
    private final PrintStream out;

    Leftovers(Layout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    void clean() throws IOException {
        fromPidFiles();
        byMarker();
        postgres();
    }

    private void fromPidFiles() throws IOException {
        if (!Files.isDirectory(layout.pids())) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(layout.pids(), "*.pid")) {
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                Optional<ProcessHandle> process = readPid(file).flatMap(ProcessHandle::of).filter(candidate -> !Processes.isGone(candidate));
                if (process.isPresent()) {
                    ProcessHandle handle = process.get();
                    if (isOurs(handle)) {
                        out.println("  stopping " + name + " left over from a previous run (pid " + handle.pid() + ")");
                        Processes.stopTree(handle, Duration.ofSeconds(20));
                    } else {
                        out.println("  warning: " + file + " names pid " + handle.pid()
                                + ", which is not a process of this launcher; leaving it alone");
                    }
                }
                Files.deleteIfExists(file);
            }
        }
    }

    /** E.g. Keycloak's JVM, whose parent script is the process recorded in the pid file. */
    private void byMarker() {
        String marker = layout.marker() + " ";
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> ours = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(process -> Processes.commandLine(process).contains(marker))
                .collect(Collectors.toList());
        for (ProcessHandle process : ours) {
            if (!Processes.isGone(process)) {
                out.println("  stopping a process left over from a previous run (pid " + process.pid() + ")");
                Processes.stopTree(process, Duration.ofSeconds(20));
            }
        }
    }

    private void postgres() {
        Optional<ProcessHandle> postmaster = Postgres.readPostmasterPid(layout.postgresData())
                .flatMap(ProcessHandle::of).filter(process -> !Processes.isGone(process));
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle handle = postmaster.get();
        String commandLine = Processes.commandLine(handle);
        if (commandLine.contains("postgres") && commandLine.contains(layout.postgresData().toString())) {
            out.println("  stopping PostgreSQL left over from a previous run (pid " + handle.pid() + ")");
            Processes.stopTree(handle, Duration.ofSeconds(20));
        } else {
            out.println("  warning: " + layout.postgresData().resolve("postmaster.pid") + " names pid " + handle.pid()
                    + ", which is not this repository's PostgreSQL; leaving it alone");
        }
    }

    private boolean isOurs(ProcessHandle process) {
        String commandLine = Processes.commandLine(process);
        return commandLine.contains(layout.marker() + " ")
                || commandLine.contains(layout.keycloakHome().resolve("bin/kc.sh").toString());
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
