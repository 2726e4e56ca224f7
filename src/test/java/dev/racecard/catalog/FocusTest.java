package dev.racecard.catalog;

import dev.racecard.showcase.ShowcaseCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FocusTest {

    private static final Catalog CATALOG = ShowcaseCatalog.CATALOG;
    private static final String MUTANT =
            "jcstress:dev.racecard.showcase.counter.CounterStress.Synchronized@counter/synchronized~fresh-lock";

    @Test
    void parsesAndFormatsAMutantFocus() {
        Focus focus = Focus.parse(MUTANT, CATALOG);
        assertThat(focus).isEqualTo(new Focus(Tool.JCSTRESS, "dev.racecard.showcase.counter.CounterStress.Synchronized",
                "counter", "synchronized", "fresh-lock"));
        assertThat(focus.format()).isEqualTo(MUTANT);
        assertThat(focus.selection()).isEqualTo(MutantSelection.ALL);
    }

    /** A user's test ids are theirs to choose: the focus reads them whatever they hold. */
    @Test
    void aTestIdMayHoldColonsAndBrackets() {
        String text = "junit:com.example.DictTest#store:synchronized@shared-dict/synchronized";
        Focus focus = Focus.parse(text);
        assertThat(focus.testId()).isEqualTo("com.example.DictTest#store:synchronized");
        assertThat(focus.mutant()).isNull();
        assertThat(focus.selection()).isEqualTo(MutantSelection.NONE);
        assertThat(focus.format()).isEqualTo(text);
        String queue = "junit:com.example.QueueTest#poisonPill[bounded-poison-pill]@queue-handoff/bounded-poison-pill~one-pill";
        assertThat(Focus.parse(queue).format()).isEqualTo(queue);
    }

    @Test
    void narrowsTheCatalogToTheFocusedExperimentAndMutant() {
        Catalog narrowed = Focus.parse(MUTANT, CATALOG).narrow(CATALOG);
        assertThat(narrowed.patterns()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("counter");
            assertThat(p.seeds()).isEqualTo(CATALOG.pattern("counter").orElseThrow().seeds());
            assertThat(p.variants()).singleElement().satisfies(v -> {
                Variant original = CATALOG.variant("counter", "synchronized").orElseThrow();
                assertThat(v.id()).isEqualTo("synchronized");
                assertThat(v.kind()).isEqualTo(original.kind());
                assertThat(v.implementation()).isEqualTo(original.implementation());
                assertThat(v.criticalCode()).isEqualTo(original.criticalCode());
                assertThat(v.experiments()).containsExactly(new ExperimentRef(Tool.JCSTRESS,
                        "dev.racecard.showcase.counter.CounterStress.Synchronized"));
                assertThat(v.mutants()).singleElement().satisfies(m -> {
                    assertThat(m.id()).isEqualTo("fresh-lock");
                    assertThat(m.implementation()).isEqualTo(original.mutant("fresh-lock").orElseThrow().implementation());
                    assertThat(m.tools()).containsExactly(Tool.JCSTRESS);
                });
            });
        });
    }

    /** The narrowed pattern holds no racy variant, so a correct one that names its racy twin names none there. */
    @Test
    void narrowsACorrectVariantThatNamesTheRacyTwinItFixes() {
        Variant original = CATALOG.variant("join-visibility", "joined-read").orElseThrow();
        assertThat(original.twins()).isNotEmpty();
        Catalog narrowed = Focus.parse("junit:dev.racecard.showcase.joinvisibility.JoinVisibilityExperiment#joined-read"
                + "@join-visibility/joined-read~read-before-join", CATALOG).narrow(CATALOG);
        assertThat(narrowed.variant("join-visibility", "joined-read").orElseThrow().twins()).isEmpty();
    }

    @Test
    void aVariantFocusKeepsNoMutants() {
        Catalog narrowed = Focus.parse("lincheck:dev.racecard.showcase.counter.CounterExperiment#synchronized"
                + "@counter/synchronized", CATALOG).narrow(CATALOG);
        assertThat(narrowed.variant("counter", "synchronized").orElseThrow().mutants()).isEmpty();
        assertThat(narrowed.variant("counter", "plain")).isEmpty();
    }

    @Test
    void refusesWhatTheCatalogDoesNotDeclareInOneLine() {
        for (String bad : List.of("", "counter/synchronized", "jcstress@counter/synchronized",
                "jcstress:@counter/synchronized", "jcstress:x.Y@counter", "jcstress:x.Y@/synchronized",
                MUTANT + "~", "jcstress:dev.racecard.showcase.counter.CounterStress.Synchronized@counter/synchronized~",
                "hammer:x.Y@counter/plain", "jcstress:x.Y@nope/plain", "jcstress:x.Y@counter/nope",
                "jcstress:dev.racecard.showcase.counter.CounterStress.Plain@counter/synchronized",
                "junit:dev.racecard.showcase.counter.CounterStress.Synchronized@counter/synchronized",
                MUTANT.replace("fresh-lock", "no-such-mutant"),
                // lock-per-key is measured to escape Lincheck, so it does not run through it
                "lincheck:dev.racecard.showcase.shareddict.SharedDictStoreExperiment#synchronized"
                        + "@shared-dict/synchronized~lock-per-key")) {
            assertThatThrownBy(() -> Focus.parse(bad, CATALOG)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
        }
    }

    @Test
    void blankMeansNoFocus() {
        assertThat(Focus.parseIfGiven(null, CATALOG)).isEmpty();
        assertThat(Focus.parseIfGiven(" ", CATALOG)).isEmpty();
        assertThat(Focus.parseIfGiven(MUTANT, CATALOG)).contains(Focus.parse(MUTANT, CATALOG));
    }
}
