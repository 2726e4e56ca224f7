package dev.racecard.stress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubstitutionTest {

    public interface Box {
    }

    public static class Declared implements Box {
    }

    public static class Mutant implements Box {
    }

    public static class Other implements Box {
    }

    @AfterEach
    void unset() {
        System.clearProperty(Substitution.PROPERTY);
    }

    @Test
    void withoutThePropertyEveryTestBuildsItsOwnVariant() {
        Supplier<Box> box = Substitution.of(Box.class, Declared.class);
        assertThat(box.get()).isInstanceOf(Declared.class).isNotSameAs(box.get());
    }

    @Test
    void thePropertyPutsTheMutantInTheNamedVariantsPlaceOnly() {
        System.setProperty(Substitution.PROPERTY, Declared.class.getName() + "=" + Mutant.class.getName());
        assertThat(Substitution.of(Box.class, Declared.class).get()).isInstanceOf(Mutant.class);
        assertThat(Substitution.of(Box.class, Other.class).get()).isInstanceOf(Other.class);
    }

    @Test
    void aMutantThatDoesNotExistOrIsNoSubjectIsRefused() {
        System.setProperty(Substitution.PROPERTY, Declared.class.getName() + "=x.Missing");
        assertThatThrownBy(() -> Substitution.of(Box.class, Declared.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.Missing");
        System.setProperty(Substitution.PROPERTY, Declared.class.getName() + "=" + String.class.getName());
        assertThatThrownBy(() -> Substitution.of(Box.class, Declared.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no " + Box.class.getName());
    }
}
