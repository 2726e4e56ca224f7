package dev.racecard.report;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.report.document.Documents;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.report.ingest.EvidenceBinder;
import dev.racecard.report.ingest.MutantJcstress;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.report.render.ReportViews;
import dev.racecard.report.render.view.ReportView;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The imperative shell around the pure core: read every input (failing fast on bad input),
 * grade, render every output to a temporary file, and only then move them into place by atomic
 * rename. A bad input therefore leaves the previous report untouched.
 */
public final class ReportJob {

    private ReportJob() {
    }

    /**
     * Reads every input given, source by source in {@link EvidenceSource}'s order, then binds the
     * experiments to the catalog and grades them. Evidence reused from the history gets its age as
     * of now ({@link ReusedEvidence#aged}), which racecard.json then carries.
     *
     * @param inputs the files or directories given for each source; a source not in it is not read
     */
    public static GateVerdict evaluate(Catalog catalog, Map<EvidenceSource, List<Path>> inputs, RacePolicy policy,
                                       MutantSelection selection) {
        List<Experiment> experiments = new ArrayList<>();
        Instant now = Instant.now();
        for (EvidenceSource source : EvidenceSource.values()) {
            for (Path input : inputs.getOrDefault(source, List.of())) {
                source.read(input).forEach(e -> experiments.add(ReusedEvidence.aged(e, now)));
            }
        }
        return Gate.evaluate(catalog, EvidenceBinder.bind(catalog, experiments), policy, selection);
    }

    /** {@link #evaluate(Catalog, Map, RacePolicy, MutantSelection)} over {@link #inputs}. */
    public static GateVerdict evaluate(Catalog catalog, Path evidenceDir, List<Path> jcstressResults,
                                       Path mutantJcstress, RacePolicy policy, MutantSelection selection) {
        return evaluate(catalog, inputs(evidenceDir, jcstressResults, mutantJcstress), policy, selection);
    }

    /**
     * The inputs as the command line names them: {@code --evidence}, {@code --jcstress} (repeatable)
     * and {@code --mutant-jcstress} (see {@link MutantJcstress}); null or empty: not given.
     */
    public static Map<EvidenceSource, List<Path>> inputs(Path evidenceDir, List<Path> jcstressResults,
                                                         Path mutantJcstress) {
        Map<EvidenceSource, List<Path>> inputs = new EnumMap<>(EvidenceSource.class);
        inputs.put(EvidenceSource.EVIDENCE_FILES, evidenceDir == null ? List.of() : List.of(evidenceDir));
        inputs.put(EvidenceSource.JCSTRESS_RESULTS, List.copyOf(jcstressResults));
        inputs.put(EvidenceSource.MUTANT_JCSTRESS_RESULTS, mutantJcstress == null ? List.of() : List.of(mutantJcstress));
        return inputs;
    }

    /** Renders one output file onto a stream; rendering happens only when it is written. */
    @FunctionalInterface
    public interface Output {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The files of the formats given, by name, ready to render: the same renderers whether the
     * document comes from a run or a merge, of one environment or many.
     */
    public static Map<String, Output> outputs(RacecardDocument doc, Map<String, String> sources,
                                              List<ReportFormat> formats) {
        Supplier<ReportView> view = once(() -> ReportViews.of(doc, sources));
        Map<String, Output> files = new LinkedHashMap<>();
        for (ReportFormat format : formats) {
            files.put(format.fileName(), out -> format.renderer().render(doc, view, out));
        }
        return files;
    }

    /** Builds the view on first use and keeps it: HTML and Markdown share it, JSON and JUnit XML need none. */
    private static Supplier<ReportView> once(Supplier<ReportView> build) {
        return new Supplier<>() {
            private ReportView view;

            @Override
            public ReportView get() {
                if (view == null) {
                    view = build.get();
                }
                return view;
            }
        };
    }

    /** Every format rendered into memory: for tests and small runs. */
    public static Map<String, byte[]> render(RacecardDocument doc) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Output> file : outputs(doc, Map.of(), List.of(ReportFormat.values())).entrySet()) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                file.getValue().writeTo(buffer);
                bytes.put(file.getKey(), buffer.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** A single run's verdict, as its document, rendered into memory. */
    public static Map<String, byte[]> render(GateVerdict verdict, Instant now) {
        return render(Documents.of(verdict, now));
    }

    public static void write(Path outDir, Map<String, byte[]> files) throws IOException {
        Map<String, Output> outputs = new LinkedHashMap<>();
        files.forEach((name, content) -> outputs.put(name, out -> out.write(content)));
        writeAll(outDir, outputs);
    }

    /** Temporary files are created owner-only; a report is for everyone who can read the directory. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * Renders every output into a temporary file beside its target, and only when all of them
     * rendered moves each into place by atomic rename: a failure leaves the previous report
     * whole, and memory stays bounded however large the report is.
     */
    public static void writeAll(Path outDir, Map<String, Output> outputs) throws IOException {
        Files.createDirectories(outDir);
        Map<String, Path> rendered = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Output> file : outputs.entrySet()) {
                Path temp = Files.createTempFile(outDir, "." + file.getKey(), ".tmp");
                rendered.put(file.getKey(), temp);
                readableByAll(temp);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                    file.getValue().writeTo(out);
                }
            }
            for (Map.Entry<String, Path> file : rendered.entrySet()) {
                Files.move(file.getValue(), outDir.resolve(file.getKey()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path temp : rendered.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
