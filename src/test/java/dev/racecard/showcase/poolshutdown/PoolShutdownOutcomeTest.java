package dev.racecard.showcase.poolshutdown;

import dev.racecard.experiments.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The experiments' reading of a run: what is in the log, how main and the JVM ended, and who held it after main. */
class PoolShutdownOutcomeTest {

    private static final String ENDS = BatchProgram.MAIN_ENDS + "\n";
    private static final String POOL_HELD = ENDS + BatchProgram.STILL_ALIVE + "pool-1-thread-1, pool-1-thread-2\n";
    private static final String THREW_FETCH = ENDS + BatchProgram.MAIN_THROWS
            + "java.util.concurrent.ExecutionException: java.io.IOException: " + BatchProgram.FETCH_FAILED + "url1"
            + " <- java.io.IOException: " + BatchProgram.FETCH_FAILED + "url1\n";
    private static final BatchOutcomes.Batch NONE_FAIL = new BatchOutcomes.Batch(3, 0);
    /** url1 fails: its record is never written */
    private static final BatchOutcomes.Batch SECOND_FAILS = new BatchOutcomes.Batch(3, 1_000);

    @TempDir
    Path dir;

    private String classify(BatchOutcomes.Batch batch, String log, boolean hung, int exitCode, String output)
            throws IOException {
        Path file = dir.resolve("records.log");
        Files.writeString(file, log);
        ChildJvm.Exit exit = new ChildJvm.Exit(hung ? -1 : exitCode, hung, Duration.ofMillis(500), output,
                Duration.ofMillis(300));
        return BatchOutcomes.classify(exit, file, batch);
    }

    private String classify(String log, boolean hung, int exitCode, String output) throws IOException {
        return classify(NONE_FAIL, log, hung, exitCode, output);
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
        assertThat(classify(records(2, 0, 1), false, 0, ENDS)).isEqualTo("all-written-exited");
        assertThat(classify(records(0, 2), false, 0, ENDS)).isEqualTo("work-lost");
        assertThat(classify("", false, 0, ENDS)).isEqualTo("work-lost");
        assertThat(classify(records(0, 1, 2), true, 0, POOL_HELD)).isEqualTo("never-exits");
        // still failing through the queue of a closed log when killed
        assertThat(classify(records(1), true, 0, POOL_HELD)).isEqualTo("work-lost");
    }

    /** Killed with no word on who held the JVM: it may only have been slow to exit, so a timeout, not an outcome. */
    @Test
    void aKillWithoutTheThreadsThatHeldTheJvmIsATimeout() {
        assertThatThrownBy(() -> classify(records(0, 1, 2), true, 0, ENDS))
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> classify(records(0, 1, 2), true, 0, ENDS
                + BatchProgram.STILL_ALIVE + "\n")).hasMessageContaining("timeout");
    }

    @Test
    void aFailedTaskIsReportedOnlyByMainThrowingIt() throws IOException {
        assertThat(classify(SECOND_FAILS, records(0, 2), false, 1, THREW_FETCH)).isEqualTo("failure-reported");
        assertThat(classify(SECOND_FAILS, records(2, 0), false, 0, ENDS)).isEqualTo("failure-lost");
        // the first failure thrown while the log was closed under the queue
        assertThat(classify(SECOND_FAILS, records(0), false, 1, THREW_FETCH)).isEqualTo("work-lost");
        assertThat(classify(SECOND_FAILS, records(0, 2), true, 1, THREW_FETCH + BatchProgram.STILL_ALIVE
                + "pool-1-thread-1\n")).isEqualTo("never-exits");
        // an error that is not the task's: the program's own timeout
        assertThat(classify(SECOND_FAILS, records(0, 2), false, 1, ENDS + BatchProgram.MAIN_THROWS
                + "java.util.concurrent.TimeoutException: the batch was not done within a minute\n")).isEqualTo("failed");
        // a failing task writes no record: url1's in the log cannot be explained
        assertThat(classify(SECOND_FAILS, records(0, 1, 2), false, 1, THREW_FETCH)).isEqualTo("unexplained");
    }

    @Test
    void anythingNoPoolEndingExplainsIsForbidden() throws IOException {
        assertThat(classify(records(0, 1, 1), false, 0, ENDS)).isEqualTo("unexplained");
        assertThat(classify(records(0, 1) + "Result from", false, 0, ENDS)).isEqualTo("unexplained");
        assertThat(classify(records(0, 1, 2), true, 0, ENDS + BatchProgram.STILL_ALIVE
                + "pool-1-thread-1, main-loop\n")).isEqualTo("unexplained");
        assertThat(classify(records(0, 1, 2), false, 1, ENDS)).isEqualTo("failed");
        ChildJvm.Exit neverEnded = new ChildJvm.Exit(1, false, Duration.ofMillis(500), "Exception in thread main", null);
        assertThat(BatchOutcomes.classify(neverEnded, dir.resolve("none.log"), NONE_FAIL)).isEqualTo("failed");
    }

    @Test
    void aKillBeforeMainEndedIsATimeoutUnlessMainSaidItWasStuck() throws IOException {
        ChildJvm.Exit killed = new ChildJvm.Exit(-1, true, Duration.ofSeconds(90), "", null);
        assertThatThrownBy(() -> BatchOutcomes.classify(killed, dir.resolve("none.log"), NONE_FAIL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("main did not end");
        ChildJvm.Exit stuck = new ChildJvm.Exit(-1, true, Duration.ofSeconds(90), BatchProgram.MAIN_STUCK
                + "java.util.concurrent.FutureTask.get(FutureTask.java:191)\n", null);
        assertThat(BatchOutcomes.classify(stuck, dir.resolve("none.log"), NONE_FAIL)).isEqualTo("main-stuck");
    }
}
