package dev.racecard.bench;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.ExperimentRef;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.ShowcaseCatalog;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.document.DocumentFiles;
import dev.racecard.report.document.Documents;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.report.ingest.EvidenceBinder;
import dev.racecard.report.ingest.JcstressFiles;
import dev.racecard.evidence.ConfigurationRun;
import dev.racecard.evidence.Counterexample;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.RunStatus;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ten single-run racecard.json files (schema 2) of the whole catalog, one per machine, for timing
 * {@code racecard merge}. The catalog's jcstress tests carry the real results of the template run
 * (every configuration, real outcomes and descriptions); the other declared experiments, and every
 * mutant's (all selected), carry synthetic evidence shaped like the tools' own: racy variants show
 * their race, correct ones none, mutants are killed unless declared blind spots. The ten runs
 * differ in their machine (JDK, vendor, OS, architecture, CPUs), as the same build on ten CI runners.
 */
final class MergeFixture {

    static final List<Map<String, String>> MACHINES = List.of(
            machine("17.0.15", "Debian", "Linux 6.1", "amd64", "2"),
            machine("21.0.7", "Eclipse Adoptium", "Linux 6.1", "amd64", "4"),
            machine("25", "Eclipse Adoptium", "Linux 6.1", "amd64", "4"),
            machine("17.0.15", "Eclipse Adoptium", "Linux 6.8", "aarch64", "8"),
            machine("21.0.7", "Amazon Corretto", "Linux 6.8", "aarch64", "16"),
            machine("25", "Amazon Corretto", "Linux 6.8", "aarch64", "16"),
            machine("17.0.15", "Azul Zulu", "Mac OS X 15.5", "aarch64", "10"),
            machine("21.0.7", "Azul Zulu", "Mac OS X 15.5", "aarch64", "10"),
            machine("21.0.7", "Microsoft", "Windows 11", "amd64", "8"),
            machine("25", "Oracle", "Linux 6.12", "amd64", "64"));

    private MergeFixture() {
    }

