package dev.racecard.experiments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ChildJvmTest {

    @TempDir
    Path dir;

    /** Never exits: a non-daemon thread that waits forever. */
    public static final class Hangs {
        public static void main(String[] args) throws InterruptedException {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException ignored) {
                    // exit
                }
            });
            t.start();
            t.join();
        }
    }

    /** Takes a while to get ready, then never exits. */
    public static final class SlowToGetReadyThenHangs {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(1500);
            System.out.println("ready");
            Hangs.main(args);
        }
    }

    /** Says it is stuck, then never exits. */
    public static final class SaysItIsStuck {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("ready");
            System.out.println("stuck: here is why");
            Hangs.main(args);
        }
    }

    /** Exits without saying it is ready. */
    public static final class NeverReady {
        public static void main(String[] args) {
            System.out.println("not " + "ready");
        }
    }

    public static final class Fails {
        public static void main(String[] args) {
            System.out.println("argument " + args[0]);
            System.exit(3);
        }
    }

    @Test
    void hungChildIsKilledAtTheTimeoutAndReported() throws Exception {
        ChildJvm.Exit exit = ChildJvm.withCurrentClasspath(Duration.ofSeconds(2)).run(Hangs.class, dir);
        assertThat(exit.hung()).isTrue();
        assertThat(exit.exitCode()).isEqualTo(-1);
        assertThat(exit.elapsed()).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void exitCodeAndOutputAreReported() throws Exception {
        ChildJvm.Exit exit = ChildJvm.withCurrentClasspath(Duration.ofSeconds(30)).run(Fails.class, dir, "x<y");
        assertThat(exit.hung()).isFalse();
        assertThat(exit.exitCode()).isEqualTo(3);
        assertThat(exit.output()).contains("argument x<y");
    }

    @Test
    void hangClockStartsAtTheReadyLineNotAtProcessStart() throws Exception {
        ChildJvm.Exit exit = ChildJvm.withCurrentClasspath(Duration.ofSeconds(1))
                .startingClockAt("ready", Duration.ofSeconds(60)).run(SlowToGetReadyThenHangs.class, dir);
        assertThat(exit.ready()).isTrue();
        assertThat(exit.readyAfter()).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(exit.hung()).isTrue();
        // a clock started with the process would have killed it before it got ready
        assertThat(exit.elapsed()).isGreaterThanOrEqualTo(exit.readyAfter().plusSeconds(1));
        assertThat(exit.output()).startsWith("ready\n");
    }

    @Test
    void childThatExitsWithoutItsReadyLineIsReportedAsNeverReady() throws Exception {
        ChildJvm.Exit exit = ChildJvm.withCurrentClasspath(Duration.ofSeconds(30))
                .startingClockAt("ready", Duration.ofSeconds(60)).run(NeverReady.class, dir);
        assertThat(exit.ready()).isFalse();
        assertThat(exit.hung()).isFalse();
        assertThat(exit.exitCode()).isZero();
        assertThat(exit.output()).contains("not ready");
    }

    @Test
    void childThatNeverGetsReadyIsKilledAtTheStartupLimit() throws Exception {
        ChildJvm.Exit exit = ChildJvm.withCurrentClasspath(Duration.ofSeconds(30))
                .startingClockAt("ready", Duration.ofSeconds(2)).run(Hangs.class, dir);
        assertThat(exit.ready()).isFalse();
        assertThat(exit.hung()).isTrue();
        assertThat(exit.elapsed()).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void childIsKilledAtItsKillLineWithoutWaitingOutTheTimeout() throws Exception {
        ChildJvm.Exit exit = ChildJvm.withCurrentClasspath(Duration.ofSeconds(120))
                .startingClockAt("ready", Duration.ofSeconds(60)).killedAtLine("stuck: ").run(SaysItIsStuck.class, dir);
        assertThat(exit.hung()).isTrue();
        assertThat(exit.linesAfter("ready")).containsExactly("stuck: here is why");
        assertThat(exit.elapsed()).isLessThan(exit.readyAfter().plusSeconds(60));
    }
}
