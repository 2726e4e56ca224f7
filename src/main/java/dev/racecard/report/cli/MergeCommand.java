package dev.racecard.report.cli;

import dev.racecard.report.ReportJob;
import dev.racecard.report.merge.MergeJob;
import dev.racecard.report.merge.MergedDocument;
import dev.racecard.report.merge.MergedDocument.LabelledFinding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code racecard merge}: several runs' racecard.json (other JDKs, other machines) into one report
 * with a column per environment. Exits like {@code report}: 0 if the combined gate passes.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge several reports/racecard.json files (e.g. JDK 17 and JDK 25 runs) into one report with "
                + "a column per environment: index.html, racecard.json, summary.md, junit.xml; exit with the combined gate's status.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE.json", description = "racecard.json files of single runs.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write the merged report into.")
    Path out;

    @Option(names = "--label", paramLabel = "NAME",
            description = "The environment's name, one per FILE in order (default: the JDK, vendor, OS and arch its "
                    + "experiments report, else the file name).")
    List<String> labels = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MergedDocument merged = MergeJob.merge(files, labels, Instant.now());
        ReportJob.write(out, MergeJob.render(merged));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (LabelledFinding w : merged.gate().warnings()) {
            err.println("racecard: warning: " + RacecardCli.oneLine(w.line()));
        }
        for (LabelledFinding f : merged.gate().failures()) {
            err.println("racecard: FAILED: " + RacecardCli.oneLine(f.line()));
        }
        stdout.println("racecard: merged gate " + (merged.gate().passed() ? "passed" : "FAILED") + " ("
                + merged.environments().size() + " environments, " + merged.gate().failures().size() + " failures, "
                + merged.gate().warnings().size() + " warnings); report: " + out.resolve("index.html"));
        return merged.gate().passed() ? RacecardCli.PASSED : RacecardCli.GATE_FAILED;
    }
}
