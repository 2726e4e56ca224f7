package dev.racecard.evidence;

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
    void aChildKilledAfterItsReadyLineNeverExited() {
        assertThat(ChildTrial.classify(exit(-1, true, Duration.ofMillis(300), "a JVM warning", ChildTrial.READY)))
                .isEqualTo("never-exits");
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
