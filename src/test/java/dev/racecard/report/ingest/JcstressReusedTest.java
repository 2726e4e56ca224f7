package dev.racecard.report.ingest;

import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.evidence.SettingKeys;
import dev.racecard.report.BadInputException;
import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A jcstress group the driver restored from the history: its marker file marks every test of it. */
@UsesJcstressFixtures
class JcstressReusedTest {

    @TempDir
    Path run;

    @Test
    void theTestsOfARestoredGroupSayFromWhichRunAndTheOthersDoNot() throws Exception {
        Path restored = Files.createDirectories(run.resolve("c2"));
        Path ran = Files.createDirectories(run.resolve("interpreter"));
        Files.copy(JcstressFixtures.resultsFile(), restored.resolve(JcstressFixtures.resultsFile().getFileName()));
        ReusedEvidence.writeMarker(restored, "20261208-0700", Instant.parse("2026-12-08T07:00:00Z"));

        assertThat(JcstressFiles.read(restored)).isNotEmpty().allSatisfy(e -> assertThat(e.settings())
                .containsEntry(SettingKeys.REUSED_FROM, "20261208-0700")
                .containsEntry(SettingKeys.REUSED_RECORDED_AT, "2026-12-08T07:00:00Z"));

        Files.copy(JcstressFixtures.resultsFile(), ran.resolve(JcstressFixtures.resultsFile().getFileName()));
        assertThat(JcstressFiles.read(ran)).allSatisfy(e -> assertThat(ReusedEvidence.reused(e)).isFalse());
    }

    @Test
    void aMarkerWithoutItsRunIsBadInput() throws Exception {
        Path results = Files.copy(JcstressFixtures.resultsFile(), run.resolve(JcstressFixtures.resultsFile().getFileName()));
        Files.writeString(run.resolve(ReusedEvidence.MARKER), "nothing=here\n");

        assertThatThrownBy(() -> JcstressFiles.read(results)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("history marker").hasMessageContaining("names no run");
    }
}
