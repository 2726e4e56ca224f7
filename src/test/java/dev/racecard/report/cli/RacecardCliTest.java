package dev.racecard.report.cli;

import dev.racecard.catalog.Tool;
import dev.racecard.report.Evidence;
import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import dev.racecard.evidence.EvidenceFiles;
import dev.racecard.evidence.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@UsesJcstressFixtures
class RacecardCliTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RacecardCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path reports() {
        return tmp.resolve("reports");
    }

    private long filesIn(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void realForbiddenOutcomeFailsTheGateAndStillWritesTheReport() throws IOException {
        int status = run("report", "--catalog", "none", "--jcstress", JcstressFixtures.resultsFile().toString(),
                "--out", reports().toString());

        assertThat(status).isEqualTo(RacecardCli.GATE_FAILED);
        assertThat(err.toString()).contains("racecard: FAILED: dev.racecard.report.fixtures.BrokenClaimsStress.ForbiddenObserved "
                + "[jcstress dev.racecard.report.fixtures.BrokenClaimsStress.ForbiddenObserved]: forbidden outcome '1' "
                + "(lost update <script>alert('x')</script>) observed");
        assertThat(err.toString()).contains("BrokenClaimsStress.ActorThrows]: experiment ended in ERROR");
        assertThat(out.toString()).startsWith("racecard: gate FAILED");
        assertThat(reports().resolve("index.html")).exists();
        assertThat(reports().resolve("racecard.json")).exists();
        assertThat(reports().resolve("summary.md")).exists();
        assertThat(reports().resolve("junit.xml")).exists();
        assertThat(filesIn(reports())).isEqualTo(4); // no temp files left behind
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(reports().resolve("index.html")))).isEqualTo("rw-r--r--");
    }

    @Test
    void gateCommandWritesNothing() throws IOException {
        int status = run("gate", "--catalog", "none", "--jcstress", JcstressFixtures.resultsFile().toString());
        assertThat(status).isEqualTo(RacecardCli.GATE_FAILED);
        assertThat(filesIn(tmp)).isZero();
    }

    @Test
    void passingEvidencePassesWithStatusZero() throws IOException {
        Path evidence = tmp.resolve("evidence");
        EvidenceFiles.write(evidence, Evidence.run(null, null, Tool.JCSTRESS, "some.Test", Expectation.INTERESTING, 3, 100));
        assertThat(run("gate", "--catalog", "none", "--evidence", evidence.toString())).isEqualTo(RacecardCli.PASSED);
        assertThat(out.toString()).startsWith("racecard: gate passed");
    }

    @Test
    void builtInCatalogWithoutEvidenceFails() throws IOException {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        assertThat(run("gate", "--evidence", evidence.toString())).isEqualTo(RacecardCli.GATE_FAILED);
        assertThat(err.toString()).contains("counter/synchronized [lincheck dev.racecard.showcase.counter.CounterExperiment#synchronized]: "
                + "no evidence from this declared experiment");
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing() throws IOException {
        Path corrupt = tmp.resolve("jcstress-results-x.bin.gz");
        Files.writeString(corrupt, "garbage");
        Files.createDirectories(reports());
        Files.writeString(reports().resolve("index.html"), "previous report");

        int status = run("report", "--jcstress", corrupt.toString(), "--out", reports().toString());

        assertThat(status).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString()).startsWith("racecard: error: jcstress results file").contains("is corrupt");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(Files.readString(reports().resolve("index.html"))).isEqualTo("previous report");
        assertThat(filesIn(reports())).isEqualTo(1);
    }

    @Test
    void aResultsDirectoryIsEveryGroupSubdirectory() {
        // the stress-run driver's layout: RESULTS/<group>/jcstress-results-*.bin.gz
        int status = run("gate", "--catalog", "none", "--jcstress", JcstressFixtures.resultsRoot().toString());
        assertThat(status).isEqualTo(RacecardCli.GATE_FAILED);
        assertThat(err.toString()).contains("BrokenClaimsStress.ForbiddenObserved]: forbidden outcome '1'");
    }

    @Test
    void aResultsDirectoryWithoutResultsIsBadInputInOneLine() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("jcstress").resolve("interleaving"));

        int status = run("gate", "--jcstress", empty.getParent().toString());

        assertThat(status).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("racecard: error: no jcstress-results-*.bin.gz file in "
                + empty.getParent() + " or its subdirectories (did jcstress run?)");
    }

    @Test
    void missingInputsAreBadInput() {
        assertThat(run("gate", "--evidence", tmp.resolve("absent").toString())).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString()).contains("does not exist");
        assertThat(run("gate")).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString()).contains("nothing to grade");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("gate", "--frobnicate")).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
        assertThat(run()).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(run("gate", "--evidence", tmp.toString(), "--race-policy", "sometimes")).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString()).contains("unknown race policy 'sometimes'");
        assertThat(run("explode")).isEqualTo(RacecardCli.BAD_INPUT);
    }

    @Test
    void hostileStringsInMessagesStayOnOneLine() {
        assertThat(RacecardCli.oneLine("a\nb\r\nc\u0007d\u001b[31m")).isEqualTo("a b c?d?[31m");
    }

    @Test
    void anUnknownCatalogProviderIsBadInputInOneLine() {
        int status = run("gate", "--catalog", "com.example.NoSuchCatalog", "--jcstress",
                JcstressFixtures.resultsFile().toString());

        assertThat(status).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("racecard: error: catalog provider class com.example.NoSuchCatalog not found "
                + "on the class path" + System.lineSeparator());
    }
}
