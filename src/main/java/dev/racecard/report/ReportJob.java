package dev.racecard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.racecard.catalog.Catalog;
import dev.racecard.report.evidence.EvidenceFiles;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.report.ingest.EvidenceBinder;
import dev.racecard.report.ingest.JcstressFiles;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.render.HtmlRenderer;
import dev.racecard.report.render.JunitXml;
import dev.racecard.report.render.RacecardDocument;
import dev.racecard.report.render.ReportViews;
import dev.racecard.report.render.SummaryMarkdown;
import dev.racecard.report.render.view.ReportView;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The imperative shell around the pure core: read every input (failing fast on bad input),
 * grade, render every output in memory, and only then write, one file at a time by atomic rename.
 * A bad input therefore leaves the previous report untouched.
 */
public final class ReportJob {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJob() {
    }

    public static GateVerdict evaluate(Catalog catalog, Path evidenceDir, List<Path> jcstressResults, RacePolicy policy) {
        List<Experiment> experiments = new ArrayList<>();
        if (evidenceDir != null) {
            experiments.addAll(EvidenceFiles.readAll(evidenceDir));
        }
        for (Path results : jcstressResults) {
            experiments.addAll(JcstressFiles.read(results));
        }
        return Gate.evaluate(catalog, EvidenceBinder.bind(catalog, experiments), policy);
    }

    /** Every output file, by name, fully rendered. */
    public static Map<String, byte[]> render(GateVerdict verdict, Instant now) {
        ReportView view = ReportViews.of(verdict, now);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            files.put("racecard.json", JSON.writeValueAsBytes(RacecardDocument.of(verdict, now)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the report", e);
        }
        files.put("summary.md", SummaryMarkdown.render(view).getBytes(StandardCharsets.UTF_8));
        files.put("junit.xml", JunitXml.render(RacecardDocument.of(verdict, now)));
        // index.html last: a reader polling for it finds the other outputs already in place
        files.put("index.html", new HtmlRenderer().render(view).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    public static void write(Path outDir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(outDir);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path temp = Files.createTempFile(outDir, "." + file.getKey(), ".tmp");
            try {
                Files.write(temp, file.getValue());
                Files.move(temp, outDir.resolve(file.getKey()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
