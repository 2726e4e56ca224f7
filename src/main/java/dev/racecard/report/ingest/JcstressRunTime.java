package dev.racecard.report.ingest;

import dev.racecard.report.BadInputException;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.SettingKeys;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The measured wall time of the jcstress run that wrote a results file. jcstress records no time
 * per test, so the stress-run driver writes {@value #FILE} beside each run's results: how long
 * that jcstress took, for how many tests. A card then says what was measured ("17 tests in
 * 251.0 s") rather than nothing, and never divides it into per-test times it did not measure.
 */
public final class JcstressRunTime {

    public static final String FILE = "racecard-jcstress-run.properties";
    private JcstressRunTime() {
    }

    /**
     * Written by the driver: {@code millis} and {@code tests} of the run, its {@code group}, the
     * {@code priority} it ran at when that was not the usual one (e.g. "nice -n 19"; empty: usual), since
     * a run that yields the CPU gets fewer samples in the same time, and jcstress's {@code exit} status
     * (-1: killed), which a run restored from the history ran with.
     */
    public static void write(Path directory, String group, int tests, long millis, String priority, int exit)
            throws IOException {
        Properties p = new Properties();
        p.setProperty("group", group);
        if (!priority.isEmpty()) {
            p.setProperty("priority", priority);
        }
        p.setProperty("tests", Integer.toString(tests));
        p.setProperty("millis", Long.toString(millis));
        p.setProperty("exit", Integer.toString(exit));
        try (var out = Files.newBufferedWriter(directory.resolve(FILE))) {
            p.store(out, "written by the stress-run driver: the wall time of this jcstress run");
        }
    }

    /** jcstress's exit status as {@link #write} recorded it in {@code directory}. */
    public static int exitCode(Path directory) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(FILE))) {
            p.load(in);
        }
        try {
            return Integer.parseInt(p.getProperty("exit", ""));
        } catch (NumberFormatException e) {
            throw new IOException(directory.resolve(FILE) + " records no exit status");
        }
    }

    /**
     * "17 tests in 251.0 s (group interleaving)", or "… (group hoisting, at CPU priority nice -n 19)", for
     * the results file's run, if the driver timed it.
     */
    static Optional<String> of(Path resultsFile) {
        Path file = resultsFile.toAbsolutePath().getParent().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
            long millis = Long.parseLong(p.getProperty("millis", ""));
            int tests = Integer.parseInt(p.getProperty("tests", ""));
            if (millis < 0 || tests <= 0) {
                throw new NumberFormatException("negative time or no tests");
            }
            return Optional.of(tests + (tests == 1 ? " test" : " tests") + " in "
                    + String.format(Locale.ROOT, "%.1f s", millis / 1000.0)
                    + (p.getProperty("group") == null ? "" : " (group " + p.getProperty("group")
                    + (p.getProperty("priority") == null ? "" : ", at CPU priority " + p.getProperty("priority")) + ")"));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("jcstress run time " + file + " is corrupt: " + e.getMessage());
        }
    }

    static Experiment with(Experiment e, String run) {
        return e.withSettings(Map.of(SettingKeys.JCSTRESS_RUN, run));
    }
}
