package dev.racecard.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@UsesJcstressFixtures
class JcstressFixturesReuseTest {

    @TempDir
    Path published;

    private Path publishedResults() throws IOException {
        Path results = Files.createDirectories(published.resolve("fixtures")).resolve("jcstress-results-1.bin.gz");
        return Files.copy(JcstressFixtures.resultsFile(), results);
    }

    private static FileTime testListCompiled() throws IOException, URISyntaxException {
        return Files.getLastModifiedTime(Path.of(JcstressFixtures.class.getClassLoader().getResource("META-INF/TestList").toURI()));
    }

    @Test
    void aRunPublishedAfterTheFixturesWereCompiledIsReadInsteadOfRunAgain() throws Exception {
        Path results = publishedResults();
        Files.setLastModifiedTime(results, FileTime.from(testListCompiled().toInstant().plusSeconds(1)));
        assertThat(JcstressFixtures.publishedRun(published.toString())).hasValueSatisfying(run -> {
            assertThat(run.resultsFile()).isEqualTo(results.toAbsolutePath());
            assertThat(run.resultsRoot()).isEqualTo(published.toAbsolutePath());
        });
    }

    @Test
    void aRunOlderThanTheCompiledFixturesIsStaleAndNoneOrTwoRunsAreNothingToRead() throws Exception {
        assertThat(JcstressFixtures.publishedRun("")).isEmpty();
        assertThat(JcstressFixtures.publishedRun(published.toString())).isEmpty();
        Path results = publishedResults();
        Files.setLastModifiedTime(results, FileTime.from(testListCompiled().toInstant().minusSeconds(1)));
        assertThat(JcstressFixtures.publishedRun(published.toString())).isEmpty();
        Files.setLastModifiedTime(results, FileTime.from(Instant.now().plusSeconds(60)));
        Files.copy(results, results.resolveSibling("jcstress-results-2.bin.gz"));
        assertThat(JcstressFixtures.publishedRun(published.toString())).isEmpty();
    }
}
