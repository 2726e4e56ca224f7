package dev.racecard.report;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.report.document.DocumentFiles;
import dev.racecard.report.document.Documents;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.evidence.EvidenceFiles;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.report.ingest.EvidenceBinder;
import dev.racecard.report.ingest.JcstressFiles;
import dev.racecard.report.ingest.MutantJcstress;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.render.HtmlRenderer;
import dev.racecard.report.render.JunitXml;
import dev.racecard.report.render.ReportViews;
import dev.racecard.report.render.SummaryMarkdown;
import dev.racecard.report.render.view.ReportView;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The imperative shell around the pure core: read every input (failing fast on bad input),
 * grade, render every output to a temporary file, and only then move them into place by atomic
 * rename. A bad input therefore leaves the previous report untouched.
 */
public final class ReportJob {

    private ReportJob() {
    }

    /**
     * @param mutantJcstress the mutants run's jcstress results, one subdirectory per mutant (see
     *                       {@link MutantJcstress}), or null
     */
    public static GateVerdict evaluate(Catalog catalog, Path evidenceDir, List<Path> jcstressResults,
                                       Path mutantJcstress, RacePolicy policy, MutantSelection selection) {
        List<Experiment> experiments = new ArrayList<>();
        if (evidenceDir != null) {
            experiments.addAll(EvidenceFiles.readAll(evidenceDir));
        }
        for (Path results : jcstressResults) {
            experiments.addAll(JcstressFiles.read(results));
        }
        if (mutantJcstress != null) {
            experiments.addAll(MutantJcstress.read(mutantJcstress));
        }
        return Gate.evaluate(catalog, EvidenceBinder.bind(catalog, experiments), policy, selection);
    }

    /** Renders one output file onto a stream; rendering happens only when it is written. */
    @FunctionalInterface
    public interface Output {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Every output file of a document, of one environment or many, by name, ready to render: the
     * same four files through the same renderers, whether from a run or a merge.
     */
    public static Map<String, Output> outputs(RacecardDocument doc, Map<String, String> sources) {
        ReportView view = ReportViews.of(doc, sources);
        Map<String, Output> files = new LinkedHashMap<>();
        files.put("racecard.json", out -> DocumentFiles.write(doc, out));
        files.put("summary.md", out -> out.write(SummaryMarkdown.render(view).getBytes(StandardCharsets.UTF_8)));
        files.put("junit.xml", out -> out.write(JunitXml.render(doc)));
        // index.html last: a reader polling for it finds the other outputs already in place
        files.put("index.html", out -> {
            Writer html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            new HtmlRenderer().render(view, html);
            html.flush();
        });
        return files;
    }

    /** Every output rendered into memory: for tests and small runs. */
    public static Map<String, byte[]> render(RacecardDocument doc) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Output> file : outputs(doc, Map.of()).entrySet()) {
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
