package vn.party.localstack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What has been started, in order. Stopped in reverse order by the shutdown hook; a child that exits on its
 * own while the stack is not stopping is a failure that brings everything down.
 */
final class Stack {

    /** Thrown into the startup sequence once a shutdown has begun (e.g. Ctrl-C during startup). */
    static final class Stopping extends RuntimeException {
        Stopping() {
            super("stopping", null, false, false);
        }
    }

    private final PrintStream out;
    private final List<Component> started = new ArrayList<>();
    private final ReentrantLock startLock = new ReentrantLock();
    private final CountDownLatch failed = new CountDownLatch(1);
    private final ExecutorService watchers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "local-stack-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;
    private volatile String failure;

    Stack(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs {@code start} and records the component, unless a shutdown has begun. The shutdown waits for a start
     * that is under way, so nothing started here can outlive the launcher.
     */
    <T extends Component> T start(T component, StartAction start) throws Exception {
        startLock.lock();
        try {
            if (stopping) {
                throw new Stopping();
            }
            start.run();
            started.add(component);
            return component;
        } finally {
            startLock.unlock();
        }
    }

    /** Watches a started process: if it exits while we are not stopping, that is a failure. */
    void watch(Component component, ProcessHandle process, Supplier<String> detail) {
        process.onExit().thenRunAsync(() -> {
            if (stopping) {
                return;
            }
            try {
                // Ctrl-C in the terminal may reach a process a moment before the launcher's shutdown hook runs
                TimeUnit.SECONDS.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!stopping) {
                fail(component.name() + " stopped unexpectedly. " + detail.get());
            }
        }, watchers);
    }

    synchronized void fail(String message) {
        if (failure == null) {
            failure = message;
            failed.countDown();
        }
    }

    /** Throws if startup should not go on: a shutdown has begun or a child has died. */
    void check() {
        if (stopping) {
            throw new Stopping();
        }
        if (failure != null) {
            throw new LauncherException(failure);
        }
    }

    boolean stopping() {
        return stopping;
    }

    /** Blocks until a child dies unexpectedly; returns what happened. */
    String awaitFailure() throws InterruptedException {
        failed.await();
        return failure;
    }

    /** Stops everything started so far, last started first. Called by the shutdown hook. */
    void stopAll() {
        stopping = true;
        startLock.lock();
        List<Component> toStop;
        try {
            toStop = new ArrayList<>(started);
            started.clear();
        } finally {
            startLock.unlock();
        }
        if (toStop.isEmpty()) {
            return;
        }
        out.println();
        out.println("Stopping the local stack...");
        Collections.reverse(toStop);
        for (Component component : toStop) {
            long begin = System.nanoTime();
            out.print("  " + component.name() + "... ");
            out.flush();
            try {
                component.stop();
                out.printf("stopped (%.1f s)%n", (System.nanoTime() - begin) / 1e9);
            } catch (RuntimeException e) {
                out.println("failed: " + e);
            }
        }
        out.println("Everything is stopped.");
        out.flush();
    }

    @FunctionalInterface
    interface StartAction {
        void run() throws Exception;
    }
}
