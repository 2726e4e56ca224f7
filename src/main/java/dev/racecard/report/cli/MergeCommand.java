package dev.racecard.report.cli;

import dev.racecard.report.ReportFormat;
import dev.racecard.report.ReportJob;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.merge.MergeJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code racecard merge}: several racecard.json documents (other JDKs, other machines, earlier
 * merges) into one, rendered like a single run's. Exits like {@code report}: 0 if the combined gate passes.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge racecard.json files (e.g. JDK 17 and JDK 25 runs, or earlier merges) into one report with "
                + "every environment side by side: index.html, racecard.json, summary.md, junit.xml; exit with the "
                + "combined gate's status.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE.json", description = "racecard.json files (schema 2).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write the merged report into.")
    Path out;

    @Option(names = "--label", paramLabel = "NAME",
            description = "The environments' names, one per environment of the inputs, in order (default: the JDK, "
                    + "vendor, OS and arch each run reports; runs on the same machine get their file name added).")
    List<String> labels = new ArrayList<>();

    @CommandLine.Mixin
    FormatsOption formats;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ReportFormat> written = formats.selected();
        RacecardDocument merged = MergeJob.merge(files, labels, Instant.now());
        ReportJob.writeAll(out, ReportJob.outputs(merged, Map.of(), written));
        return RacecardCli.conclude(merged, spec, "merged gate (" + merged.environments().size() + " environments)",
                "report: " + FormatsOption.page(out, written), false);
    }
}
