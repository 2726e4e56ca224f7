package dev.racecard.report.merge;

import dev.racecard.report.document.DocumentFiles;
import dev.racecard.report.document.EnvironmentLabels;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.document.RacecardDocument.Environment;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell of {@code racecard merge}: read every document (any bad one stops the merge before
 * anything is written), give every environment a distinct label, merge.
 */
public final class MergeJob {

    private MergeJob() {
    }

    /** @param labels none, or one per environment of the inputs, in order */
    public static RacecardDocument merge(List<Path> files, List<String> labels, Instant now) {
        List<RacecardDocument> docs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Path file : files) {
            RacecardDocument doc = DocumentFiles.read(file);
            docs.add(doc);
            for (Environment env : doc.environments()) {
                current.add(env.label());
                sources.add(String.valueOf(file.getFileName()));
            }
        }
        List<String> chosen = EnvironmentLabels.of(current, labels, sources);
        List<RacecardDocument> relabelled = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < docs.size(); i++) {
            Map<String, String> renames = new LinkedHashMap<>();
            for (Environment env : docs.get(i).environments()) {
                renames.put(env.label(), chosen.get(next++));
            }
            relabelled.add(Relabel.of(docs.get(i), renames, files.get(i).toString()));
        }
        return Merge.of(relabelled, now);
    }
}
