package vn.party.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A child process (Keycloak, a service, the gateway) with its output in {@code .local/logs/<name>.log} and its
 * pid in {@code .local/run/<name>.pid}.
 */
final class Child implements Component {

    /**
     * Children run in their own session when util-linux' {@code setsid} is there: Ctrl-C in the terminal then
     * reaches only the launcher, which stops them in order, instead of every process at once.
     */
    private static final String SETSID = findSetsid();

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path log;
    private final Path pidFile;
    private final Duration stopGrace;
    private Process process;

    Child(String name, List<String> command, Map<String, String> environment, Layout layout, Path workingDirectory,
            Duration stopGrace) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.log = layout.log(name);
        this.pidFile = layout.pids().resolve(name + ".pid");
        this.stopGrace = stopGrace;
    }

    void start() throws IOException {
        Files.createDirectories(log.getParent());
        Files.createDirectories(pidFile.getParent());
        Files.createDirectories(workingDirectory);
        rotate(log);
        List<String> full = new ArrayList<>();
        if (SETSID != null) {
            full.add(SETSID);
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        process.getOutputStream().close();
        Files.writeString(pidFile, process.pid() + "\n");
    }

    /** Keeps the previous run's log as {@code <name>.log.1}. */
    static void rotate(Path log) throws IOException {
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public String name() {
        return name;
    }

    Path log() {
        return log;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    @Override
    public void stop() {
        if (process != null) {
            Processes.stopTree(process.toHandle(), stopGrace);
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is checked (and ignored) on the next start
        }
    }

    private static String findSetsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
