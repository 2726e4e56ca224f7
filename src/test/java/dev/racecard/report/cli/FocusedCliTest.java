package dev.racecard.report.cli;

import dev.racecard.catalog.Tool;
import dev.racecard.report.Evidence;
import dev.racecard.evidence.EvidenceFiles;
import dev.racecard.evidence.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --focus}: the gate on one experiment, as a reproduce line runs it. */
class FocusedCliTest {

    private static final String TEST = "dev.racecard.showcase.counter.CounterExperiment#synchronized";
    private static final String FOCUS = "junit:" + TEST + "@counter/synchronized~fresh-lock";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RacecardCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** What the focused run wrote: the variant clean, the mutant in its place caught. */
    private Path evidence() throws IOException {
        Path dir = tmp.resolve("evidence");
        EvidenceFiles.write(dir, Evidence.run("counter", "synchronized", Tool.JUNIT, TEST, Expectation.FORBIDDEN, 0, 20));
        EvidenceFiles.write(dir, Evidence.run("counter", "synchronized", Tool.JUNIT, TEST, Expectation.FORBIDDEN, 1, 3)
                .boundTo("counter", "synchronized", "fresh-lock"));
        return dir;
    }

    @Test
    void gradesTheFocusedExperimentAloneAndSaysWhatKilledTheMutant() throws IOException {
        int status = run("gate", "--evidence", evidence().toString(), "--jcstress", tmp.resolve("never-written").toString(),
                "--mutants", "gate", "--focus", FOCUS);
        assertThat(status).as(err.toString()).isEqualTo(RacecardCli.PASSED);
        assertThat(out.toString()).contains("racecard: killed: counter/synchronized~fresh-lock [junit " + TEST
                + "]: forbidden outcome 'lost'").contains("gate passed (1 variants, 1 of 1 mutants killed");
    }

    @Test
    void withoutTheVariantsOwnEvidenceTheFocusedGateFails() throws IOException {
        Path dir = tmp.resolve("mutant-only");
        EvidenceFiles.write(dir, Evidence.run("counter", "synchronized", Tool.JUNIT, TEST, Expectation.FORBIDDEN, 1, 3)
                .boundTo("counter", "synchronized", "fresh-lock"));
        assertThat(run("gate", "--evidence", dir.toString(), "--focus", FOCUS)).isEqualTo(RacecardCli.GATE_FAILED);
        assertThat(err.toString()).contains("racecard: FAILED: counter/synchronized [junit " + TEST
                + "]: no evidence from this declared experiment");
    }

    @Test
    void anEmptyFocusIsNone() throws IOException {
        assertThat(run("gate", "--evidence", evidence().toString(), "--focus", "")).isEqualTo(RacecardCli.GATE_FAILED);
        assertThat(out.toString()).doesNotContain("killed:").contains("variants");
        assertThat(err.toString()).contains("counter/plain").contains("no evidence");
    }

    @Test
    void aFocusTheCatalogDoesNotDeclareIsBadInputInOneLine() throws IOException {
        assertThat(run("gate", "--evidence", evidence().toString(), "--focus", FOCUS.replace("fresh-lock", "nope")))
                .isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("racecard: error: focus: counter/synchronized has no mutant 'nope'"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }
}
