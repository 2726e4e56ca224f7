package dev.racecard.junit;

import dev.racecard.catalog.Focus;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.ShowcaseCatalog;
import dev.racecard.catalog.Tool;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectSelectionTest {

    private static final Pattern DICT = ShowcaseCatalog.CATALOG.pattern("shared-dict").orElseThrow();
    private static final Focus STORE = Focus.parse("junit:dev.racecard.showcase.shareddict.SharedDictStoreExperiment"
            + "#synchronized@shared-dict/synchronized~unlocked-put", ShowcaseCatalog.CATALOG);

    @Test
    void aMutantFocusRunsTheVariantAndTheMutantInItsPlace() {
        assertThat(SubjectSelection.focused(STORE, DICT, Set.of(Tool.JUNIT), Set.of("plain-hashmap", "synchronized")))
                .extracting(Subject::toString).containsExactly("synchronized", "synchronized~unlocked-put");
    }

    @Test
    void aVariantFocusRunsTheVariantAlone() {
        Focus variant = new Focus(STORE.tool(), STORE.testId(), STORE.pattern(), STORE.variant(), null);
        assertThat(SubjectSelection.focused(variant, DICT, Set.of(Tool.JUNIT), Set.of("synchronized")))
                .extracting(Subject::toString).containsExactly("synchronized");
    }

    @Test
    void nothingForAnotherToolPatternOrVariant() {
        assertThat(SubjectSelection.focused(STORE, DICT, Set.of(Tool.LINCHECK), Set.of("synchronized"))).isEmpty();
        assertThat(SubjectSelection.focused(STORE, DICT, Set.of(Tool.JUNIT), Set.of("compute-if-absent"))).isEmpty();
        Pattern counter = ShowcaseCatalog.CATALOG.pattern("counter").orElseThrow();
        assertThat(SubjectSelection.focused(STORE, counter, Set.of(Tool.JUNIT), Set.of("synchronized"))).isEmpty();
    }
}
