package dev.racecard.report.render;

import dev.racecard.report.render.view.CodeLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportViewsTest {

    static final String SOURCE = """
            package x;

            import java.util.List;

            /** RACY: count++ loses updates. */
            final class C {
                private long count;
                // count++ is three steps
                void increment() {
                    count++;
                }
            }
            """;

    @Test
    void codeDropsThePreambleKeepsLineNumbersAndMarksOnlyCodeLines() {
        List<CodeLine> lines = ReportViews.codeLines(SOURCE, List.of("count++"));
        assertThat(lines.get(0)).isEqualTo(new CodeLine(5, "/** RACY: count++ loses updates. */", false));
        assertThat(lines).filteredOn(CodeLine::critical).containsExactly(new CodeLine(10, "        count++;", true));
        assertThat(lines.get(lines.size() - 1).text()).isEqualTo("}");
    }

    @Test
    void sharesAreFormattedAndRareOutcomesStayVisible() {
        assertThat(Formats.percent(0.001)).isEqualTo("0.0010%");
        assertThat(Formats.percent(12.345)).isEqualTo("12.35%");
        var views = ReportViews.outcomeViews(List.of(
                new dev.racecard.report.model.Outcome("a", "", 1, dev.racecard.report.model.Expectation.INTERESTING),
                new dev.racecard.report.model.Outcome("b", "", 999_999, dev.racecard.report.model.Expectation.ACCEPTABLE)));
        assertThat(views.get(0).barWidth()).isEqualTo("0.50");
        assertThat(views.get(1).share()).isEqualTo("100.00%");
    }

    @Test
    void lincheckDetailTraceIsSplitOff() {
        String[] parts = Formats.splitTrace("= Invalid =\n| table |\n\nDetailed trace:\n| long |");
        assertThat(parts[0]).isEqualTo("= Invalid =\n| table |");
        assertThat(parts[1]).isEqualTo("Detailed trace:\n| long |");
        assertThat(Formats.splitTrace("short")[1]).isNull();
    }
}
