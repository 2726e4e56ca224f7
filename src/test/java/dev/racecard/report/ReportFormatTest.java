package dev.racecard.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's files by name: what {@code --formats} selects, in the order they are written. */
class ReportFormatTest {

    @Test
    void noNameIsEveryFormatWithTheHtmlPageLast() {
        assertThat(ReportFormat.named(List.of())).extracting(ReportFormat::fileName)
                .containsExactly("racecard.json", "summary.md", "junit.xml", "index.html");
    }

    @Test
    void namedFormatsAreWrittenInTheRegistryOrderOnceEach() {
        assertThat(ReportFormat.named(List.of("html", " json", "html"))).containsExactly(ReportFormat.JSON, ReportFormat.HTML);
    }

    @Test
    void anUnknownNameSaysWhichNamesThereAre() {
        assertThatThrownBy(() -> ReportFormat.named(List.of("json", "pdf"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'pdf' (json, markdown, junit, html)");
    }

}
