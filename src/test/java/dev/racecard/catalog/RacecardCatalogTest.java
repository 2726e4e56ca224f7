package dev.racecard.catalog;

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

/** The catalog names classes and tests by string; these checks keep the names true. */
class RacecardCatalogTest {

    private static final Catalog CATALOG = RacecardCatalog.CATALOG;

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

    @Test
    void seedExcerptsQuoteTheSeedsExactly() throws IOException {
        Path seeds = seedsDirectory();
        assumeTrue(Files.isDirectory(seeds), "the seeds live in ../shared/seeds beside the checkout");
        for (Pattern p : CATALOG.patterns()) {
            for (SeedRef seed : p.seeds()) {
                List<String> lines = Files.readAllLines(seeds.resolve(seed.file()));
                String quoted = String.join("\n", lines.subList(seed.fromLine() - 1, seed.toLine()));
                assertThat(seed.excerpt()).as(seed.file() + ":" + seed.fromLine()).isEqualTo(quoted);
            }
        }
    }

    /** Guards a jcstress 0.16 pitfall: its @Contended probe chokes on class names containing "Result". */
    @Test
    void noCompiledClassNameContainsResult() throws IOException, URISyntaxException {
        Path classes = Path.of(RacecardCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path testClasses = Path.of(RacecardCatalogTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Path root : List.of(classes, testClasses)) {
            try (Stream<Path> files = Files.walk(root)) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class")))
                        .noneMatch(n -> n.contains("Result"));
            }
        }
    }

    private static Path seedsDirectory() {
        return Path.of(System.getProperty("racecard.seeds.dir", "../shared/seeds"));
    }

    private static boolean load(String className) {
        try {
            Class.forName(className, false, RacecardCatalogTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
