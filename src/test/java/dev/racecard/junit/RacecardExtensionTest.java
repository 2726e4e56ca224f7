package dev.racecard.junit;

import dev.racecard.report.ingest.EvidenceReader;

import dev.racecard.api.CatalogProvider;
import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.evidence.EvidenceFiles;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.evidence.SettingKeys;
import dev.racecard.history.HistoryStore;
import dev.racecard.reproduce.Reproduce;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Runs sample tests through the extension, as a user's build does, and reads what they recorded. */
class RacecardExtensionTest {

    /** What a trial sees of the subject: the outcome it reports. */
    public interface Box {
        String open();
    }

    public static final class RacyBox implements Box {
        public String open() {
            return "bad";
        }
    }

    public static final class SafeBox implements Box {
        public String open() {
            return "good";
        }
    }

    /** A mutant its trials kill: every trial is forbidden, so the first one ends them. */
    public static final class BrokenBox implements Box {
        public String open() {
            return "bad";
        }
    }

    /** A mutant of another tool: a class whose experiments are all JUnit trials never runs it. */
    public static final class LincheckOnlyBox implements Box {
        public String open() {
            return "bad";
        }
    }

    public static final class SampleCatalog implements CatalogProvider {
        @Override
        public List<Pattern> patterns() {
            return List.of(Racecard.pattern("box", "Box", "a box opens")
                    .racy("racy", RacyBox.class, "always bad").junit(Sample.class).junit(Refined.class)
                    .junit(Listed.class)
                    .correct("safe", SafeBox.class, "always good").junit(Sample.class).junit(Refined.class)
                    .junit(Listed.class).junit(Misnamed.class)
                    .mutant(Mutant.of("broken", BrokenBox.class.getName(), "bad after all", Tool.JUNIT))
                    .mutant(Mutant.of("lincheck-only", LincheckOnlyBox.class.getName(), "bad", Tool.LINCHECK))
                    .build(),
                    Racecard.pattern("lid", "Lid", "results the history must measure again")
                    .racy("quiet", SafeBox.class, "its race never shows").junit(Unremarkable.class)
                    .correct("tight", SafeBox.class, "always good").junit(Unremarkable.class)
                    .mutant(Mutant.of("harmless", SafeBox.class.getName(), "no mistake after all", Tool.JUNIT))
                    .correct("thrown", SafeBox.class, "its test throws").junit(Throwing.class)
                    .build());
        }
    }

    static class Sample {
        @RacecardTest(pattern = "box")
        void opens(Evidence evidence) throws Exception {
            evidence.trials(5)
                    .acceptable("good", "the box opened")
                    .race("bad", "the box broke")
                    .run(() -> evidence.create(Box.class).open());
        }
    }

    /** Refines its evidence as the trials go: a setting, a description, an outcome declared when seen, a stop. */
    static class Refined {
        @RacecardTest(pattern = "box")
        void opensUntilEnough(Evidence evidence) throws Exception {
            AtomicInteger opened = new AtomicInteger();
            Trials trials = evidence.trials(10)
                    .acceptable("good", "the box opened")
                    .setting("boxes", "a new one each trial")
                    .stopWhen(() -> opened.get() == 3, "three were enough");
            trials.run(() -> {
                String outcome = evidence.create(Box.class).open();
                trials.describe("good", "the box opened; " + opened.incrementAndGet() + " trials so far");
                if (outcome.equals("bad")) {
                    trials.forbidden("bad", "the box broke, which nobody expected");
                }
                return outcome;
            });
        }
    }

    /** Tests that name their variants. */
    static class Listed {
        @RacecardTest(pattern = "box", variant = {"racy", "safe"})
        void both(Evidence evidence) throws Exception {
            evidence.trials(1).acceptable("good", "opened").race("bad", "broke")
                    .run(() -> evidence.create(Box.class).open());
        }

        @RacecardTest(pattern = "box", variant = "safe")
        void safeOnly(Evidence evidence) {
            assertThat(evidence.variant().id()).isEqualTo("safe");
        }
    }

    /** A racy variant whose race does not show, a correct one, and a mutant that survives. */
    static class Unremarkable {
        @RacecardTest(pattern = "lid")
        void opens(Evidence evidence) throws Exception {
            evidence.trials(2).acceptable("good", "opened").race("bad", "broke")
                    .run(() -> evidence.create(Box.class).open());
        }
    }

    static class Throwing {
        @RacecardTest(pattern = "lid")
        void opensThenFails(Evidence evidence) throws Exception {
            evidence.trials(2).acceptable("good", "opened").race("bad", "broke")
                    .run(() -> evidence.create(Box.class).open());
            throw new AssertionError("the test's own check failed after its trials");
        }
    }

    static class Misnamed {
        @RacecardTest(pattern = "box", variant = {"safe", "nope"})
        void opens(Evidence evidence) {
        }
    }

