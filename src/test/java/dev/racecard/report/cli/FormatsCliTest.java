package dev.racecard.report.cli;

import dev.racecard.catalog.Tool;
import dev.racecard.report.Evidence;
import dev.racecard.evidence.EvidenceFiles;
import dev.racecard.report.merge.MergeFixtures;
import dev.racecard.evidence.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.racecard.report.merge.MergeFixtures.JDK17;
import static dev.racecard.report.merge.MergeFixtures.JDK25;
import static dev.racecard.report.merge.MergeFixtures.sampledRun;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --formats}: the report and merge commands write the files named, and only those. */
class FormatsCliTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RacecardCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path evidence() throws IOException {
        Path dir = tmp.resolve("evidence");
        EvidenceFiles.write(dir, Evidence.run(null, null, Tool.JUNIT, "some.Test#trial", Expectation.INTERESTING, 3, 100));
        return dir;
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void reportWritesTheNamedFormatsAndPointsAtTheLastOne() throws IOException {
        Path reports = tmp.resolve("reports");
        int status = run("report", "--catalog", "none", "--evidence", evidence().toString(), "--formats", "markdown,json",
                "--out", reports.toString());

        assertThat(status).as(err.toString()).isEqualTo(RacecardCli.PASSED);
        assertThat(filesIn(reports)).containsExactly("racecard.json", "summary.md");
        assertThat(out.toString().strip()).endsWith("; report: " + reports.resolve("summary.md"));
    }

    @Test
    void withoutFormatsTheReportPointsAtTheHtmlPage() throws IOException {
        Path reports = tmp.resolve("reports");
        run("report", "--catalog", "none", "--evidence", evidence().toString(), "--out", reports.toString());
        assertThat(filesIn(reports)).containsExactly("index.html", "junit.xml", "racecard.json", "summary.md");
        assertThat(out.toString().strip()).endsWith("; report: " + reports.resolve("index.html"));
    }

    @Test
    void anUnknownFormatIsBadInputInOneLineBeforeAnythingIsReadOrWritten() throws IOException {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(reports.resolve("index.html"), "previous report");

        int status = run("report", "--catalog", "none", "--evidence", tmp.resolve("absent").toString(), "--formats", "html,pdf",
                "--out", reports.toString());

        assertThat(status).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("racecard: error: unknown report format 'pdf' (json, markdown, junit, html)"
                + System.lineSeparator());
        assertThat(filesIn(reports)).containsExactly("index.html");
        assertThat(Files.readString(reports.resolve("index.html"))).isEqualTo("previous report");
    }

    @Test
    void mergeWritesTheNamedFormats() throws IOException {
        Path jdk17 = MergeFixtures.write(tmp, "jdk17.json", sampledRun(JDK17, 250, 0));
        Path jdk25 = MergeFixtures.write(tmp, "jdk25.json", sampledRun(JDK25, 0, 3));
        Path merged = tmp.resolve("merged");

        run("merge", "--formats", "html", "--out", merged.toString(), jdk17.toString(), jdk25.toString());

        assertThat(filesIn(merged)).containsExactly("index.html");
    }

    @Test
    void theHelpListsTheFormats() {
        run("report", "--help");
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("--formats=FORMAT[,FORMAT...]")
                .contains("json, markdown, junit, html (default: all of them)");
    }
}
