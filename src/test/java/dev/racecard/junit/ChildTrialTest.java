package dev.racecard.junit;

import dev.racecard.experiments.ChildJvm;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildTrialTest {

    private static ChildJvm.Exit exit(int status, boolean killed, Duration ready, String... lines) {
        return new ChildJvm.Exit(status, killed, Duration.ofSeconds(1), String.join("\n", lines), ready);
    }

    @Test
    void aChildKilledAtItsOwnEvidenceOfStuckThreadsNeverExits() {
        assertThat(ChildTrial.classify(exit(-1, true, Duration.ofMillis(300), "a JVM warning", ChildTrial.READY,
                ChildTrial.STUCK + "DEADLOCK: racecard-bounded-0 BLOCKED on java.lang.Object@1 held by racecard-bounded-1")))
                .isEqualTo("never-exits");
    }

    /** Slow is not stuck: killed at the timeout with no evidence is a timeout of the experiment, never the race. */
    @Test
    void aChildKilledAtTheTimeoutWithoutEvidenceIsATimeoutNotTheRace() {
        assertThatThrownBy(() -> ChildTrial.classify(exit(-1, true, Duration.ofMillis(300), ChildTrial.READY)))
                .hasMessageContaining("timeout").hasMessageContaining("no evidence");
    }

    @Test
    void aChildThatSaidStuckButExitedDidNotRunTheTrial() {
        assertThatThrownBy(() -> ChildTrial.classify(exit(0, false, Duration.ZERO, ChildTrial.READY,
                ChildTrial.STUCK + "WAITING_FOREVER: ...", ChildTrial.PASSED))).hasMessageContaining("did not run the trial");
    }

    @Test
    void aChildThatPrintsItsCheckExited() {
        assertThat(ChildTrial.classify(exit(0, false, Duration.ZERO, ChildTrial.READY, ChildTrial.PASSED)))
                .isEqualTo("exits");
        assertThat(ChildTrial.classify(exit(0, false, Duration.ZERO, ChildTrial.READY, ChildTrial.FAILED)))
                .isEqualTo("exits-check-failed");
    }

    @Test
    void aChildThatNeverGotReadyThrewOrSpokeAfterTheTrialDidNotRunIt() {
        assertThatThrownBy(() -> ChildTrial.classify(exit(-1, true, null, "still starting")))
                .hasMessageContaining("did not run the trial");
        assertThatThrownBy(() -> ChildTrial.classify(exit(1, false, Duration.ZERO, ChildTrial.READY, "Exception in thread")))
                .hasMessageContaining("exit status 1");
        assertThatThrownBy(() -> ChildTrial.classify(exit(-1, true, Duration.ZERO, ChildTrial.READY, "half a line")))
                .hasMessageContaining("killed: true");
    }
}
