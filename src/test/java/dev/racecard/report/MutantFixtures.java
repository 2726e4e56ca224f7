package dev.racecard.report;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.evidence.Experiment;

import java.util.ArrayList;
import java.util.List;

import static dev.racecard.report.Evidence.lincheck;
import static dev.racecard.report.Evidence.run;
import static dev.racecard.report.TestCatalogs.PLAIN_STRESS;
import static dev.racecard.report.TestCatalogs.SYNC_STRESS;
import static dev.racecard.evidence.Expectation.FORBIDDEN;
import static dev.racecard.evidence.Expectation.INTERESTING;

/** The test counter catalog with positive controls, and runs of it with the mutants in place. */
public final class MutantFixtures {

    private MutantFixtures() {
    }

    /** The counter catalog, whose correct variant has a mutant every tool should see and a blind spot. */
    public static Catalog catalog() {
        Variant sync = TestCatalogs.counter().variant("counter", "synchronized").orElseThrow().withMutants(
                Mutant.of("fresh-lock", "x.FreshLockCounter", "synchronizes on a new object", Tool.JCSTRESS,
                        Tool.LINCHECK, Tool.JUNIT),
                Mutant.of("sampled-only", "x.SampledOnly", "a mistake only sampling can see", Tool.JUNIT),
                Mutant.of("unsynchronized-get", "x.UnsyncGet", "reads without the lock", Tool.JCSTRESS)
                        .asBlindSpot("a stale read needs a weakly ordered CPU"),
                Mutant.of("nightly", "x.Nightly", "too slow for the gate", Tool.JUNIT).onlyInThoroughRuns());
        Variant plain = TestCatalogs.counter().variant("counter", "plain").orElseThrow();
        return new Catalog(List.of(new Pattern("counter", "Shared counter", "claim", List.of(), List.of(plain, sync))));
    }

    public static List<Experiment> variants() {
        return new ArrayList<>(List.of(
                run("counter", "plain", Tool.JCSTRESS, PLAIN_STRESS, INTERESTING, 120, 1000),
                lincheck("counter", "plain", true, INTERESTING),
                run("counter", "plain", Tool.JUNIT, "Seed#plain", INTERESTING, 17, 20),
                run("counter", "synchronized", Tool.JCSTRESS, SYNC_STRESS, FORBIDDEN, 0, 1000),
                lincheck("counter", "synchronized", false, FORBIDDEN),
                run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized", FORBIDDEN, 0, 20)));
    }

    public static Experiment mutant(String mutantId, Experiment e) {
        return e.boundTo("counter", "synchronized", mutantId);
    }

    /** Every gate-budget mutant in place: fresh-lock caught everywhere, the others survive. */
    public static List<Experiment> gateRun(long freshLockLosses) {
        List<Experiment> all = variants();
        all.add(mutant("fresh-lock", run("x", "x", Tool.JCSTRESS, SYNC_STRESS, FORBIDDEN, freshLockLosses, 1000)));
        all.add(mutant("fresh-lock", lincheck("x", "synchronized", freshLockLosses > 0, FORBIDDEN)));
        all.add(mutant("fresh-lock", run("x", "x", Tool.JUNIT, "Seed#synchronized", FORBIDDEN, freshLockLosses, 20)));
        all.add(mutant("sampled-only", run("x", "x", Tool.JUNIT, "Seed#synchronized", FORBIDDEN, 0, 20)));
        all.add(mutant("unsynchronized-get", run("x", "x", Tool.JCSTRESS, SYNC_STRESS, FORBIDDEN, 0, 1000)));
        return all;
    }

}
