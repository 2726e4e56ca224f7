package dev.racecard.report.ingest;

import dev.racecard.report.BadInputException;
import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.SettingKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UsesJcstressFixtures
class JcstressRunTimeTest {

    @TempDir
    Path run;

    @Test
    void everyTestOfATimedRunSaysHowLongTheRunTook() throws Exception {
        Path results = Files.copy(JcstressFixtures.resultsFile(), run.resolve(JcstressFixtures.resultsFile().getFileName()));
        JcstressRunTime.write(run, "interleaving", 17, 251_034, "", 0);

        List<Experiment> experiments = JcstressFiles.read(results);
        assertThat(experiments).isNotEmpty().allSatisfy(e -> {
            assertThat(e.settings()).containsEntry(SettingKeys.JCSTRESS_RUN, "17 tests in 251.0 s (group interleaving)");
            assertThat(e.durationMillis()).as("never split into per-test times nobody measured").isEqualTo(-1);
        });

        JcstressRunTime.write(run, "hoisting", 8, 153_000, "nice -n 19", 0);
        assertThat(JcstressFiles.read(results)).allSatisfy(e -> assertThat(e.settings())
                .containsEntry(SettingKeys.JCSTRESS_RUN, "8 tests in 153.0 s (group hoisting, at CPU priority nice -n 19)"));
    }

    @Test
    void aTestInTwoTimedRunsNamesBoth() throws Exception {
        Path first = Files.createDirectories(run.resolve("hoisting-interpreter"));
        Path second = Files.createDirectories(run.resolve("hoisting-tiered"));
        Files.copy(JcstressFixtures.resultsFile(), first.resolve(JcstressFixtures.resultsFile().getFileName()));
        Files.copy(JcstressFixtures.resultsFile(), second.resolve("jcstress-results-2.bin.gz"));
        JcstressRunTime.write(first, "hoisting", 8, 31_000, "", 0);
        JcstressRunTime.write(second, "hoisting", 8, 132_000, "nice -n 19", 1);
        assertThat(JcstressRunTime.exitCode(first)).isZero();
        assertThat(JcstressRunTime.exitCode(second)).as("what a run restored from the history exited with").isEqualTo(1);

        assertThat(JcstressFiles.read(run)).isNotEmpty().allSatisfy(e -> assertThat(e.settings()).containsEntry(
                SettingKeys.JCSTRESS_RUN, "8 tests in 31.0 s (group hoisting); 8 tests in 132.0 s (group hoisting, at CPU priority nice -n 19)"));
    }

    @Test
    void anUntimedRunSaysNothingAndACorruptTimeIsBadInput() throws Exception {
        Path results = Files.copy(JcstressFixtures.resultsFile(), run.resolve(JcstressFixtures.resultsFile().getFileName()));
        assertThat(JcstressFiles.read(results)).allSatisfy(e -> assertThat(e.settings()).doesNotContainKey(SettingKeys.JCSTRESS_RUN));

        Files.writeString(run.resolve(JcstressRunTime.FILE), "millis=-5\ntests=2\n");
        assertThatThrownBy(() -> JcstressFiles.read(results)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("is corrupt");
    }
}
