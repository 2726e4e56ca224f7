package dev.racecard.poolshutdown;

import dev.racecard.experiments.ChildJvm;
import dev.racecard.patterns.poolshutdown.BatchProgram;
import dev.racecard.patterns.poolshutdown.UrlRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The experiment's reading of a run: what is in the log, how the JVM ended, and who held it after main. */
class PoolShutdownOutcomeTest {

    private static final String POOL_HELD = BatchProgram.MAIN_RETURNS + "\n" + BatchProgram.STILL_ALIVE
            + "pool-1-thread-1, pool-1-thread-2\n";

    @TempDir
    Path dir;

    private String classify(String log, boolean hung, int exitCode, String output) throws IOException {
        Path file = dir.resolve("records.log");
        Files.writeString(file, log);
        ChildJvm.Exit exit = new ChildJvm.Exit(hung ? -1 : exitCode, hung, Duration.ofMillis(500), output,
                Duration.ofMillis(300));
        return PoolShutdownExperiment.classify(exit, file, 3);
    }

    private static String records(int... ids) {
        StringBuilder s = new StringBuilder();
        for (int i : ids) {
            s.append(UrlRecords.record(i)).append('\n');
        }
        return s.toString();
    }

    @Test
    void exitAndRecordsTellTheEnding() throws IOException {
        assertThat(classify(records(2, 0, 1), false, 0, BatchProgram.MAIN_RETURNS + "\n")).isEqualTo("all-written-exited");
        assertThat(classify(records(0, 2), false, 0, BatchProgram.MAIN_RETURNS + "\n")).isEqualTo("work-lost");
        assertThat(classify("", false, 0, BatchProgram.MAIN_RETURNS + "\n")).isEqualTo("work-lost");
        assertThat(classify(records(0, 1, 2), true, 0, POOL_HELD)).isEqualTo("never-exits");
        // still failing through the queue of a closed log when killed
        assertThat(classify(records(1), true, 0, POOL_HELD)).isEqualTo("work-lost");
    }

    /** Killed with no word on who held the JVM: it may only have been slow to exit, so a timeout, not an outcome. */
    @Test
    void aKillWithoutTheThreadsThatHeldTheJvmIsATimeout() {
        assertThatThrownBy(() -> classify(records(0, 1, 2), true, 0, BatchProgram.MAIN_RETURNS + "\n"))
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> classify(records(0, 1, 2), true, 0, BatchProgram.MAIN_RETURNS + "\n"
                + BatchProgram.STILL_ALIVE + "\n")).hasMessageContaining("timeout");
    }

    @Test
    void anythingNoPoolEndingExplainsIsForbidden() throws IOException {
        assertThat(classify(records(0, 1, 1), false, 0, BatchProgram.MAIN_RETURNS)).isEqualTo("unexplained");
        assertThat(classify(records(0, 1) + "Result from", false, 0, BatchProgram.MAIN_RETURNS)).isEqualTo("unexplained");
        assertThat(classify(records(0, 1, 2), true, 0, BatchProgram.MAIN_RETURNS + "\n" + BatchProgram.STILL_ALIVE
                + "pool-1-thread-1, main-loop\n")).isEqualTo("unexplained");
        assertThat(classify(records(0, 1, 2), false, 1, BatchProgram.MAIN_RETURNS)).isEqualTo("failed");
        ChildJvm.Exit neverReturned = new ChildJvm.Exit(1, false, Duration.ofMillis(500), "Exception in thread main", null);
        assertThat(PoolShutdownExperiment.classify(neverReturned, dir.resolve("none.log"), 3)).isEqualTo("failed");
    }
}
