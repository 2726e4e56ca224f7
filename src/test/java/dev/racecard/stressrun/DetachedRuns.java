package dev.racecard.stressrun;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Yielding runs that outlive the driver ({@code StressRuns --detach}): when the other runs are
 * done, each yielding run is handed to a driver of its own ({@code StressRuns … --only DIR --owner
 * PID}, a child JVM that is not waited for), so its hung forks wait out their 30 s beside whatever
 * the build runs next (the experiments) instead of holding the jcstress step. At the lowest CPU
 * priority their spinning takes only what that work leaves. {@code StressRuns --await --results
 * DIR} then waits for every detached run under DIR, prints what each did, and exits as the
 * driver would have: 1 when one failed to run.
 * <p>
 * Each detached run keeps its bookkeeping beside its results, in {@code DIR/<run>/}: {@value #PID}
 * (its driver's process id, written when it starts), {@value #OUT} (that driver's output) and
 * {@value #EXIT} (its exit status, written last). A detached driver stops its jcstress and exits
 * when its owner (the build that started it) is gone, so an interrupted build leaves nothing running.
 */
final class DetachedRuns {

    static final String PID = "detached.pid";
    static final String OUT = "detached.out";
    static final String EXIT = "detached.exit";

    private DetachedRuns() {
    }

    /**
     * Starts a driver for one run and returns without waiting for it.
     *
     * @param driverArgs the arguments of this driver, without {@code --detach}: the child plans as it did
     */
    static void start(StressRuns.PlannedRun run, Path results, List<String> driverArgs, PrintStream out) {
        Path directory = results.resolve(run.directory());
        try {
            Files.createDirectories(directory);
            for (String stale : List.of(PID, OUT, EXIT)) {
                Files.deleteIfExists(directory.resolve(stale));
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", StressRuns.absolute(System.getProperty("java.class.path")), StressRuns.class.getName()));
            command.addAll(driverArgs);
            long owner = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(ProcessHandle.current().pid());
            command.addAll(List.of("--only", run.directory(), "--owner", Long.toString(owner)));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve(OUT).toFile()).start();
            Files.writeString(directory.resolve(PID), Long.toString(process.pid()));
            out.println("stress-runs: " + run.directory() + ": detached (process " + process.pid()
                    + "), runs beside what follows; StressRuns --await --results " + results + " waits for it");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the detached run " + run.directory(), e);
        }
    }

    /** In a detached driver: when the owner is gone, stop jcstress and exit, so nothing outlives the build. */
    static void exitWithOwner(long ownerPid) {
        Optional<ProcessHandle> owner = ProcessHandle.of(ownerPid);
        Runnable stop = () -> {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            Runtime.getRuntime().halt(StressRuns.FAILED_TO_RUN);
        };
        owner.ifPresentOrElse(o -> o.onExit().thenRun(stop), stop);
    }

    /** In a detached driver, as its last act: the status {@link #await} reports. */
    static void recordExit(Path directory, int status) {
        try {
            Path partial = directory.resolve(EXIT + ".partial");
            Files.writeString(partial, Integer.toString(status));
            Files.move(partial, directory.resolve(EXIT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for every detached run under {@code results}, prints its driver's output, and says
     * whether each ran. A run still going after {@code timeout} is stopped and failed; so is one
     * whose driver ended without recording its status.
     *
     * @return {@link StressRuns#RAN} or {@link StressRuns#FAILED_TO_RUN}
     */
    static int await(Path results, Duration timeout, PrintStream out) {
        List<Path> detached = detachedRuns(results);
        if (detached.isEmpty()) {
            out.println("stress-runs: no detached run in " + results + ": nothing to wait for");
            return StressRuns.RAN;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long start = System.nanoTime();
        int status = StressRuns.RAN;
        for (Path directory : detached) {
            String name = directory.getFileName().toString();
            String problem = waitFor(directory, deadline);
            read(directory.resolve(OUT)).forEach(out::println);
            if (problem == null && !read(directory.resolve(EXIT)).equals(List.of(Integer.toString(StressRuns.RAN)))) {
                problem = "its driver exited " + String.join("", read(directory.resolve(EXIT)));
            }
            if (problem != null) {
                out.println("stress-runs: " + name + ": FAILED TO RUN: " + problem);
                status = StressRuns.FAILED_TO_RUN;
            }
        }
        out.printf(java.util.Locale.ROOT, "stress-runs: waited %.0f s for %d detached run%s%n",
                (System.nanoTime() - start) / 1e9, detached.size(), detached.size() == 1 ? "" : "s");
        return status;
    }

    /** @return null when the run recorded its status, else what went wrong */
    private static String waitFor(Path directory, long deadline) {
        Path exit = directory.resolve(EXIT);
        long pid;
        try {
            pid = Long.parseLong(Files.readString(directory.resolve(PID)).strip());
        } catch (IOException | NumberFormatException e) {
            return "unreadable " + directory.resolve(PID) + ": " + e.getMessage();
        }
        while (!Files.exists(exit)) {
            Optional<ProcessHandle> driver = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (driver.isEmpty()) {
                return Files.exists(exit) ? null : "its driver (process " + pid + ") ended without recording its status";
            }
            if (System.nanoTime() > deadline) {
                driver.get().descendants().forEach(ProcessHandle::destroyForcibly);
                driver.get().destroyForcibly();
                return "still running when the wait timed out; stopped";
            }
            try {
                driver.get().onExit().get(1, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // poll again: the status file may be there although the driver has not quite exited
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            } catch (java.util.concurrent.ExecutionException e) {
                return "cannot wait for process " + pid + ": " + e.getCause();
            }
        }
        return null;
    }

    private static List<Path> detachedRuns(Path results) {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(results)) {
            return dirs.filter(d -> Files.exists(d.resolve(PID))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
