package dev.racecard.stress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StressBudgetTest {

    @Test
    void namedBudgetsAndOptionLines() {
        assertThat(StressBudget.options("gate")).containsExactly("-m", "quick", "-iters", "1", "-sc", "false");
        assertThat(StressBudget.options("sanity")).containsExactly("-m", "sanity");
        assertThat(StressBudget.options("thorough")).containsExactly("-m", "default");
        assertThat(StressBudget.options(" -m tough  -f 2 ")).containsExactly("-m", "tough", "-f", "2");
    }

    @Test
    void anythingElseIsRefusedWithTheBudgetsNamed() {
        assertThatThrownBy(() -> StressBudget.options("fast"))
                .hasMessage("unknown jcstress budget 'fast': gate, thorough, sanity, or a jcstress option line such as "
                        + "'-m quick -iters 1'");
        assertThatThrownBy(() -> StressBudget.options("-m quick -t Counter"))
                .hasMessageContaining("sets -t, which racecard:stress sets itself");
    }
}
