package dev.racecard.report;

import dev.racecard.catalog.Tool;
import dev.racecard.report.ingest.EvidenceReader;
import dev.racecard.report.ingest.JcstressFiles;
import dev.racecard.report.ingest.MutantJcstress;
import dev.racecard.evidence.Experiment;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Every kind of input the report reads, with the tools whose runs write it. A new tool's reader is
 * its reading code plus one constant here (and a command-line option for its input). Read in
 * this order, which is the order of the experiments in the report.
 */
public enum EvidenceSource {
    /** Evidence files ({@code *.evidence.json}): what the JUnit extension records, one experiment a file. */
    EVIDENCE_FILES(EnumSet.of(Tool.LINCHECK, Tool.JUNIT, Tool.CHILD_JVM), EvidenceReader::readAll),
    /** jcstress results files, read with jcstress's own classes. */
    JCSTRESS_RESULTS(EnumSet.of(Tool.JCSTRESS), JcstressFiles::read),
    /** The mutants run's jcstress results: one directory per mutant, which says whose they are. */
    MUTANT_JCSTRESS_RESULTS(EnumSet.of(Tool.JCSTRESS), MutantJcstress::read);

    private final Set<Tool> writtenBy;
    private final Function<Path, List<Experiment>> reader;

    EvidenceSource(Set<Tool> writtenBy, Function<Path, List<Experiment>> reader) {
        this.writtenBy = writtenBy;
        this.reader = reader;
    }

    /** Whether a run of {@code tool} writes this input: a focused run reads only its own tool's. */
    public boolean writtenBy(Tool tool) {
        return writtenBy.contains(tool);
    }

    /**
     * Every experiment in one input, a file or directory as the user gave it.
     *
     * @throws BadInputException if it is missing (where it must exist), unreadable, truncated or corrupt
     */
    public List<Experiment> read(Path input) {
        return reader.apply(input);
    }
}
