package dev.racecard.evidence;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Evidence restored from the history (issue 28) says so in its settings: which run recorded it
 * and when ({@link SettingKeys#REUSED_FROM}, {@link SettingKeys#REUSED_RECORDED_AT}); the report
 * adds how old it was ({@link SettingKeys#REUSED_AGE}). An evidence file carries them itself (the
 * extension saves the file as it will be restored); a jcstress group's results, which the
 * report reads with jcstress's classes, carry them in a {@value #MARKER} file beside them,
 * written by the driver when it restores the group.
 */
public final class ReusedEvidence {

    public static final String MARKER = "racecard-reused.properties";

    private ReusedEvidence() {
    }

    /** The settings of evidence that run {@code run} recorded at {@code recordedAt}, as it reads when reused. */
    public static Map<String, String> settings(String run, Instant recordedAt) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(SettingKeys.REUSED_FROM, run);
        settings.put(SettingKeys.REUSED_RECORDED_AT, recordedAt.toString());
        return settings;
    }

    public static boolean reused(Experiment e) {
        return e.settings().containsKey(SettingKeys.REUSED_FROM);
    }

    /** Reused evidence with its age as of {@code now} added ({@link SettingKeys#REUSED_AGE}); any other as it is. */
    public static Experiment aged(Experiment e, Instant now) {
        String recorded = e.settings().get(SettingKeys.REUSED_RECORDED_AT);
        if (!reused(e) || recorded == null || e.settings().containsKey(SettingKeys.REUSED_AGE)) {
            return e;
        }
        try {
            return e.withSettings(Map.of(SettingKeys.REUSED_AGE, age(Duration.between(Instant.parse(recorded), now))));
        } catch (RuntimeException notAnInstant) {
            return e.withSettings(Map.of(SettingKeys.REUSED_AGE, "unknown"));
        }
    }

    /** "12 min", "3 h", "2 d": as precise as an age needs to be. */
    public static String age(Duration age) {
        if (age.isNegative() || age.toMinutes() < 1) {
            return "under a minute";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min";
        }
        return age.toHours() < 48 ? age.toHours() + " h" : age.toDays() + " d";
    }

    /** For the jcstress driver: marks the results in {@code directory} as restored from run {@code run}. */
    public static void writeMarker(Path directory, String run, Instant recordedAt) throws IOException {
        Properties p = new Properties();
        settings(run, recordedAt).forEach(p::setProperty);
        try (Writer out = Files.newBufferedWriter(directory.resolve(MARKER))) {
            p.store(out, "the results in this directory were restored from the racecard history, not run");
        }
    }

    /**
     * The reuse settings of the results in {@code directory}, if it holds a marker.
     *
     * @throws IOException if the marker cannot be read or lacks its run or time
     */
    public static Optional<Map<String, String>> readMarker(Path directory) throws IOException {
        Path file = directory.resolve(MARKER);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        String run = p.getProperty(SettingKeys.REUSED_FROM);
        String recorded = p.getProperty(SettingKeys.REUSED_RECORDED_AT);
        if (run == null || recorded == null) {
            throw new IOException(file + " names no run or time");
        }
        try {
            return Optional.of(settings(run, Instant.parse(recorded)));
        } catch (DateTimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
