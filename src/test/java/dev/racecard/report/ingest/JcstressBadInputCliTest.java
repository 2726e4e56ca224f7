package dev.racecard.report.ingest;

import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import dev.racecard.report.cli.RacecardCli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI end of a broken jcstress results file: exit status 2, one line
 * {@code racecard: error: jcstress results file FILE …}, and no report written.
 */
@UsesJcstressFixtures
class JcstressBadInputCliTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"empty", "not gzip", "cut in the trailer", "cut in a record", "record cut and gzipped whole",
            "negative count"})
    void aBrokenResultsFileIsOneErrorLineAndNoReport(String broken) throws Exception {
        Path file = make(broken, tmp.resolve("jcstress-results-broken.bin.gz"));
        Path out = tmp.resolve("reports");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();

        int status = RacecardCli.run(new String[]{"report", "--catalog", "none", "--jcstress", file.toString(), "--out", out.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));

        assertThat(status).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(stderr.toString().lines().toList()).singleElement().asString()
                .startsWith("racecard: error: jcstress results file " + file + " is ");
        assertThat(out.resolve("index.html")).doesNotExist();
    }

    private static Path make(String broken, Path to) throws Exception {
        Path real = JcstressFixtures.resultsFile();
        long size = Files.size(real);
        return switch (broken) {
            case "empty" -> Files.createFile(to);
            case "not gzip" -> Files.writeString(to, "<html>a report, not results</html>");
            case "cut in the trailer" -> JcstressBytes.cut(real, (int) size - 3, to);
            case "cut in a record" -> JcstressBytes.cut(real, (int) size / 2, to);
            case "record cut and gzipped whole" -> {
                byte[] raw = JcstressBytes.gunzip(real);
                List<Integer> boundaries = JcstressBytes.boundaries(raw);
                yield JcstressBytes.gzip(raw, boundaries.get(boundaries.size() - 1) - 10, to);
            }
            case "negative count" -> negativeCount(real, to);
            default -> throw new IllegalArgumentException(broken);
        };
    }

    private static Path negativeCount(Path real, Path to) throws IOException {
        byte[] raw = JcstressBytes.gunzip(real);
        for (var r : JcstressStream.read(real)) {
            for (String outcome : r.getStateKeys()) {
                if (JcstressBytes.occursOnce(raw, r.getCount(outcome))) {
                    byte[] patched = JcstressBytes.replaceLong(raw, r.getCount(outcome), -r.getCount(outcome));
                    return JcstressBytes.gzip(patched, patched.length, to);
                }
            }
        }
        throw new IllegalStateException("no count occurs once in " + real);
    }
}
