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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.racecard.report.merge.MergeFixtures.JDK17;
import static dev.racecard.report.merge.MergeFixtures.JDK25;
import static dev.racecard.report.merge.MergeFixtures.sampledRun;
import static org.assertj.core.api.Assertions.assertThat;

class MergeCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RacecardCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path merged() {
        return tmp.resolve("merged");
    }

    private int merge(Path... inputs) {
        List<String> args = new ArrayList<>(List.of("merge", "--out", merged().toString()));
        Stream.of(inputs).map(Path::toString).forEach(args::add);
        return run(args.toArray(String[]::new));
    }

    private List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void combinedGateFailureExitsOneAndWritesAllFourFiles() throws IOException {
        Path jdk17 = MergeFixtures.write(tmp, "jdk17.json", sampledRun(JDK17, 250, 0));
        Path jdk25 = MergeFixtures.write(tmp, "jdk25.json", sampledRun(JDK25, 0, 3));

        assertThat(merge(jdk17, jdk25)).isEqualTo(RacecardCli.GATE_FAILED);
        assertThat(filesIn(merged())).containsExactly("index.html", "junit.xml", "racecard.json", "summary.md");
        assertThat(out.toString()).startsWith("racecard: merged gate (2 environments) FAILED (2 variants, 1 failures, 4 warnings)");
        assertThat(err.toString()).contains("racecard: FAILED: [JDK 25 (Eclipse Adoptium), Linux amd64] counter/synchronized");
    }

    @Test
    void combinedGatePassExitsZero() throws IOException {
        Path jdk17 = MergeFixtures.write(tmp, "jdk17.json", sampledRun(JDK17, 0, 0));
        Path jdk25 = MergeFixtures.write(tmp, "jdk25.json", sampledRun(JDK25, 40, 0));
        assertThat(merge(jdk17, jdk25)).isEqualTo(RacecardCli.PASSED);
        assertThat(out.toString()).startsWith("racecard: merged gate (2 environments) passed (2 variants");
    }

    @Test
    void labelsNameTheColumns() throws IOException {
        Path a = MergeFixtures.write(tmp, "a.json", sampledRun(JDK17, 250, 0));
        Path b = MergeFixtures.write(tmp, "b.json", sampledRun(JDK17, 250, 0));
        assertThat(run("merge", "--out", merged().toString(), "--label", "x64", "--label", "arm64", a.toString(), b.toString()))
                .isEqualTo(RacecardCli.PASSED);
        assertThat(Files.readString(merged().resolve("summary.md"))).contains("Environments: x64 ", "; arm64 ")
                .contains("| x64: race 250 of 1,000");

        assertThat(run("merge", "--out", tmp.resolve("other").toString(), "--label", "x64", a.toString(), b.toString()))
                .isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString()).contains("1 labels for 2 environments");
        assertThat(tmp.resolve("other")).doesNotExist();
    }

    @Test
    void mergeReadsWhatTheReportCommandWrites() throws IOException {
        Path evidence = tmp.resolve("evidence");
        EvidenceFiles.write(evidence, Evidence.run(null, null, Tool.JCSTRESS, "some.Test", Expectation.INTERESTING, 3, 100));
        assertThat(run("report", "--catalog", "none", "--evidence", evidence.toString(), "--out", tmp.resolve("r").toString()))
                .isEqualTo(RacecardCli.PASSED);
        Path report = tmp.resolve("r").resolve("racecard.json");
        assertThat(merge(report, report)).isEqualTo(RacecardCli.PASSED);
        // one machine twice, same file name: still two distinct columns
        assertThat(Files.readString(merged().resolve("summary.md")))
                .contains("JDK 17, Linux amd64 \\(racecard.json\\)", "JDK 17, Linux amd64 \\(racecard.json\\) \\#2");
        // a merged document is a document: it merges again
        Path mergedJson = merged().resolve("racecard.json");
        assertThat(run("merge", "--out", tmp.resolve("again").toString(), mergedJson.toString(), report.toString()))
                .isEqualTo(RacecardCli.PASSED);
    }

    @Test
    void badInputsExitTwoWithOneLineAndWriteNothing() throws IOException {
        Path good = MergeFixtures.write(tmp, "good.json", sampledRun(JDK17, 250, 0));
        String json = Files.readString(good);
        Path truncated = Files.writeString(tmp.resolve("truncated.json"), json.substring(0, json.length() / 2));
        Path empty = Files.writeString(tmp.resolve("empty.json"), "");
        Path blank = Files.writeString(tmp.resolve("blank.json"), " \n");
        Path future = Files.writeString(tmp.resolve("future.json"), json.replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 3"));
        Path older = Files.writeString(tmp.resolve("older.json"), json.replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 1"));
        Path unversioned = Files.writeString(tmp.resolve("unversioned.json"), json.replace("\"schemaVersion\" : 2,", ""));
        Path notObject = Files.writeString(tmp.resolve("array.json"), "[1, 2]");
        Path trailing = Files.writeString(tmp.resolve("trailing.json"), json + "{");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) dev.racecard.report.document.Json.MAPPER.readTree(json);
        tree.remove("patterns");
        Path noPatterns = Files.writeString(tmp.resolve("nopatterns.json"), tree.toString());
        Path badEnum = Files.writeString(tmp.resolve("badenum.json"), json.replace("\"RACY\"", "\"SOMETIMES\""));
        Path missing = tmp.resolve("absent.json");
        MergeFixtures.write(tmp, "jdk25.json", sampledRun(JDK25, 250, 0));
        assertThat(merge(good, tmp.resolve("jdk25.json"))).isEqualTo(RacecardCli.PASSED);
        Path mergedJson = merged().resolve("racecard.json");
        Files.writeString(merged().resolve("index.html"), "previous report");

        record Case(Path file, String says) {
        }
        for (Case c : List.of(new Case(truncated, "is corrupt"), new Case(empty, "is empty"), new Case(blank, "is empty"),
                new Case(future, "has schema version 3; this Racecard reads version 2"),
                new Case(older, "has schema version 1, written by an older Racecard; regenerate it"),
                new Case(unversioned, "has no schemaVersion"), new Case(notObject, "not a JSON object"),
                new Case(trailing, "is corrupt"), new Case(noPatterns, "is incomplete: no patterns"),
                new Case(badEnum, "is corrupt"), new Case(missing, "does not exist"), new Case(tmp, "is not a file"))) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            String before = Files.readString(mergedJson);

            assertThat(merge(good, c.file())).as(c.file().toString()).isEqualTo(RacecardCli.BAD_INPUT);

            assertThat(err.toString()).as(c.file().toString()).startsWith("racecard: error: report " + c.file())
                    .contains(c.says()).doesNotContain("\tat ");
            assertThat(err.toString().strip().lines()).hasSize(1);
            assertThat(Files.readString(merged().resolve("index.html"))).isEqualTo("previous report");
            assertThat(Files.readString(mergedJson)).isEqualTo(before);
            assertThat(filesIn(merged())).hasSize(4);
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("merge", "--out", merged().toString())).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required parameter");
        assertThat(run("merge", tmp.resolve("x.json").toString())).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(merged()).doesNotExist();
    }
}
