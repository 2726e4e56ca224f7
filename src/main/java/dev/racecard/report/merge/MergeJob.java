package dev.racecard.report.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.racecard.report.render.HtmlRenderer;
import dev.racecard.report.render.RacecardDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell of {@code racecard merge}: read every report (any bad one stops the merge before
 * anything is written), merge, and render every output in memory; ReportJob.write puts them in place.
 */
public final class MergeJob {

    static final String TEMPLATE = "dev/racecard/report/merged.peb";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private MergeJob() {
    }

    /** @param labels none, or one per file in order */
    public static MergedDocument merge(List<Path> files, List<String> labels, Instant now) {
        List<RacecardDocument> docs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            docs.add(RacecardDocumentReader.read(file));
            names.add(String.valueOf(file.getFileName()));
        }
        List<String> chosen = EnvironmentLabels.of(docs, names, labels);
        List<MergeInput> inputs = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            inputs.add(new MergeInput(chosen.get(i), files.get(i).toString(), docs.get(i)));
        }
        return Merger.merge(inputs, now);
    }

    /** Every output file, by name, fully rendered: the same four files a single run writes. */
    public static Map<String, byte[]> render(MergedDocument merged) {
        MergedPage page = MergedViews.of(merged);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            files.put("racecard.json", JSON.writeValueAsBytes(merged));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the merged report", e);
        }
        files.put("summary.md", MergedMarkdown.render(page).getBytes(StandardCharsets.UTF_8));
        files.put("junit.xml", MergedJunit.render(merged));
        // index.html last, as in a single run: whoever polls for it finds the rest in place
        files.put("index.html", new HtmlRenderer().render(TEMPLATE, Map.of("page", page)).getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
