package dev.racecard.joinvisibility;

import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.Budgets;
import dev.racecard.evidence.CatalogVariants;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.experiments.ChildJvm;
import dev.racecard.patterns.joinvisibility.SpinWaitProgram;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The busy-wait on a done flag as a whole program in a child JVM, with the JIT at full strength:
 * a main thread that never sees the flag never exits, so the harness kills it at a timeout and
 * records the hang as the outcome it is.
 */
class SpinWaitExperiment {

    static final int TRIALS = Budgets.trials(5);
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"plain-done-flag, plain", "volatile-done-flag, volatile"})
    void mainSpinsUntilTheWorkerIsDone(String variantId, String flagKind) throws Exception {
        Variant variant = CatalogVariants.get("join-visibility", variantId);
        Expectation race = CatalogVariants.raceOutcome(variant);
        TrialHistogram histogram = new TrialHistogram("join-visibility", variantId, Tool.CHILD_JVM,
                SpinWaitProgram.class.getName() + " " + flagKind)
                .outcome("answer", "main saw the flag and printed the answer", Expectation.ACCEPTABLE)
                .outcome("hung", "main never saw the flag: still spinning " + TIMEOUT.toSeconds()
                        + " s after the job, killed", race)
                .outcome("stale", "main saw the flag but not the answer", race)
                .outcome("crashed", "the program failed", Expectation.FORBIDDEN)
                .setting("trials", TRIALS).setting("timeout", TIMEOUT.toSeconds() + " s")
                .setting("child JVM", "java (default JIT) " + SpinWaitProgram.class.getSimpleName() + " " + flagKind);

        ChildJvm jvm = new ChildJvm(System.getProperty("java.class.path"), List.of(), TIMEOUT);
        for (int trial = 0; trial < TRIALS; trial++) {
            ChildJvm.Exit exit = jvm.run(SpinWaitProgram.class, work, flagKind);
            if (exit.hung()) {
                histogram.observe("hung");
            } else if (exit.exitCode() != 0) {
                histogram.observe("crashed");
            } else {
                histogram.observe(exit.output().contains("answer 42") ? "answer" : "stale");
            }
        }
        histogram.record();

        assertEquals(0, histogram.count("crashed"), variantId + " crashed");
        if (variant.kind() == VariantKind.CORRECT) {
            assertEquals(TRIALS, histogram.count("answer"), variantId + " did not always finish");
        }
    }
}
