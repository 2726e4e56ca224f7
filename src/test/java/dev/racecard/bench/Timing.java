package dev.racecard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Runs a main class in a fresh JVM under {@code /usr/bin/time}: wall time, peak resident memory, what happened. */
final class Timing {

    /** A process that runs longer than this is stopped and reported as timed out. */
    private static final long TIMEOUT_MINUTES = 15;

    /**
     * @param cpuSeconds user and system time of the process and its threads (JIT compilers and GC
     *                   included): steadier than wall time on a machine others share
     * @param what       "completed", "gate failed" or what went wrong, e.g. "OutOfMemoryError"
     */
    record Sample(double seconds, double cpuSeconds, long peakKb, int exit, String what) {
        boolean completed() {
            return what.equals("completed") || what.equals("gate failed");
        }
    }

    /** The samples of one row of a table, N runs of one command. */
    record Runs(String name, String heap, List<Sample> samples) {

        double medianSeconds() {
            return samples.stream().mapToDouble(Sample::seconds).sorted().toArray()[samples.size() / 2];
        }

        double medianCpuSeconds() {
            return samples.stream().mapToDouble(Sample::cpuSeconds).sorted().toArray()[samples.size() / 2];
        }

        long medianPeakMb() {
            return samples.stream().mapToLong(Sample::peakKb).sorted().toArray()[samples.size() / 2] / 1024;
        }

        boolean allCompleted() {
            return samples.stream().allMatch(Sample::completed);
        }

        /** "completed 3 of 3, exit 0", or each distinct failure, with its exit status, and how many completed. */
        String outcome() {
            long ok = samples.stream().filter(Sample::completed).count();
            String exits = samples.stream().map(x -> Integer.toString(x.exit())).distinct().collect(Collectors.joining("/"));
            if (ok == samples.size()) {
                return String.format(Locale.ROOT, "completed %d of %d, exit %s", ok, samples.size(), exits);
            }
            String failures = samples.stream().filter(x -> !x.completed()).map(x -> x.what() + ", exit " + x.exit())
                    .distinct().collect(Collectors.joining("; "));
            return String.format(Locale.ROOT, "**%s** (completed %d of %d)", failures, ok, samples.size());
        }
    }

    private Timing() {
    }

    /** @param log where the process's output goes; searched for an OutOfMemoryError */
    static Sample run(Path dir, String classpath, List<String> jvmOptions, String mainClass, Path log, String... args)
            throws IOException, InterruptedException {
        Path timing = Files.createTempFile(dir, "time", ".txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M %x %U %S", "-o", timing.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
            return new Sample(TIMEOUT_MINUTES * 60.0, 0, 0, -1, "timed out after " + TIMEOUT_MINUTES + " min");
        }
        // on a non-zero exit time writes "Command exited with non-zero status N" first: the figures are last
        List<String> lines = Files.readAllLines(timing);
        String[] measured = lines.get(lines.size() - 1).strip().split("\\s+");
        int exit = Integer.parseInt(measured[2]);
        String output = Files.readString(log);
        String what = output.contains("OutOfMemoryError") ? "OutOfMemoryError"
                : exit == 0 ? "completed"
                : exit == 1 && mainClass.startsWith("dev.racecard") ? "gate failed"
                : "failed";
        return new Sample(Double.parseDouble(measured[0]), Double.parseDouble(measured[3]) + Double.parseDouble(measured[4]),
                Long.parseLong(measured[1]), exit, what);
    }
}
