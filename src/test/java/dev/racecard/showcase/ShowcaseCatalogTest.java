package dev.racecard.showcase;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.SeedRef;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.runners.TestList;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The catalog names classes, tests and seed lines by string; these checks keep the names true.
 * The seed checks read the seed tutorials' saved texts from {@code ../shared/seeds} beside the
 * repository root, or from {@code -Dracecard.seeds.dir=<dir>} (see {@link #seedsDirectory()});
 * without them, those checks are reported skipped, naming the path they looked at.
 */
class ShowcaseCatalogTest {

    private static final Catalog CATALOG = ShowcaseCatalog.CATALOG;

    private static Stream<Variant> variants() {
        return CATALOG.patterns().stream().flatMap(p -> p.variants().stream());
    }

    @Test
    void everyImplementationClassExists() {
        variants().forEach(v -> assertThat(load(v.implementation())).as(v.id()).isTrue());
    }

    /**
     * A mutant takes its variant's place, so it must implement whatever the variant implements.
     * (Critical code fragments are deliberately not checked here: removing a variant's key line
     * must fail the build through the gate, not through a text check before it runs.)
     */
    @Test
    void everyMutantClassExistsAndCanTakeItsVariantsPlace() throws ClassNotFoundException {
        for (Variant v : variants().toList()) {
            Class<?> variantClass = Class.forName(v.implementation());
            for (Mutant m : v.mutants()) {
                Class<?> mutantClass = Class.forName(m.implementation());
                for (Class<?> api : variantClass.getInterfaces()) {
                    assertThat(api.isAssignableFrom(mutantClass)).as(m.id() + " implements " + api.getName()).isTrue();
                }
                assertThat(v.tools()).as(m.id()).containsAll(m.tools());
            }
        }
    }

    @Test
    void everyCorrectVariantHasAtLeastTwoMutants() {
        variants().filter(v -> v.kind() == VariantKind.CORRECT)
                .forEach(v -> assertThat(v.mutants()).as(v.id()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void everyDeclaredJcstressTestIsCompiledAndEveryStressTestIsDeclared() {
        Set<String> declared = CATALOG.jcstressOwners().keySet();
        Set<String> compiled = new HashSet<>(TestList.tests());
        assertThat(compiled).containsAll(declared);
        Set<String> harnessTests = new HashSet<>(compiled);
        harnessTests.removeIf(name -> !name.startsWith("dev.racecard.") || name.startsWith("dev.racecard.report."));
        assertThat(declared).containsExactlyInAnyOrderElementsOf(harnessTests);
    }

    @Test
    void idsAreUniqueAndEveryPatternHasBothKinds() {
        assertThat(CATALOG.patterns().stream().map(Pattern::id)).doesNotHaveDuplicates();
        for (Pattern p : CATALOG.patterns()) {
            assertThat(p.variants().stream().map(Variant::id)).as(p.id()).doesNotHaveDuplicates();
            assertThat(p.variants().stream().map(Variant::kind)).as(p.id()).contains(VariantKind.RACY, VariantKind.CORRECT);
            assertThat(p.variants()).allSatisfy(v -> assertThat(v.tools()).as(v.id()).isNotEmpty());
        }
    }

    /** Readers know a seed by number and tutorial title; every quote must name a known seed. */
    @Test
    void everySeedRefNamesAKnownSeedTutorial() {
        List<SeedRef> refs = CATALOG.patterns().stream().flatMap(p -> p.seeds().stream()).toList();
        assertThat(refs).isNotEmpty().allSatisfy(seed -> {
            Seed known = Seed.ofFile(seed.file()).orElseThrow(() -> new AssertionError("unknown seed " + seed.file()));
            assertThat(seed.label()).as(seed.file()).startsWith("seed " + known.number() + ", ");
            assertThat(seed.source()).as(seed.file()).contains("“" + known.title() + "”");
        });
        assertThat(Seed.SEED_002.quote(80, 94, "Sharing Data Between Threads", "").label())
                .isEqualTo("seed 002, Threading in Python: “Sharing Data Between Threads”, lines 80–94");
        assertThat(Seed.SEED_003.quote(41, 41, "Common Pitfalls", "").label())
                .isEqualTo("seed 003, Creating Threads in python: “Common Pitfalls”, line 41");
        assertThat(new SeedRef("elsewhere.txt", 1, 2, "Intro", "").label()).isEqualTo("elsewhere.txt: “Intro”, lines 1–2");
    }

    /** Every quoted excerpt is exactly its lines of the seed's saved text (when the texts are at hand). */
    @Test
    void seedExcerptsQuoteTheSeedsExactly() throws IOException {
        Path seeds = seedsDirectory();
        assumeTrue(Files.isDirectory(seeds), "seed texts not found at " + seeds + ": quotes not checked against them");
        int checked = 0;
        for (Pattern p : CATALOG.patterns()) {
            for (SeedRef seed : p.seeds()) {
                List<String> lines = Files.readAllLines(seeds.resolve(seed.file()));
                assertThat(seed.toLine()).as(seed.label()).isBetween(seed.fromLine(), lines.size());
                String quoted = String.join("\n", lines.subList(seed.fromLine() - 1, seed.toLine()));
                assertThat(seed.excerpt()).as(seed.label()).isEqualTo(quoted);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    /** Each seed's recorded title is the tutorial's own: a heading among the first lines of its text. */
    @Test
    void seedTitlesAreTheTutorialsOwn() throws IOException {
        Path seeds = seedsDirectory();
        assumeTrue(Files.isDirectory(seeds), "seed texts not found at " + seeds + ": tutorial titles not checked against them");
        for (Seed seed : Seed.values()) {
            List<String> lines = Files.readAllLines(seeds.resolve(seed.file()));
            assertThat(lines.subList(0, Math.min(5, lines.size()))).as(seed.file()).contains(seed.title());
        }
    }

    /** Guards a jcstress 0.16 pitfall: its @Contended probe chokes on class names containing "Result". */
    @Test
    void noCompiledClassNameContainsResult() throws IOException, URISyntaxException {
        Path classes = Path.of(ShowcaseCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path testClasses = Path.of(ShowcaseCatalogTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Path root : List.of(classes, testClasses)) {
            try (Stream<Path> files = Files.walk(root)) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class")))
                        .noneMatch(n -> n.contains("Result"));
            }
        }
    }

    /**
     * The seed tutorials' saved texts: {@code ../shared/seeds} beside the project's basedir (the
     * repository root), or the directory the system property {@code racecard.seeds.dir} names
     * (absolute, or relative to the basedir), e.g.
     * {@code mvn test -Dtest=ShowcaseCatalogTest -Dracecard.seeds.dir=/path/to/seeds}. A clone
     * without them still passes: the checks against them are reported skipped, with the path.
     */
    private static Path seedsDirectory() {
        return projectBasedir().resolve(System.getProperty("racecard.seeds.dir", "../shared/seeds")).toAbsolutePath().normalize();
    }

    /** Surefire's {@code basedir}; else the project above target/test-classes; else the working directory. */
    private static Path projectBasedir() {
        String basedir = System.getProperty("basedir");
        if (basedir != null) {
            return Path.of(basedir);
        }
        try {
            Path testClasses = Path.of(ShowcaseCatalogTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = testClasses.getParent() == null ? null : testClasses.getParent().getParent();
            if (project != null && Files.isRegularFile(project.resolve("pom.xml"))) {
                return project;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    private static boolean load(String className) {
        try {
            Class.forName(className, false, ShowcaseCatalogTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