    @TempDir
    Path evidenceDir;
    @TempDir
    Path historyDir;
    /** -Dracecard.history: off unless a test turns it on, in a directory of the test's own. */
    private String historyMode = "off";

    private final Properties saved = (Properties) System.getProperties().clone();

    @AfterEach
    void restoreProperties() {
        System.setProperties(saved);
    }

    private TestExecutionSummary run(String mutants, String focus) {
        return run(Sample.class, mutants, focus);
    }

    private TestExecutionSummary run(Class<?> tests, String mutants, String focus) {
        System.setProperty(HistoryStore.PROPERTY, historyMode); // never the user's own store
        System.setProperty(HistoryStore.DIR_PROPERTY, historyDir.toString());
        System.setProperty(EvidenceDirectory.PROPERTY, evidenceDir.toString());
        System.setProperty(RacecardExtension.CATALOG_PROPERTY, SampleCatalog.class.getName());
        System.setProperty(SubjectSelection.MUTANTS_PROPERTY, mutants);
        System.setProperty(Reproduce.FOCUS_PROPERTY, focus);
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(tests))
                .build(), listener);
        return listener.getSummary();
    }

    private Map<String, Experiment> recorded() {
        return EvidenceReader.readAll(evidenceDir).stream().collect(Collectors.toMap(
                e -> e.variant() + (e.mutant() == null ? "" : "~" + e.mutant()), e -> e));
    }

    private static long count(Experiment experiment, String outcome) {
        return experiment.outcomes().stream().filter(o -> o.id().equals(outcome)).mapToLong(Outcome::count).sum();
    }

    @Test
    void eachVariantAndEachMutantSelectedForTheToolRunsOnceInTheVariantsPlace() {
        TestExecutionSummary summary = run("gate", "");

        // racy, safe, safe~broken: the Lincheck-only mutant has no experiment in this JUnit-only class
        assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
        assertThat(summary.getTestsFailedCount()).isZero();
        Map<String, Experiment> recorded = recorded();
        assertThat(recorded).containsOnlyKeys("racy", "safe", "safe~broken");
        assertThat(recorded.get("safe~broken").testId()).isEqualTo(Racecard.testId(Sample.class, "safe"));
        assertThat(count(recorded.get("racy"), "bad")).as("a racy variant stops at its first race").isEqualTo(1);
        assertThat(recorded.get("racy").settings()).containsEntry(SettingKeys.STOPPED_AT_RACE,
                "after 1 of 5 trials, at the first race: one demonstrates it; -Dracecard.trials.full=true "
                + "runs them all");
        assertThat(count(recorded.get("safe"), "good")).as("a correct variant runs its full count").isEqualTo(5);
        assertThat(count(recorded.get("safe~broken"), "bad")).as("a mutant stops at its first forbidden outcome")
                .isEqualTo(1);
    }

    @Test
    void fullTrialsRunARacyVariantsWholeCountAndSayItForTheReproduceLine() {
        System.setProperty(Reproduce.FULL_TRIALS_PROPERTY, "true");

        assertThat(run("none", "").getTestsFailedCount()).isZero();

        Experiment racy = recorded().get("racy");
        assertThat(count(racy, "bad")).isEqualTo(5);
        assertThat(racy.settings()).doesNotContainKey(SettingKeys.STOPPED_AT_RACE)
                .containsEntry(Reproduce.FULL_TRIALS_SETTING, "true");
        assertThat(Reproduce.command(racy)).contains("-Dracecard.trials.full=true");
    }

    @Test
    void withoutMutantsOnlyTheVariantsRun() {
        assertThat(run("none", "").getTestsSucceededCount()).isEqualTo(2);
        assertThat(recorded()).containsOnlyKeys("racy", "safe");
    }

    @Test
    void aFocusRunsTheFocusedVariantAndItsMutantAlone() {
        String focus = "junit:" + Racecard.testId(Sample.class, "safe") + "@box/safe~broken";

        TestExecutionSummary summary = run("none", focus);

        assertThat(summary.getTestsFailedCount()).isZero();
        assertThat(recorded()).containsOnlyKeys("safe", "safe~broken");
    }

    @Test
    void aFocusOnAnotherExperimentRunsNothingAndFailsNothing() {
        TestExecutionSummary summary = run("gate", "junit:com.example.Other#safe@box/safe");

        assertThat(summary.getTestsFailedCount()).isZero();
        assertThat(recorded()).isEmpty();
    }

    @Test
    void aTrialRefinesItsEvidenceAndStopsWhenItHasEnough() {
        assertThat(run(Refined.class, "none", "").getTestsFailedCount()).isZero();

        Experiment safe = recorded().get("safe");
        assertThat(safe.settings()).containsEntry("boxes", "a new one each trial").containsEntry("trials", "10")
                .containsEntry("stopped", "after 3 trials: three were enough");
        assertThat(safe.outcomes()).extracting(Outcome::id).as("an outcome declared when seen shows only if seen")
                .containsExactly("good");
        assertThat(safe.outcomes().get(0).description()).isEqualTo("the box opened; 3 trials so far");
        assertThat(count(safe, "good")).isEqualTo(3);
        Experiment racy = recorded().get("racy");
        assertThat(racy.outcomes()).extracting(Outcome::id, Outcome::expectation)
                .containsExactly(tuple("good", Expectation.ACCEPTABLE), tuple("bad", Expectation.FORBIDDEN));
        assertThat(count(racy, "bad")).isEqualTo(3);
    }

    @Test
    void aTestRunsTheVariantsItNames() {
        TestExecutionSummary summary = run(Listed.class, "none", "");

        assertThat(summary.getTestsFailedCount()).isZero();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(3); // both: racy, safe; safeOnly: safe
        assertThat(recorded()).containsOnlyKeys("racy", "safe");
    }

    @Test
    void aTestNamingAVariantWithoutItsExperimentFailsSayingWhich() {
        TestExecutionSummary summary = run(Misnamed.class, "none", "");

        assertThat(summary.getFailures()).singleElement().satisfies(f -> assertThat(f.getException())
                .hasMessageContaining("no variant of box named [nope] declares an experiment"));
    }

    private void withHistory() {
        historyMode = "on";
        System.setProperty(HistoryStore.RUN_PROPERTY, "first");
    }

    @Test
    void aSecondRunReusesEachInvocationsEvidenceMarkedAndSkipsItsMethod() throws Exception {
        withHistory();
        assertThat(run("gate", "").getTestsSucceededCount()).isEqualTo(3);
        Map<String, Experiment> first = recorded();
        clearEvidence();
        System.setProperty(HistoryStore.RUN_PROPERTY, "second");

        TestExecutionSummary second = run("gate", "");

        assertThat(second.getTestsSucceededCount()).isZero();
        assertThat(second.getTestsAbortedCount()).as("skipped, with the run they came from").isEqualTo(3);
        Map<String, Experiment> reused = recorded();
        assertThat(reused).containsOnlyKeys("racy", "safe", "safe~broken");
        reused.forEach((subject, e) -> {
            assertThat(ReusedEvidence.reused(e)).isTrue();
            assertThat(e.settings()).containsEntry(SettingKeys.REUSED_FROM, "first")
                    .containsKey(SettingKeys.REUSED_RECORDED_AT);
            assertThat(e.outcomes()).isEqualTo(first.get(subject).outcomes());
        });
        assertThat(first.values()).noneMatch(ReusedEvidence::reused);
    }

    @Test
    void resultsTheGateMayCountAgainstTheBuildAreMeasuredAgain() throws Exception {
        withHistory();
        run(Unremarkable.class, "gate", "");
        run(Throwing.class, "none", "");
        clearEvidence();

        TestExecutionSummary again = run(Unremarkable.class, "gate", "");
        TestExecutionSummary thrownAgain = run(Throwing.class, "none", "");

        // tight is reused; quiet (race not shown) and tight~harmless (survived) run again
        assertThat(again.getTestsAbortedCount()).isEqualTo(1);
        assertThat(again.getTestsSucceededCount()).isEqualTo(2);
        assertThat(thrownAgain.getTestsFailedCount()).as("a test that threw is never reused").isEqualTo(1);
        assertThat(recorded()).containsOnlyKeys("quiet", "tight", "tight~harmless", "thrown");
        assertThat(recorded().get("tight").settings()).containsKey(SettingKeys.REUSED_FROM);
        assertThat(recorded().get("quiet").settings()).doesNotContainKey(SettingKeys.REUSED_FROM);
    }

    @Test
    void aForbiddenOutcomeOfAVariantIsNeverSaved() throws Exception {
        withHistory();
        run(Refined.class, "none", ""); // racy saw "bad", declared forbidden when seen
        clearEvidence();

        TestExecutionSummary again = run(Refined.class, "none", "");

        assertThat(again.getTestsSucceededCount()).as("racy runs again").isEqualTo(1);
        assertThat(again.getTestsAbortedCount()).as("safe is reused").isEqualTo(1);
    }

    @Test
    void offRunsEverythingAndABadValueSaysWhatItShouldBe() {
        withHistory();
        run("gate", "");
        historyMode = "off";
        assertThat(run("gate", "").getTestsSucceededCount()).isEqualTo(3);

        historyMode = "maybe";
        assertThat(run("gate", "").getFailures()).hasSize(3).allSatisfy(f -> assertThat(f.getException())
                .hasMessage("-Dracecard.history=maybe: on or off"));
    }

    private void clearEvidence() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(evidenceDir)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.delete(f);
            }
        }
    }
}
