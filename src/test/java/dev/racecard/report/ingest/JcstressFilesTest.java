package dev.racecard.report.ingest;

import dev.racecard.catalog.Tool;
import dev.racecard.report.BadInputException;
import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads real jcstress results files (from {@link JcstressFixtures}); broken ones are in {@link JcstressCorruptionTest}. */
@UsesJcstressFixtures
class JcstressFilesTest {

    static final String FORBIDDEN_TEST = "dev.racecard.report.fixtures.BrokenClaimsStress.ForbiddenObserved";
    static final String THROWING_TEST = "dev.racecard.report.fixtures.BrokenClaimsStress.ActorThrows";

    @TempDir
    Path tmp;

    private static Experiment byName(List<Experiment> experiments, String name) {
        return experiments.stream().filter(e -> e.testId().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsForbiddenOutcomeGradedByJcstressItself() {
        List<Experiment> experiments = JcstressFiles.read(JcstressFixtures.resultsFile());
        Experiment forbidden = byName(experiments, FORBIDDEN_TEST);

        assertThat(forbidden.tool()).isEqualTo(Tool.JCSTRESS);
        assertThat(forbidden.status()).isEqualTo(RunStatus.OK);
        assertThat(forbidden.pattern()).isNull();
        Outcome lost = forbidden.outcomes().stream().filter(o -> o.id().equals("1")).findFirst().orElseThrow();
        assertThat(lost.expectation()).isEqualTo(Expectation.FORBIDDEN);
        assertThat(lost.description()).isEqualTo("lost update <script>alert('x')</script>");
        assertThat(lost.count()).isPositive();
        assertThat(forbidden.totalCount()).isGreaterThan(lost.count());
        assertThat(forbidden.configurations()).isNotEmpty();
        long perConfigurationTotal = forbidden.configurations().stream()
                .flatMap(c -> c.outcomes().stream()).mapToLong(Outcome::count).sum();
        assertThat(perConfigurationTotal).isEqualTo(forbidden.totalCount());
        assertThat(forbidden.environment()).containsKeys("jdk", "os", "arch");
    }

    @Test
    void readsTestErrorAsErroredExperiment() {
        Experiment throwing = byName(JcstressFiles.read(JcstressFixtures.resultsFile()), THROWING_TEST);
        assertThat(throwing.status()).isEqualTo(RunStatus.ERROR);
        assertThat(String.join("\n", throwing.messages())).contains("boom </pre><script>alert(1)</script>");
    }

    @Test
    void directoryMeansItsNewestResultsFile() throws IOException {
        Path older = tmp.resolve("jcstress-results-2020-01-01-00-00-00.bin.gz");
        Files.write(older, new byte[]{1, 2, 3});
        Path newest = tmp.resolve("jcstress-results-2030-01-01-00-00-00.bin.gz");
        Files.copy(JcstressFixtures.resultsFile(), newest);
        assertThat(JcstressFiles.resolve(tmp)).containsExactly(newest);
        assertThat(JcstressFiles.read(tmp)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void directoryAlsoMeansTheNewestResultsFileOfEachSubdirectoryOneLevelDown() throws IOException {
        Path first = Files.createDirectories(tmp.resolve("a-group"));
        Files.write(first.resolve("jcstress-results-2020-01-01-00-00-00.bin.gz"), new byte[]{1, 2, 3});
        Path firstNewest = Files.copy(JcstressFixtures.resultsFile(), first.resolve("jcstress-results-2030-01-01-00-00-00.bin.gz"));
        Path second = Files.createDirectories(tmp.resolve("b-group"));
        Path secondOnly = Files.copy(JcstressFixtures.resultsFile(), second.resolve("jcstress-results-2021-01-01-00-00-00.bin.gz"));
        Path deeper = Files.createDirectories(second.resolve("report"));
        Files.write(deeper.resolve("jcstress-results-2031-01-01-00-00-00.bin.gz"), new byte[]{1, 2, 3});

        assertThat(JcstressFiles.resolve(tmp)).containsExactly(firstNewest, secondOnly);
    }

    @Test
    void aTestInSeveralFilesIsOneExperimentOverAllTheirConfigurations() throws IOException {
        Files.copy(JcstressFixtures.resultsFile(), Files.createDirectories(tmp.resolve("one")).resolve("jcstress-results-1.bin.gz"));
        Files.copy(JcstressFixtures.resultsFile(), Files.createDirectories(tmp.resolve("two")).resolve("jcstress-results-2.bin.gz"));
        Experiment once = byName(JcstressFiles.read(JcstressFixtures.resultsFile()), FORBIDDEN_TEST);

        List<Experiment> both = JcstressFiles.read(tmp);

        assertThat(both.stream().filter(e -> e.testId().equals(FORBIDDEN_TEST))).hasSize(1);
        Experiment twice = byName(both, FORBIDDEN_TEST);
        assertThat(twice.totalCount()).isEqualTo(2 * once.totalCount());
        long perConfigurationTotal = twice.configurations().stream()
                .flatMap(c -> c.outcomes().stream()).mapToLong(Outcome::count).sum();
        assertThat(perConfigurationTotal).isEqualTo(twice.totalCount());
    }

    @Test
    void eachConfigurationCarriesItsJvmFlagsAndCompilation() {
        Experiment forbidden = byName(JcstressFiles.read(JcstressFixtures.resultsFile()), FORBIDDEN_TEST);
        // the fixture run: -jvmArgs -Xmx256m, unified compilation (-sc false)
        assertThat(forbidden.configurations()).allSatisfy(c -> {
            assertThat(c.jvmArgs()).contains("-Xmx256m");
            assertThat(c.compilation()).isEqualTo("unified: tiered (C1, then C2)");
        });
    }

    @Test
    void unifiedCompilationIsReadFromTheFlagsOfJcstressMatrix() {
        assertThat(JcstressCompilation.unifiedCompilers(List.of("-Xmx256m", "-XX:+UseBiasedLocking"))).isEqualTo("tiered (C1, then C2)");
        assertThat(JcstressCompilation.unifiedCompilers(List.of("-XX:-UseBiasedLocking", "-Xint"))).isEqualTo("interpreter only");
        assertThat(JcstressCompilation.unifiedCompilers(List.of("-XX:TieredStopAtLevel=1"))).isEqualTo("C1 only");
        assertThat(JcstressCompilation.unifiedCompilers(List.of("-XX:-TieredCompilation", "-XX:+StressLCM"))).isEqualTo("C2 only");
        assertThat(JcstressCompilation.unifiedCompilers(List.of("-Xint", "-Xmixed"))).isEqualTo("tiered (C1, then C2)");
    }

    @Test
    void missingFileOrDirectoryIsBadInput() {
        assertThatThrownBy(() -> JcstressFiles.read(tmp.resolve("nope.bin.gz")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("do not exist");
        assertThatThrownBy(() -> JcstressFiles.read(tmp))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no jcstress-results-*.bin.gz file in " + tmp + " or its subdirectories");
    }

    @Test
    void theTestsDescriptionIsTheFirstSetting() {
        Experiment forbidden = byName(JcstressFiles.read(JcstressFixtures.resultsFile()), FORBIDDEN_TEST);
        assertThat(forbidden.settings().entrySet().iterator().next())
                .isEqualTo(Map.entry("description", "fixture: a racy increment wrongly declared correct"));
        assertThat(forbidden.settings()).containsKeys("configurations", "iterations");
    }

    @Test
    void aMissingOrBlankDescriptionIsNoSetting() {
        // jcstress's processor writes a missing @Description into the TestList as the text "null"
        for (String none : Arrays.asList(null, "null", "", "  \t")) {
            TestInfo info = new TestInfo("t.T", "t.T", "t.T_jcstress", none, 1, List.of("actor1"), false);
            assertThat(JcstressFiles.description(info)).as("description %s", none).isNull();
            assertThat(JcstressFiles.settings(JcstressFiles.description(info), null, 1)).doesNotContainKey("description");
        }
        assertThat(JcstressFiles.description(null)).isNull();
        TestInfo described = new TestInfo("t.T", "t.T", "t.T_jcstress", " lost update ", 1, List.of("actor1"), false);
        assertThat(JcstressFiles.description(described)).isEqualTo("lost update");
    }

    @Test
    void jcstressRecordsNoDurationSoNoneIsMade() {
        // TestResult and TestConfig carry no time, only the requested iterations and time per iteration
        assertThat(JcstressFiles.read(JcstressFixtures.resultsFile())).allSatisfy(e -> assertThat(e.durationMillis()).isEqualTo(-1));
    }

    @Test
    void aRealFileReadsTheSameRecordsAsJcstressItself() throws Exception {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(JcstressFixtures.resultsFile().toString(), collector);
        try {
            reader.dump();
        } finally {
            reader.close();
        }
        List<TestResult> ours = JcstressStream.read(JcstressFixtures.resultsFile());
        assertThat(ours).extracting(r -> r.getName() + " " + r.getConfig().jvmArgs + " " + r.getTotalCount())
                .containsExactlyInAnyOrderElementsOf(collector.getTestResults().stream()
                        .map(r -> r.getName() + " " + r.getConfig().jvmArgs + " " + r.getTotalCount()).toList());
    }

    @Test
    void aBrokenFileInADirectoryFailsTheWholeRead() throws IOException {
        Files.copy(JcstressFixtures.resultsFile(), Files.createDirectories(tmp.resolve("good")).resolve("jcstress-results-1.bin.gz"));
        Path bad = Files.createDirectories(tmp.resolve("bad")).resolve("jcstress-results-1.bin.gz");
        Files.write(bad, Arrays.copyOf(Files.readAllBytes(JcstressFixtures.resultsFile()), 100));
        assertThatThrownBy(() -> JcstressFiles.read(tmp)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("jcstress results file " + bad + " is truncated");
    }
}
