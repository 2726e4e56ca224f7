package dev.racecard.report;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Tool;
import dev.racecard.evidence.EvidenceFiles;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's inputs by source: which tools write each, and the order they are read in. */
@UsesJcstressFixtures
class EvidenceSourceTest {

    @TempDir
    Path tmp;

    @Test
    void everyToolWritesSomeSourceSoAFocusedRunOfItReadsSomething() {
        for (Tool tool : Tool.values()) {
            assertThat(Stream.of(EvidenceSource.values()).filter(s -> s.writtenBy(tool))).as("%s", tool).isNotEmpty();
        }
    }

    @Test
    void sourcesAreReadInTheirOwnOrderWhateverOrderTheyAreGivenIn() throws IOException {
        Path evidence = tmp.resolve("evidence");
        EvidenceFiles.write(evidence, Evidence.run(null, null, Tool.JUNIT, "some.Test#trial", Expectation.INTERESTING, 3, 100));
        Map<EvidenceSource, List<Path>> jcstressFirst = new LinkedHashMap<>();
        jcstressFirst.put(EvidenceSource.JCSTRESS_RESULTS, List.of(JcstressFixtures.resultsFile()));
        jcstressFirst.put(EvidenceSource.EVIDENCE_FILES, List.of(evidence));

        GateVerdict verdict = ReportJob.evaluate(new Catalog(List.of()), jcstressFirst, RacePolicy.WARN, MutantSelection.NONE);

        List<Tool> tools = verdict.unowned().stream().map(Experiment::tool).toList();
        assertThat(tools).first().isEqualTo(Tool.JUNIT);
        assertThat(tools.subList(1, tools.size())).isNotEmpty().containsOnly(Tool.JCSTRESS);
    }

    @Test
    void aSourceNotGivenIsNotRead() {
        // a focused jcstress run's evidence directory may not exist: leaving it out must not read it
        Map<EvidenceSource, List<Path>> given = ReportJob.inputs(tmp.resolve("never-written"),
                List.of(JcstressFixtures.resultsFile()), null);
        given.keySet().removeIf(source -> !source.writtenBy(Tool.JCSTRESS));

        GateVerdict verdict = ReportJob.evaluate(new Catalog(List.of()), given, RacePolicy.WARN, MutantSelection.NONE);

        assertThat(verdict.unowned()).isNotEmpty().allSatisfy(e -> assertThat(e.tool()).isEqualTo(Tool.JCSTRESS));
    }
}
