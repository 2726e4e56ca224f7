package dev.racecard.report.ingest;

import dev.racecard.catalog.Tool;
import dev.racecard.report.BadInputException;
import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.Outcome;
import dev.racecard.report.model.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads real jcstress results files (from {@link JcstressFixtures}) and broken ones. */
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
        assertThat(JcstressFiles.resolve(tmp)).isEqualTo(newest);
        assertThat(JcstressFiles.read(tmp)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void missingFileOrDirectoryIsBadInput() {
        assertThatThrownBy(() -> JcstressFiles.read(tmp.resolve("nope.bin.gz")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("do not exist");
        assertThatThrownBy(() -> JcstressFiles.read(tmp))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no jcstress-results-*.bin.gz file");
    }

    @Test
    void emptyFileIsBadInput() throws IOException {
        Path empty = Files.createFile(tmp.resolve("jcstress-results-empty.bin.gz"));
        assertThatThrownBy(() -> JcstressFiles.read(empty)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void truncatedFileIsBadInputNotASmallerRun() throws IOException {
        byte[] whole = Files.readAllBytes(JcstressFixtures.resultsFile());
        Path cut = tmp.resolve("cut.bin.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length * 2 / 3));
        assertThatThrownBy(() -> JcstressFiles.read(cut)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("is truncated");
    }

    @Test
    void corruptFileIsBadInput() throws IOException {
        Path notGzip = tmp.resolve("garbage.bin.gz");
        Files.writeString(notGzip, "<html>not a results file</html>");
        assertThatThrownBy(() -> JcstressFiles.read(notGzip)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("is corrupt");

        Path gzipOfGarbage = tmp.resolve("gzip-garbage.bin.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipOfGarbage))) {
            out.write("definitely not java serialization".getBytes());
        }
        assertThatThrownBy(() -> JcstressFiles.read(gzipOfGarbage)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("is corrupt");
    }
}
