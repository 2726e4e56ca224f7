package dev.racecard.evidence;

import dev.racecard.report.ingest.EvidenceReader;

import dev.racecard.catalog.Tool;
import dev.racecard.report.BadInputException;
import dev.racecard.report.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceFilesTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsAnExperiment() throws IOException {
        Experiment original = Evidence.lincheck("counter", "plain", true, Expectation.INTERESTING);
        Path file = EvidenceFiles.write(dir, original);
        assertThat(file.getFileName().toString()).endsWith(EvidenceFiles.SUFFIX);
        assertThat(EvidenceReader.readAll(dir)).containsExactly(original);
        try (var listing = Files.list(dir)) {
            assertThat(listing).hasSize(1); // no temp file left behind
        }
    }

    @Test
    void readsEveryFileInNameOrder() throws IOException {
        Experiment a = Evidence.run("counter", "a", Tool.JUNIT, "A", Expectation.INTERESTING, 1, 2);
        Experiment b = Evidence.run("counter", "b", Tool.JUNIT, "B", Expectation.INTERESTING, 1, 2);
        EvidenceFiles.write(dir, b);
        EvidenceFiles.write(dir, a);
        Files.writeString(dir.resolve("notes.txt"), "ignored: not an evidence file");
        assertThat(EvidenceReader.readAll(dir)).containsExactly(a, b);
    }

    @Test
    void missingDirectoryIsBadInput() {
        assertThatThrownBy(() -> EvidenceReader.readAll(dir.resolve("absent")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void emptyTruncatedCorruptOrForeignFilesAreBadInput() throws IOException {
        Path file = EvidenceFiles.write(dir, Evidence.lincheck("counter", "plain", true, Expectation.INTERESTING));
        String whole = Files.readString(file);

        List<String> broken = List.of("", whole.substring(0, whole.length() / 2), "{\"racecardEvidence\": 1, \"experiment\": {\"tool\": \"jcstress\"}}",
                "{\"racecardEvidence\": 99, \"experiment\": {}}", "[1, 2, 3]", "\u0000\u0001binary",
                "{\"racecardEvidence\": 1, \"experiment\": {\"tool\": \"hammer\", \"testId\": \"t\", \"status\": \"OK\", \"outcomes\": []}}",
                "{\"racecardEvidence\": 1, \"experiment\": {\"tool\": \"junit\", \"testId\": \"t\", \"status\": \"OK\", "
                        + "\"outcomes\": [{\"id\": \"x\", \"count\": -5, \"expectation\": \"ACCEPTABLE\"}]}}");
        for (String content : broken) {
            Files.writeString(file, content);
            assertThatThrownBy(() -> EvidenceReader.readAll(dir))
                    .as("content: %s", content)
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(file.toString())
                    .extracting(Throwable::getMessage).asString().doesNotContain("\n");
        }
    }
}
