package dev.racecard.stress;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Focus;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Tool;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MutantStressRunsTest {

    /** A user's catalog: one mutant through jcstress, one through Lincheck only, one of a variant without jcstress tests. */
    static final Catalog CATALOG = new Catalog(List.of(Racecard.pattern("counter", "Counter", "claim")
            .racy("plain", "x.PlainCounter", "count++").jcstress("x.CounterStress.Plain")
            .correct("atomic", "x.AtomicCounter", "incrementAndGet").jcstress("x.CounterStress.Atomic")
                .jcstress("x.CounterStress.AtomicTwice")
                .mutant(Mutant.of("get-then-set", "x.GetThenSet", "two calls", Tool.JCSTRESS, Tool.LINCHECK))
                .mutant(Mutant.of("model-only", "x.ModelOnly", "seen by Lincheck", Tool.LINCHECK))
            .correct("locked", "x.LockedCounter", "synchronized").lincheck("x.CounterTest")
                .mutant(Mutant.of("no-test", "x.NoTest", "no jcstress test to run it in", Tool.JCSTRESS, Tool.LINCHECK))
            .build()));

    @Test
    void allRunsEachJcstressMutantInItsVariantsTestsAndTheGateSelectionNone() {
        assertThat(MutantStressRuns.plan(CATALOG, MutantSelection.GATE)).isEmpty();
        assertThat(MutantStressRuns.plan(CATALOG, MutantSelection.NONE)).isEmpty();
        assertThat(MutantStressRuns.plan(CATALOG, MutantSelection.ALL)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("counter/atomic~get-then-set");
            assertThat(m.tests().matcher("x.CounterStress.Atomic").find()).isTrue();
            assertThat(m.tests().matcher("x.CounterStress.AtomicTwice").find()).isTrue();
            assertThat(m.tests().matcher("x.CounterStress.Plain").find()).isFalse();
            assertThat(m.tests().matcher("x.CounterStress.Atomic2").find()).isFalse();
            assertThat(m.forkArgs(List.of("-Dmine=1")))
                    .containsExactly("-Dmine=1", "-Dracecard.substitute=x.AtomicCounter=x.GetThenSet");
        });
    }

    @Test
    void aFocusedMutantRunsInItsOneTestWhereTheGateSelectionWouldNot() {
        Focus focus = Focus.parse("jcstress:x.CounterStress.AtomicTwice@counter/atomic~get-then-set", CATALOG);
        assertThat(MutantStressRuns.plan(focus.narrow(CATALOG), focus.selection())).singleElement().satisfies(m -> {
            assertThat(m.tests().matcher("x.CounterStress.AtomicTwice").find()).isTrue();
            assertThat(m.tests().matcher("x.CounterStress.Atomic").find()).isFalse();
        });
        Focus variant = Focus.parse("jcstress:x.CounterStress.AtomicTwice@counter/atomic", CATALOG);
        assertThat(MutantStressRuns.plan(variant.narrow(CATALOG), variant.selection())).isEmpty();
    }
}
