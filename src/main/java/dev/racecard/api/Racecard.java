package dev.racecard.api;

import dev.racecard.catalog.ExperimentRef;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.SeedRef;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Declares a pattern with its racy and correct variants, for a {@link CatalogProvider}:
 *
 * <pre>{@code
 * Racecard.pattern("counter", "Shared counter", "count++ from two threads loses updates")
 *         .racy("plain", PlainCounter.class, "count++ on a plain field")
 *             .jcstress(CounterStress.Plain.class).lincheck(CounterTest.class).junit(CounterTest.class)
 *         .correct("atomic", AtomicCounter.class, "AtomicLong.incrementAndGet")
 *             .jcstress(CounterStress.Atomic.class).lincheck(CounterTest.class).junit(CounterTest.class)
 *         .build();
 * }</pre>
 *
 * Each experiment named here must produce evidence in every run, or the gate fails. A jcstress
 * experiment is the test class (jcstress's name for it); a Lincheck or JUnit experiment is the
 * test class whose method, annotated {@code @RacecardTest(pattern, variant)}, records the
 * evidence through the JUnit extension ({@code <test class>#<variant id>}).
 */
public final class Racecard {

    private Racecard() {
    }

    public static PatternBuilder pattern(String id, String title, String claim) {
        return new PatternBuilder(id, title, claim);
    }

    /** The test id the JUnit extension records for {@code variant} in {@code testClass}. */
    public static String testId(Class<?> testClass, String variant) {
        return testClass.getName() + "#" + variant;
    }

    /** jcstress's name for a test: the canonical name ({@code Outer.Nested}). */
    public static String jcstressTestId(Class<?> jcstressTest) {
        return jcstressTest.getCanonicalName();
    }

    public static final class PatternBuilder {
        private final String id;
        private final String title;
        private final String claim;
        private final List<SeedRef> seeds = new ArrayList<>();
        private final List<Variant> variants = new ArrayList<>();
        private VariantBuilder open;

        private PatternBuilder(String id, String title, String claim) {
            this.id = id;
            this.title = title;
            this.claim = claim;
        }

        /** Where the pattern comes from (Racecard's own patterns quote their seed lines). */
        public PatternBuilder seed(SeedRef seed) {
            seeds.add(seed);
            return this;
        }

        /** A variant whose race the experiments must show. */
        public VariantBuilder racy(String variant, Class<?> implementation, String summary) {
            return racy(variant, implementation.getName(), summary);
        }

        public VariantBuilder racy(String variant, String implementation, String summary) {
            return start(new VariantBuilder(this, variant, VariantKind.RACY, implementation, summary));
        }

        /** A variant that must never show a forbidden outcome. */
        public VariantBuilder correct(String variant, Class<?> implementation, String summary) {
            return correct(variant, implementation.getName(), summary);
        }

        public VariantBuilder correct(String variant, String implementation, String summary) {
            return start(new VariantBuilder(this, variant, VariantKind.CORRECT, implementation, summary));
        }

        /** A variant declared in full. */
        public PatternBuilder variant(Variant variant) {
            close();
            variants.add(variant);
            return this;
        }

        public Pattern build() {
            close();
            return new Pattern(id, title, claim, seeds, variants);
        }

        private VariantBuilder start(VariantBuilder next) {
            close();
            open = next;
            return next;
        }

        private void close() {
            if (open != null) {
                variants.add(open.variant());
                open = null;
            }
        }
    }

    public static final class VariantBuilder {
        private final PatternBuilder pattern;
        private final String id;
        private final VariantKind kind;
        private final String implementation;
        private final String summary;
        private final List<ExperimentRef> experiments = new ArrayList<>();
        private final List<String> critical = new ArrayList<>();
        private final List<Mutant> mutants = new ArrayList<>();
        private final List<String> twins = new ArrayList<>();

        private VariantBuilder(PatternBuilder pattern, String id, VariantKind kind, String implementation,
                               String summary) {
            this.pattern = pattern;
            this.id = id;
            this.kind = kind;
            this.implementation = implementation;
            this.summary = summary;
        }

        /** A jcstress test of this variant. */
        public VariantBuilder jcstress(Class<?> test) {
            return experiment(Tool.JCSTRESS, jcstressTestId(test));
        }

        /** A Lincheck check recorded by {@code testClass}'s method for this variant. */
        public VariantBuilder lincheck(Class<?> testClass) {
            return lincheck(testClass.getName());
        }

        /** Repeated JUnit trials recorded by {@code testClass}'s method for this variant. */
        public VariantBuilder junit(Class<?> testClass) {
            return junit(testClass.getName());
        }

        /** Trials that each start a child JVM, recorded by {@code testClass}'s method for this variant. */
        public VariantBuilder childJvm(Class<?> testClass) {
            return childJvm(testClass.getName());
        }

        /**
         * The same experiments by class name, for a catalog that cannot see the test classes (one
         * declared in main code): a jcstress test's canonical name, else the test class's binary name.
         */
        public VariantBuilder jcstress(String testName) {
            return experiment(Tool.JCSTRESS, testName);
        }

        public VariantBuilder lincheck(String testClassName) {
            return experiment(Tool.LINCHECK, testClassName + "#" + id);
        }

        public VariantBuilder junit(String testClassName) {
            return experiment(Tool.JUNIT, testClassName + "#" + id);
        }

        public VariantBuilder childJvm(String testClassName) {
            return experiment(Tool.CHILD_JVM, testClassName + "#" + id);
        }

        public VariantBuilder experiment(Tool tool, String testId) {
            experiments.add(new ExperimentRef(tool, testId));
            return this;
        }

        /** Code fragments the report marks in the variant's source: where it races, or what makes it correct. */
        public VariantBuilder critical(String... fragments) {
            critical.addAll(List.of(fragments));
            return this;
        }

        /**
         * A correct variant fixes these racy variants' race, and not the pattern's others: a tool's
         * silence on it counts only where that tool saw one of their races (by default, any of the pattern's).
         */
        public VariantBuilder fixing(String... racyVariants) {
            twins.addAll(List.of(racyVariants));
            return this;
        }

        /** A positive control of a correct variant. */
        public VariantBuilder mutant(Mutant mutant) {
            mutants.add(mutant);
            return this;
        }

        public VariantBuilder racy(String variant, Class<?> implementation, String summary) {
            return pattern.racy(variant, implementation, summary);
        }

        public VariantBuilder racy(String variant, String implementation, String summary) {
            return pattern.racy(variant, implementation, summary);
        }

        public VariantBuilder correct(String variant, Class<?> implementation, String summary) {
            return pattern.correct(variant, implementation, summary);
        }

        public VariantBuilder correct(String variant, String implementation, String summary) {
            return pattern.correct(variant, implementation, summary);
        }

        public PatternBuilder variant(Variant variant) {
            return pattern.variant(variant);
        }

        public Pattern build() {
            return pattern.build();
        }

        Variant variant() {
            Variant declared = new Variant(id, kind, implementation, summary, experiments)
                    .markingCritical(critical.toArray(String[]::new));
            Variant withMutants = mutants.isEmpty() ? declared : declared.withMutants(mutants.toArray(Mutant[]::new));
            return twins.isEmpty() ? withMutants : withMutants.fixing(twins.toArray(String[]::new));
        }
    }
}
