package dev.racecard.junit;

import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.EvidenceFiles;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.evidence.RunStatus;
import dev.racecard.history.HistoryKey;
import dev.racecard.history.HistoryStore;
import dev.racecard.reproduce.Reproduce;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One {@link RacecardTest} invocation (a test method, one subject) reused from the history while
 * nothing it depends on changed ({@link dev.racecard.history}). Its key: the class closure of the
 * test class and of the subject's implementation (the extension's own classes are in it: the test
 * names them), the test method, the subject, the catalog's pattern (what the gate expects of it)
 * and the environment.
 *
 * <p>A hit restores the invocation's evidence files, each marked with the run that recorded it and
 * when ({@link ReusedEvidence}), and skips the method: JUnit shows it <em>skipped</em>, with the
 * reason "reused evidence from run …". Skipped, not passed: the method did not run, and the
 * test report should not say it did; the evidence the gate grades is the one recorded then.
 *
 * <p>A miss runs the method and saves what it recorded only if every experiment ran (status OK),
 * the method did not throw, and the evidence is its subject's expected result, so that a result
 * the gate may count against the build is always measured again: a racy variant showed its race
 * and nothing forbidden; a correct variant nothing forbidden; a mutant was killed (a forbidden
 * outcome: the positive control's expected result), unless it is a declared blind spot. An
 * invocation that recorded nothing (the subject skips this tool) saves nothing: it costs nothing.
 * A reproduce line's focus ({@code racecard.focus}) means "run it again": no history then.
 */
final class EvidenceHistory implements InvocationInterceptor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EvidenceHistory.class);

    private final Evidence evidence;
    private final Pattern pattern;

    EvidenceHistory(Evidence evidence, Pattern pattern) {
        this.evidence = evidence;
        this.pattern = pattern;
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
                                            ExtensionContext context) throws Throwable {
        HistoryStore store = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(HistoryStore.class, k -> HistoryStore.open(), HistoryStore.class);
        HistoryKey key = store.enabled() && System.getProperty(Reproduce.FOCUS_PROPERTY, "").isBlank()
                ? key(method.getExecutable(), context.getRequiredTestClass()) : null;
        if (key != null) {
            var entry = store.find(key);
            if (entry.isPresent()) {
                restore(entry.get().files());
                invocation.skip();
                throw new TestAbortedException("reused evidence from run " + entry.get().run() + ", recorded "
                        + entry.get().created() + " (" + ReusedEvidence.age(entry.get().age(store.now()))
                        + " old): nothing it depends on changed; -D" + HistoryStore.PROPERTY + "=off runs it");
            }
        }
        invocation.proceed(); // a test that throws saves nothing
        if (key != null && worthKeeping(evidence.recorded())) {
            save(store, key);
        }
    }

    /** Null when the key cannot be computed (a class file it cannot read): then the test runs, one warning line. */
    private HistoryKey key(Method method, Class<?> testClass) {
        Subject subject = evidence.subject();
        try {
            return HistoryKey.builder()
                    .classClosure(testClass.getClassLoader(), testClass.getName(), subject.implementation())
                    .text("test method", testClass.getName() + "#" + method.getName()
                            + Arrays.stream(method.getParameterTypes()).map(Class::getName)
                            .collect(Collectors.joining(",", "(", ")")))
                    .text("subject", subject + " = " + subject.implementation())
                    .text("pattern", pattern.toString())
                    .environment()
                    .build();
        } catch (RuntimeException e) {
            System.err.println("racecard history: no key for " + evidence.testId() + " " + subject + ", so it runs: " + e);
            return null;
        }
    }

    private boolean worthKeeping(List<Experiment> recorded) {
        Subject subject = evidence.subject();
        return !recorded.isEmpty() && recorded.stream().allMatch(e -> e.status() == RunStatus.OK && (subject.mutant() == null
                ? e.observed(Expectation.FORBIDDEN) == 0
                && (subject.variant().kind() != VariantKind.RACY || e.demonstratesRace())
                : e.observed(Expectation.FORBIDDEN) > 0 || subject.mutant().declaredBlindSpot()));
    }

    /** Saves the files as they will be restored: marked with this run and now. */
    private void save(HistoryStore store, HistoryKey key) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("racecard-history");
            List<Path> files = new ArrayList<>();
            for (Experiment e : evidence.recorded()) {
                files.add(EvidenceFiles.write(temp, e.withSettings(ReusedEvidence.settings(store.run(), store.now()))));
            }
            store.save(key, files);
        } catch (IOException e) {
            System.err.println("racecard history: not saved for " + evidence.testId() + " " + evidence.subject() + ": " + e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void restore(List<Path> files) {
        try {
            Path dir = Files.createDirectories(evidence.directory());
            for (Path file : files) {
                Path temp = Files.createTempFile(dir, ".evidence", ".tmp");
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, dir.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore reused evidence into " + evidence.directory(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory: the OS cleans it
        }
    }
}
