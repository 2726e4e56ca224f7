package dev.racecard.stress;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.RunStatus;
import dev.racecard.evidence.SettingKeys;
import dev.racecard.history.HistoryKey;
import dev.racecard.history.HistoryStore;
import dev.racecard.report.Evidence;
import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import dev.racecard.report.ingest.JcstressFiles;
import dev.racecard.report.ingest.JcstressRunTime;
import dev.racecard.stress.StressRuns.GroupRun;
import dev.racecard.stress.StressRuns.PlannedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@UsesJcstressFixtures
class GroupHistoryTest {

    static final String FORBIDDEN_OBSERVED = "dev.racecard.report.fixtures.BrokenClaimsStress.ForbiddenObserved";
    static final String ACTOR_THROWS = "dev.racecard.report.fixtures.BrokenClaimsStress.ActorThrows";
    static final Instant RECORDED = Instant.parse("2026-12-08T01:00:00Z");

    @TempDir
    Path tmp;

    private HistoryStore store(String run) {
        return HistoryStore.open(tmp.resolve("history"), Duration.ofDays(7), run, Clock.fixed(RECORDED, ZoneOffset.UTC));
    }

    private static PlannedRun planned(List<String> tests, String options) {
        return new PlannedRun("fixtures", "fixtures", tests, Budget.Run.words(options), "", Budget.Schedule.IN_TURN);
    }

    @Test
    void theKeyIsTheTestsClassesWithTheirRunnersAndEverythingTheRunIsGiven() {
        GroupHistory history = GroupHistory.of(store("r1"), "");
        PlannedRun run = planned(List.of(FORBIDDEN_OBSERVED), "-m quick");
        HistoryKey key = history.key("gate", run, List.of("-Xmx256m")).orElseThrow();

        assertThat(key.lines()).anyMatch(l -> l.startsWith("class dev/racecard/report/fixtures/BrokenClaimsStress$ForbiddenObserved "))
                .anyMatch(l -> l.startsWith("class dev/racecard/report/fixtures/BrokenClaimsStress_ForbiddenObserved_jcstress "))
                .anyMatch(l -> l.startsWith("jar jcstress-core-"));
        assertThat(history.key("gate", run, List.of("-Xmx256m"))).contains(key);
        assertThat(List.of(
                history.key("gate", run, List.of("-Xmx512m")),
                history.key("thorough", run, List.of("-Xmx256m")),
                history.key("gate", planned(List.of(FORBIDDEN_OBSERVED), "-m tough"), List.of("-Xmx256m")),
                history.key("gate", planned(List.of(FORBIDDEN_OBSERVED, ACTOR_THROWS), "-m quick"), List.of("-Xmx256m")),
                history.key("gate", new PlannedRun("fixtures", "fixtures", run.tests(), run.options(), "",
                        Budget.Schedule.YIELDING), List.of("-Xmx256m")),
                // a class the tests never name, as a mutant substituted by its name
                history.dependingOn(Substitution.class.getName()).key("gate", run, List.of("-Xmx256m")),
                GroupHistory.of(store("r1"), "jcstress:" + FORBIDDEN_OBSERVED + "@p/v").key("gate", run, List.of("-Xmx256m"))))
                .allSatisfy(other -> assertThat(other).isPresent().isNotEqualTo(java.util.Optional.of(key)));
        assertThat(GroupHistory.off().key("gate", run, List.of())).isEmpty();
    }

    /** A finished run of the fixtures, as the driver leaves it: results, log, measured time. */
    private GroupRun ranFixtures(Path directory, HistoryKey key) throws IOException {
        Files.createDirectories(directory);
        Files.copy(JcstressFixtures.resultsFile(), directory.resolve(JcstressFixtures.resultsFile().getFileName()));
        Files.writeString(directory.resolve(StressRuns.LOG), "jcstress said things\n");
        JcstressRunTime.write(directory, "fixtures", 2, 12_000, "", 1);
        return StressRuns.judge(planned(List.of(FORBIDDEN_OBSERVED, ACTOR_THROWS), "-m quick"), directory, 1, 12, key, null);
    }

