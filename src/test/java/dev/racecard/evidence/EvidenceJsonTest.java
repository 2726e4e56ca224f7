package dev.racecard.evidence;

import dev.racecard.report.ingest.EvidenceReader;

import dev.racecard.catalog.Tool;
import dev.racecard.report.document.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evidence writer without Jackson against Jackson itself, which wrote evidence files until
 * then: the same bytes (but U+2028/U+2029, which only ours escapes), the same JSON tree, and the
 * report's reader gives back the record that was written.
 */
class EvidenceJsonTest {

    /** What Jackson serialized for an evidence file: the envelope record EvidenceFiles used to hold. */
    record JacksonEnvelope(int racecardEvidence, Experiment experiment) {
    }

    private static final String CONTROLS;

    static {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        CONTROLS = controls.append('\u007f').toString();
    }

    private static final List<String> HOSTILE = List.of(
            "say \"hi\"", "C:\\temp\\", "\\\"", CONTROLS, "line\u2028separator\u2029paragraph",
            "</script><script>alert(1)</script>", "emoji \uD83D\uDE00 and \uD834\uDD1E clef", "é ß 中文 \uFEFF",
            "lone high \uD800 end", "lone low \uDC00", "\uDBFF", "", " ", "{\"not\": \"an object\"}", "null",
            "/* */ // \u0085");

    @TempDir
    Path dir;

    @Test
    void writesWhatJacksonWroteForEveryHostileString() throws IOException {
        for (String hostile : HOSTILE) {
            for (Experiment experiment : List.of(everyField(hostile), fewestFields(hostile))) {
                String ours = EvidenceJson.envelope(EvidenceFiles.FORMAT, experiment);
                String jackson = new String(Json.MAPPER.writeValueAsBytes(
                        new JacksonEnvelope(EvidenceFiles.FORMAT, experiment)), StandardCharsets.UTF_8);

                assertThat(ours).as("string %s", visible(hostile))
                        .isEqualTo(jackson.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"));
                assertThat(Json.MAPPER.readTree(ours)).isEqualTo(Json.MAPPER.readTree(jackson));
                assertThat(read(ours)).isEqualTo(experiment);
            }
        }
    }

    @Test
    void leavesNoRawControlCharacterLineSeparatorOrSurrogate() {
        for (String hostile : HOSTILE) {
            String ours = EvidenceJson.envelope(EvidenceFiles.FORMAT, everyField(hostile));
            assertThat(ours.chars().filter(c -> (c < 0x20 && c != '\n') || c == 0x2028 || c == 0x2029
                    || Character.isSurrogate((char) c))).as("string %s", visible(hostile)).isEmpty();
        }
    }

    @Test
    void roundTripsThroughTheFileAndTheReportsReader() throws IOException {
        for (String hostile : HOSTILE) {
            Experiment experiment = everyField(hostile);
            Path file = EvidenceFiles.write(dir, experiment);
            assertThat(EvidenceReader.read(file)).as("string %s", visible(hostile)).isEqualTo(experiment);
            Files.delete(file);
        }
    }

    @Test
    void refusesANullKeyAsJacksonDid() {
        Map<String, String> settings = new HashMap<>();
        settings.put(null, "value");
        Experiment experiment = new Experiment("p", "v", Tool.JUNIT, "t", RunStatus.OK, List.of(), null, null, null,
                settings, null, 1);
        assertThatThrownBy(() -> EvidenceJson.envelope(EvidenceFiles.FORMAT, experiment))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Json.MAPPER.writeValueAsBytes(new JacksonEnvelope(EvidenceFiles.FORMAT, experiment)))
                .isInstanceOf(IOException.class);
    }

    /** Every field set, nested twice, the hostile string in every string: keys, values, list items. */
    private static Experiment everyField(String s) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("jdk", "17");
        environment.put(s, s);
        environment.put("unknown", null);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("mode", s);
        settings.put(s + "key", "v");
        List<Outcome> outcomes = List.of(new Outcome(s, s, 3, Expectation.INTERESTING),
                new Outcome("x", "", 0, Expectation.ACCEPTABLE), new Outcome("y", "d", Long.MAX_VALUE, Expectation.FORBIDDEN));
        return new Experiment(s, s, s, Tool.LINCHECK, s, RunStatus.TIMEOUT, outcomes, new Counterexample(s, s + "\n" + s),
                List.of(s, "second"), environment, settings,
                List.of(new ConfigurationRun(s, List.of(s, "-XX:-TieredCompilation"), s, outcomes),
                        new ConfigurationRun("bare", List.of()),
                        new ConfigurationRun("one", List.of("-Xint"), null, List.of(outcomes.get(0)))),
                Long.MIN_VALUE);
    }

    /** Every optional field absent: nulls and empty collections. */
    private static Experiment fewestFields(String s) {
        return new Experiment(null, null, Tool.CHILD_JVM, s, RunStatus.ERROR, List.of(), null, null, null, null, null, -1);
    }

    private Experiment read(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("read" + EvidenceFiles.SUFFIX), text);
        try {
            return EvidenceReader.read(file);
        } finally {
            Files.delete(file);
        }
    }

    private static String visible(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
