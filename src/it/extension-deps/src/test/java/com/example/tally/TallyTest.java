package com.example.tally;

import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Two threads add a million times each, 20 trials per variant: the test records, the report grades. */
class TallyTest {

    @RacecardTest(pattern = "tally")
    void twoThreadsAdd(Evidence evidence) throws Exception {
        int perThread = 1_000_000;
        evidence.trials(20)
                .acceptable("exact", "every addition counted")
                .race("lost", "some additions were lost")
                .run(() -> {
                    Tally tally = evidence.create(Tally.class);
                    CountDownLatch start = new CountDownLatch(1);
                    Runnable work = () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        for (int i = 0; i < perThread; i++) {
                            tally.add();
                        }
                    };
                    Thread a = new Thread(work);
                    Thread b = new Thread(work);
                    a.start();
                    b.start();
                    start.countDown();
                    a.join();
                    b.join();
                    return tally.total() == 2 * perThread ? "exact" : "lost";
                });
    }

    /**
     * The extension records evidence in this same JVM, on this class path: none of the report's,
     * the CLI's or jcstress's classes are here for it to lean on.
     */
    @Test
    void theExtensionRunsWithoutTheReportsLibraries() {
        for (String absent : List.of("com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory",
                "com.fasterxml.jackson.annotation.JsonValue", "io.pebbletemplates.pebble.PebbleEngine",
                "picocli.CommandLine", "org.slf4j.LoggerFactory", "org.openjdk.jcstress.Main")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent + " is on the test class path");
        }
    }
}