    @Test
    void aSavedRunIsRestoredWithAMarkerFromWhichTheReportMarksEveryTestReused() throws IOException {
        GroupHistory history = GroupHistory.of(store("run-1"), "");
        PlannedRun plan = planned(List.of(FORBIDDEN_OBSERVED, ACTOR_THROWS), "-m quick");
        HistoryKey key = history.key("gate", plan, List.of()).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        history.saveEach(List.of(ranFixtures(tmp.resolve("ran"), key)), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("stress-runs: saved in the history (").endsWith("): fixtures\n");

        GroupHistory later = GroupHistory.of(store("run-2"), "");
        HistoryStore.Entry entry = later.find(key).orElseThrow();
        Path restored = tmp.resolve("restored");
        Files.createDirectories(restored);
        Files.writeString(restored.resolve("jcstress-results-0-older.bin.gz"), "a leftover of an earlier run");
        later.restore(entry, restored);

        assertThat(restored.resolve("jcstress-results-0-older.bin.gz")).doesNotExist();
        assertThat(JcstressRunTime.exitCode(restored)).isEqualTo(1);
        List<Experiment> experiments = JcstressFiles.read(restored);
        assertThat(experiments).extracting(Experiment::testId).containsExactly(ACTOR_THROWS, FORBIDDEN_OBSERVED);
        assertThat(experiments).allSatisfy(e -> assertThat(e.settings())
                .containsEntry(SettingKeys.REUSED_FROM, "run-1")
                .containsEntry(SettingKeys.REUSED_RECORDED_AT, RECORDED.toString()));
        assertThat(JcstressFiles.read(tmp.resolve("ran"))).allSatisfy(e -> assertThat(e.settings())
                .doesNotContainKey(SettingKeys.REUSED_FROM));
    }

    private static GroupRun ran(HistoryKey key, List<String> missing, String problem, Experiment... results) {
        return new GroupRun(planned(List.of("x.A"), ""), Path.of("x"), 0, 1, missing, problem, List.of(results), key, null);
    }

    @Test
    void onlyAWholeRunIsKeptAndOfAProjectsTestsOnlyOneWithoutAForbiddenOutcome() throws IOException {
        HistoryKey key = HistoryKey.builder().text("t", "x").build();
        Experiment raceSeen = Evidence.run("p", "racy", Tool.JCSTRESS, "x.A", Expectation.INTERESTING, 5, 100);
        Experiment forbidden = Evidence.run("p", "correct", Tool.JCSTRESS, "x.A", Expectation.FORBIDDEN, 5, 100);
        Experiment timedOut = Evidence.withStatus(raceSeen, RunStatus.TIMEOUT, "hung");

        assertThat(GroupHistory.passed(ran(key, List.of(), null, raceSeen))).isTrue();
        assertThat(GroupHistory.passed(ran(key, List.of(), null, raceSeen, forbidden))).isFalse();
        assertThat(GroupHistory.ranWhole(ran(key, List.of(), null, raceSeen, forbidden))).as("a mutant's kill").isTrue();
        assertThat(GroupHistory.ranWhole(ran(key, List.of(), null, raceSeen, timedOut))).isFalse();
        assertThat(GroupHistory.ranWhole(ran(key, List.of("x.B"), null, raceSeen))).isFalse();
        assertThat(GroupHistory.ranWhole(ran(key, List.of(), "jcstress wrote no results"))).isFalse();
        assertThat(GroupHistory.ranWhole(ran(null, List.of(), null, raceSeen))).as("history off").isFalse();
        GroupRun reused = new GroupRun(planned(List.of("x.A"), ""), Path.of("x"), 0, 1, List.of(), null, List.of(raceSeen),
                key, new HistoryStore.Entry(tmp, RECORDED, "r", List.of()));
        assertThat(GroupHistory.ranWhole(reused)).as("kept already").isFalse();

        assertThat(GroupHistory.killed(List.of(ran(key, List.of(), null, raceSeen)))).isFalse();
        assertThat(GroupHistory.killed(List.of(ran(key, List.of(), null, raceSeen), ran(key, List.of(), null, forbidden)))).isTrue();
        // the real fixture run: a forbidden outcome and an actor that threw
        GroupRun fixtures = ranFixtures(tmp.resolve("fixtures"), key);
        assertThat(GroupHistory.passed(fixtures)).isFalse();
        assertThat(GroupHistory.ranWhole(fixtures)).isFalse();
    }

    @Test
    void aGroupWhoseKeyIsInTheHistoryIsRestoredNotRunAndTheDriverSaysSo() throws IOException {
        Budget budget = new Budget("b", List.of(Budget.Group.of("fixtures", "^dev\\.racecard\\.report\\.fixtures\\.",
                "-m quick", "")), List.of(), List.of("-Xmx256m"));
        GroupHistory history = GroupHistory.of(store("run-1"), "");
        PlannedRun plan = StressRuns.plan(budget, StressRunsTest.interleavings(ACTOR_THROWS, FORBIDDEN_OBSERVED)).get(0);
        HistoryKey key = history.key("b", plan, List.of("-Xmx256m", "-Dextra=1")).orElseThrow();
        history.saveEach(List.of(ranFixtures(tmp.resolve("ran"), key)), new PrintStream(new ByteArrayOutputStream()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<GroupRun> runs = StressRuns.run(budget, tmp.resolve("results"), Pattern.compile("^dev\\.racecard\\.report\\.fixtures\\."),
                List.of("-Dextra=1"), Duration.ofMinutes(3), GroupHistory.of(store("run-2"), ""),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.reused()).isNotNull();
            assertThat(r.problem()).isNull();
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.results()).hasSize(2);
        });
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("stress-runs: fixtures: 2 tests reused from run run-1 of "
                + RECORDED + " (").doesNotContain("jcstress exit");
        assertThat(Files.readString(tmp.resolve("results/fixtures").resolve(StressRuns.LOG))).isEqualTo("jcstress said things\n");
    }
}