    /** @return the ten racecard.json files, in {@code dir} */
    static List<Path> build(Path jcstressTemplate, Path dir) throws Exception {
        Catalog catalog = ShowcaseCatalog.CATALOG;
        List<Experiment> real = EvidenceBinder.bind(catalog, JcstressFiles.read(jcstressTemplate)).stream()
                .filter(e -> e.pattern() != null).toList();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MACHINES.size(); i++) {
            Map<String, String> env = MACHINES.get(i);
            List<Experiment> run = new ArrayList<>(real.stream().map(e -> on(e, env)).toList());
            Set<String> covered = real.stream().map(e -> e.pattern() + "/" + e.variant() + "/" + e.testId())
                    .collect(Collectors.toSet());
            for (Pattern p : catalog.patterns()) {
                for (Variant v : p.variants()) {
                    for (ExperimentRef ref : v.experiments()) {
                        if (!covered.contains(p.id() + "/" + v.id() + "/" + ref.testId())) {
                            boolean racy = v.kind() == VariantKind.RACY;
                            run.add(synthetic(p.id(), v.id(), null, ref, racy,
                                    racy ? Expectation.INTERESTING : Expectation.FORBIDDEN, env, i));
                        }
                    }
                    for (Mutant m : v.mutants()) {
                        for (ExperimentRef ref : v.experiments()) {
                            if (m.tools().contains(ref.tool())) {
                                run.add(synthetic(p.id(), v.id(), m.id(), ref, !m.declaredBlindSpot(),
                                        Expectation.FORBIDDEN, env, i));
                            }
                        }
                    }
                }
            }
            var doc = Documents.of(Gate.evaluate(catalog, run, RacePolicy.DETERMINISTIC, MutantSelection.ALL),
                    Instant.parse("2026-11-23T12:00:00Z").plusSeconds(3600L * i));
            Path file = Files.createDirectories(dir.resolve("run-" + i)).resolve("racecard.json");
            try (OutputStream out = Files.newOutputStream(file)) {
                DocumentFiles.write(doc, out);
            }
            files.add(file);
        }
        return files;
    }

    private static Map<String, String> machine(String jdk, String vendor, String os, String arch, String cpus) {
        return Map.of("jdk", jdk, "vendor", vendor, "vm", "OpenJDK 64-Bit Server VM", "os", os, "arch", arch,
                "cpus", cpus);
    }

    private static Experiment on(Experiment e, Map<String, String> env) {
        return new Experiment(e.pattern(), e.variant(), e.mutant(), e.tool(), e.testId(), e.status(), e.outcomes(),
                e.counterexample(), e.messages(), env, e.settings(), e.configurations(), e.durationMillis());
    }

    /** Evidence shaped like the tool's own: jcstress per configuration, a Lincheck counterexample, JUnit trials. */
    private static Experiment synthetic(String pattern, String variant, String mutant, ExperimentRef ref, boolean race,
                                        Expectation raceExpectation, Map<String, String> env, int run) {
        long samples = ref.tool() == Tool.JCSTRESS ? 2_000_000L + 37_000L * run : ref.tool() == Tool.LINCHECK ? 1 : 200;
        long hits = !race ? 0 : ref.tool() == Tool.LINCHECK ? 1 : Math.max(1, samples / (20 + run));
        List<Outcome> outcomes = List.of(
                new Outcome("expected", "every update took effect", samples - hits, Expectation.ACCEPTABLE),
                new Outcome("lost", "an update was lost to a concurrent one", hits, raceExpectation));
        List<ConfigurationRun> configurations = new ArrayList<>();
        Map<String, String> settings;
        Counterexample counterexample = null;
        if (ref.tool() == Tool.JCSTRESS) {
            String[] flags = {"-XX:+UseBiasedLocking -XX:+TieredCompilation", "-XX:-UseBiasedLocking -XX:+TieredCompilation",
                    "-XX:+UseBiasedLocking -Xint", "-XX:-UseBiasedLocking -XX:-TieredCompilation"};
            for (int c = 0; c < flags.length; c++) {
                long share = c == flags.length - 1 ? samples - 3 * (samples / 4) : samples / 4;
                long own = c == flags.length - 1 ? hits - 3 * (hits / 4) : hits / 4;
                List<String> args = new ArrayList<>(List.of("-Xmx256m"));
                args.addAll(List.of(flags[c].split(" ")));
                configurations.add(new ConfigurationRun("fork #1, JVM args " + args, args, "unified: tiered (C1, then C2)",
                        List.of(new Outcome("expected", "every update took effect", share - own, Expectation.ACCEPTABLE),
                                new Outcome("lost", "an update was lost to a concurrent one", own, raceExpectation))));
            }
            settings = Map.of("configurations", "4", "actors", "2", "iterations", "2", "time per iteration", "200 ms");
        } else if (ref.tool() == Tool.LINCHECK) {
            settings = Map.of("effort", "100 scenarios × 1,000 invocations", "mode", "model checking");
            if (race) {
                counterexample = new Counterexample("Invalid execution results", LINCHECK_TRACE);
            }
        } else {
            settings = Map.of("trials", Long.toString(samples), "threads", "4");
        }
        return new Experiment(pattern, variant, mutant, ref.tool(), ref.testId(), RunStatus.OK, outcomes, counterexample,
                List.of(), env, settings, configurations, ref.tool() == Tool.JCSTRESS ? -1 : 1_500 + 100L * run);
    }

    private static final String LINCHECK_TRACE = """
            = Invalid execution results =
            | ------------------------------- |
            |     Thread 1     |   Thread 2   |
            | ------------------------------- |
            | increment(): void | increment(): void |
            | ------------------------------- |
            | get(): 1         |              |
            | ------------------------------- |

            The following interleaving leads to the error:
            | ----------------------------------------------------- |
            |     Thread 1                  |     Thread 2          |
            | ----------------------------------------------------- |
            | increment()                   |                       |
            |   count.READ: 0               |                       |
            |   switch                      |                       |
            |                               | increment()           |
            |                               |   count.READ: 0       |
            |                               |   count.WRITE(1)      |
            |   count.WRITE(1)              |                       |
            | ----------------------------------------------------- |""";
}
