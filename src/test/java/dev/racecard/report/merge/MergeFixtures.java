package dev.racecard.report.merge;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.ExperimentRef;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.Evidence;
import dev.racecard.report.TestCatalogs;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.report.document.DocumentFiles;
import dev.racecard.report.document.Documents;
import dev.racecard.report.document.RacecardDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.racecard.report.TestCatalogs.PLAIN_STRESS;
import static dev.racecard.report.TestCatalogs.SYNC_STRESS;

/** Crafted single-run reports from two environments, for the merge's tests. */
public final class MergeFixtures {

    public static final Map<String, String> JDK17 = Map.of("jdk", "17.0.15", "vendor", "Debian",
            "os", "Linux 6.1.0-37-amd64", "arch", "amd64", "cpus", "2");
    public static final Map<String, String> JDK25 = Map.of("jdk", "25", "vendor", "Eclipse Adoptium",
            "os", "Linux 6.1.0-37-amd64", "arch", "amd64", "cpus", "2");
    public static final String JDK17_LABEL = "JDK 17.0.15 (Debian), Linux amd64";
    public static final String JDK25_LABEL = "JDK 25 (Eclipse Adoptium), Linux amd64";

    private MergeFixtures() {
    }

    /** The counter pattern checked by sampling tools only: a miss there is luck, not a verdict. */
    public static Catalog sampled() {
        return new Catalog(List.of(new Pattern("counter", "Shared counter", "claim", List.of(), List.of(
                new Variant("plain", VariantKind.RACY, "x.PlainCounter", "racy", sampledBy(PLAIN_STRESS, "plain")),
                new Variant("synchronized", VariantKind.CORRECT, "x.SynchronizedCounter", "correct",
                        sampledBy(SYNC_STRESS, "synchronized"))))));
    }

    private static List<ExperimentRef> sampledBy(String stressTest, String variantId) {
        return TestCatalogs.experiments(stressTest, variantId).stream().filter(e -> e.tool() != Tool.LINCHECK).toList();
    }

    /** A run of {@link #sampled()}: the racy counter lost {@code races} updates, the correct one {@code forbidden}. */
    public static RacecardDocument sampledRun(Map<String, String> env, long races, long forbidden) {
        return run(sampled(), env, List.of(
                Evidence.run("counter", "plain", Tool.JCSTRESS, PLAIN_STRESS, Expectation.INTERESTING, races, 1000),
                Evidence.run("counter", "plain", Tool.JUNIT, "Seed#plain", Expectation.INTERESTING, Math.min(races, 5), 20),
                Evidence.run("counter", "synchronized", Tool.JCSTRESS, SYNC_STRESS, Expectation.FORBIDDEN, forbidden, 1000),
                Evidence.run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized", Expectation.FORBIDDEN, 0, 20)));
    }

    /** A run of the full counter catalog, Lincheck included. */
    public static RacecardDocument lincheckRun(Map<String, String> env, boolean raceShown) {
        long races = raceShown ? 250 : 0;
        return run(TestCatalogs.counter(), env, List.of(
                Evidence.run("counter", "plain", Tool.JCSTRESS, PLAIN_STRESS, Expectation.INTERESTING, races, 1000),
                Evidence.lincheck("counter", "plain", raceShown, Expectation.INTERESTING),
                Evidence.run("counter", "plain", Tool.JUNIT, "Seed#plain", Expectation.INTERESTING, Math.min(races, 5), 20),
                Evidence.run("counter", "synchronized", Tool.JCSTRESS, SYNC_STRESS, Expectation.FORBIDDEN, 0, 1000),
                Evidence.lincheck("counter", "synchronized", false, Expectation.FORBIDDEN),
                Evidence.run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized", Expectation.FORBIDDEN, 0, 20)));
    }

    public static RacecardDocument run(Catalog catalog, Map<String, String> env, List<Experiment> experiments) {
        List<Experiment> placed = experiments.stream().map(e -> on(e, env)).toList();
        return Documents.of(Gate.evaluate(catalog, placed, RacePolicy.DETERMINISTIC),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    static Experiment on(Experiment e, Map<String, String> env) {
        return new Experiment(e.pattern(), e.variant(), e.tool(), e.testId(), e.status(), e.outcomes(),
                e.counterexample(), e.messages(), env, e.settings(), e.configurations(), e.durationMillis());
    }

    /** Merges runs whose machines differ, so their own labels are already distinct. */
    public static RacecardDocument merge(RacecardDocument... docs) {
        List<RacecardDocument> placed = new java.util.ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            placed.add(Relabel.of(docs[i], Map.of(), "run" + i + ".json"));
        }
        return Merge.of(placed, Instant.parse("2026-01-02T00:00:00Z"));
    }

    /** Writes the document as the report command writes racecard.json. */
    public static Path write(Path dir, String name, RacecardDocument doc) throws IOException {
        Files.createDirectories(dir);
        try (var out = Files.newOutputStream(dir.resolve(name))) {
            DocumentFiles.write(doc, out);
        }
        return dir.resolve(name);
    }
}
