package dev.racecard.report.cli;

import dev.racecard.report.BadInputException;
import dev.racecard.report.ReportFormat;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** {@code --formats}: which of the report's files to write, by format name; the commands that write share it. */
final class FormatsOption {

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", completionCandidates = Names.class,
            description = "Which files to write, comma-separated: ${COMPLETION-CANDIDATES} (default: all of them).")
    List<String> names = new ArrayList<>();

    /** The formats chosen, in writing order; called before anything is read, so a bad name costs nothing. */
    List<ReportFormat> selected() {
        try {
            return ReportFormat.named(names);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(RacecardCli.oneLine(e.getMessage()));
        }
    }

    /** The file a reader opens, printed at the end: the last one written (index.html, when it is among them). */
    static Path page(Path out, List<ReportFormat> written) {
        return out.resolve(written.get(written.size() - 1).fileName());
    }

    /** The format names, for the option's help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.of(ReportFormat.values()).map(ReportFormat::id).iterator();
        }
    }
}
