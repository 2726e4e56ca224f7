package dev.racecard.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Evidence kept between runs, by {@link HistoryKey}: {@code <dir>/<key[0..2]>/<key>/} holds the
 * saved files, {@value #ENTRY} (when, which run, each file's SHA-256, each key part's) and
 * {@value #KEY_TEXT} (what each key part was made of, to explain a miss by a diff). An entry
 * appears whole or not at all (written into a temporary directory, then renamed); one that is
 * half there, altered or unreadable is a miss with one warning line and is deleted, never an error
 * of the build. Entries older than the maximum age are misses and are deleted when seen, and a
 * sweep at most once a day deletes the ones nobody asks for any more (their keys changed).
 *
 * <p>Configured by system properties: {@value #PROPERTY} ({@code on}, the default, or {@code off}:
 * reads nothing, writes nothing), {@value #DIR_PROPERTY} (default {@code ${user.home}/.racecard/history}:
 * outside {@code target}, so {@code mvn clean} keeps it, and one store serves every branch and
 * clone because keys are content), {@value #MAX_AGE_PROPERTY} (an ISO-8601 duration, default
 * {@code P7D}) and {@value #RUN_PROPERTY} (the run's name in the entries it saves; default: one
 * per JVM).
 */
public final class HistoryStore {

    public static final String PROPERTY = "racecard.history";
    public static final String DIR_PROPERTY = "racecard.history.dir";
    public static final String MAX_AGE_PROPERTY = "racecard.history.maxAge";
    public static final String RUN_PROPERTY = "racecard.run.id";
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);
    /** A run that gave no name: one per JVM. */
    private static final String JVM_RUN = "jvm-" + UUID.randomUUID().toString().substring(0, 8);

    static final String ENTRY = "entry.properties";
    static final String KEY_TEXT = "key.txt";
    private static final String SWEPT = ".last-sweep";
    private static final Duration SWEEP_EVERY = Duration.ofDays(1);
    /** A temporary directory this old was left by a JVM that died while saving. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    private final Duration maxAge;
    private final String run;
    private final Clock clock;

    private HistoryStore(Path dir, Duration maxAge, String run, Clock clock) {
        this.dir = dir;
        this.maxAge = maxAge;
        this.run = run;
        this.clock = clock;
    }

    /**
     * A saved entry.
     *
     * @param files the saved files, by name
     */
    public record Entry(Path directory, Instant created, String run, List<Path> files) {
        public Duration age(Instant now) {
            return Duration.between(created, now);
        }
    }

    /** Whether a system property says where or under which name things go, rather than what runs: no part of a key. */
    public static boolean notAnInput(String name) {
        return name.equals(PROPERTY) || name.startsWith(PROPERTY + ".") || name.equals(RUN_PROPERTY)
                || name.equals("racecard.evidence.dir");
    }

    /**
     * The store the system properties describe (see the class comment).
     *
     * @throws IllegalArgumentException for a value that is neither on nor off, or a maximum age that is no duration
     */
    public static HistoryStore open() {
        String mode = System.getProperty(PROPERTY, "").strip();
        if (mode.equals("off")) {
            return off();
        }
        if (!mode.isEmpty() && !mode.equals("on")) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + mode + ": on or off");
        }
        String dir = System.getProperty(DIR_PROPERTY, "").strip();
        String maxAge = System.getProperty(MAX_AGE_PROPERTY, "").strip();
        String run = System.getProperty(RUN_PROPERTY, "").strip();
        Duration age;
        try {
            age = maxAge.isEmpty() ? DEFAULT_MAX_AGE : Duration.parse(maxAge);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("-D" + MAX_AGE_PROPERTY + "=" + maxAge
                    + ": an ISO-8601 duration, e.g. P7D or PT12H");
        }
        return open(dir.isEmpty() ? Path.of(System.getProperty("user.home"), ".racecard", "history") : Path.of(dir),
                age, run.isEmpty() ? JVM_RUN : run, Clock.systemUTC());
    }

    /** A store at {@code dir}: for the driver's own settings, and for tests with their own clock. */
    public static HistoryStore open(Path dir, Duration maxAge, String run, Clock clock) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("a negative maximum age: " + maxAge);
        }
        HistoryStore store = new HistoryStore(dir.toAbsolutePath(), maxAge, run, clock);
        store.sweepIfDue();
        return store;
    }

    /** {@code -Dracecard.history=off}: every key a miss, nothing saved. */
    public static HistoryStore off() {
        return new HistoryStore(null, Duration.ZERO, JVM_RUN, Clock.systemUTC());
    }

    public boolean enabled() {
        return dir != null;
    }

    /** This run's name, as the entries it saves record it. */
    public String run() {
        return run;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Where entries go; null when off. */
    public Path directory() {
        return dir;
    }

    /** The entry saved under {@code key}, whole, unaltered and younger than the maximum age; else empty. */
    public Optional<Entry> find(HistoryKey key) {
        if (!enabled()) {
            return Optional.empty();
        }
        Path entry = entryDir(key);
        if (!Files.isDirectory(entry)) {
            return Optional.empty();
        }
        try {
            Properties p = load(entry.resolve(ENTRY));
            Instant created = Instant.parse(required(p, "created"));
            String savedBy = required(p, "run");
            if (created.plus(maxAge).isBefore(clock.instant())) {
                delete(entry);
                return Optional.empty();
            }
            List<Path> files = new ArrayList<>();
            for (String name : p.stringPropertyNames().stream().filter(n -> n.startsWith("file.")).sorted().toList()) {
                Path file = entry.resolve(name.substring("file.".length()));
                if (!Files.isRegularFile(file) || !p.getProperty(name).equals(sha(file))) {
                    throw new IOException(file.getFileName() + " is missing or altered");
                }
                files.add(file);
            }
            return Optional.of(new Entry(entry, created, savedBy, List.copyOf(files)));
        } catch (IOException | RuntimeException e) {
            System.err.println("racecard history: a miss, the entry " + entry + " is unreadable (" + e.getMessage()
                    + "); deleted");
            delete(entry);
            return Optional.empty();
        }
    }

    /**
     * Saves copies of {@code files} (distinct names) under {@code key}, stamped now and with this
     * run's name. A failure to write is a warning line and no entry: the history only ever saves time.
     *
     * @return whether this call saved the entry (false when off, on a failure, or when another JVM saved it first)
     */
    public boolean save(HistoryKey key, List<Path> files) {
        if (!enabled()) {
            return false;
        }
        Path target = entryDir(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), ".tmp-" + key.hash().substring(0, 12) + "-");
            Properties p = new Properties();
            p.setProperty("created", clock.instant().toString());
            p.setProperty("run", run);
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.equals(ENTRY) || name.equals(KEY_TEXT) || p.containsKey("file." + name)) {
                    throw new IllegalArgumentException("two files named " + name + " in one entry");
                }
                Files.copy(file, temp.resolve(name));
                p.setProperty("file." + name, sha(temp.resolve(name)));
            }
            key.parts().forEach((part, sha) -> p.setProperty("part." + part, sha));
            Files.write(temp.resolve(KEY_TEXT), key.lines());
            try (Writer out = Files.newBufferedWriter(temp.resolve(ENTRY))) {
                p.store(out, "racecard history entry; key " + key.hash());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            return false; // saved by another JVM meanwhile: same key, same content
        } catch (IOException e) {
            System.err.println("racecard history: not saved under " + key.hash() + ": " + e);
            return false;
        } finally {
            if (temp != null) {
                delete(temp);
            }
        }
    }

    private Path entryDir(HistoryKey key) {
        if (!KEY.matcher(key.hash()).matches()) {
            throw new IllegalArgumentException("not a history key: " + key.hash());
        }
        return dir.resolve(key.hash().substring(0, 2)).resolve(key.hash());
    }

    /** Deletes expired entries and abandoned temporary directories, at most once a {@link #SWEEP_EVERY}. */
    private void sweepIfDue() {
        Path marker = dir.resolve(SWEPT);
        Instant now = clock.instant();
        try {
            if (Files.exists(marker) && Files.getLastModifiedTime(marker).toInstant().plus(SWEEP_EVERY).isAfter(now)) {
                return;
            }
            Files.createDirectories(dir);
            Files.writeString(marker, now.toString());
            Files.setLastModifiedTime(marker, FileTime.from(now));
            try (Stream<Path> buckets = Files.list(dir)) {
                for (Path bucket : buckets.filter(Files::isDirectory).toList()) {
                    try (Stream<Path> entries = Files.list(bucket)) {
                        entries.filter(e -> expired(e, now)).forEach(HistoryStore::delete);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("racecard history: cannot sweep " + dir + ": " + e);
        }
    }

    private boolean expired(Path entry, Instant now) {
        try {
            if (entry.getFileName().toString().startsWith(".tmp-")) {
                return Files.getLastModifiedTime(entry).toInstant().plus(ABANDONED).isBefore(now);
            }
            return Instant.parse(required(load(entry.resolve(ENTRY)), "created")).plus(maxAge).isBefore(now);
        } catch (IOException | RuntimeException e) {
            return true; // unreadable: find would delete it too
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }

    private static String required(Properties p, String name) throws IOException {
        String value = p.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IOException("no " + name);
        }
        return value;
    }

    private static String sha(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Sha256.hex(in);
        }
    }

    /** Deletes a directory tree as far as it can: what is left is found again and deleted next time. */
    private static void delete(Path tree) {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // another JVM may be deleting it too
        }
    }
}
