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
}
