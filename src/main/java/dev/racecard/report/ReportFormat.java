package dev.racecard.report;

import dev.racecard.report.document.DocumentFiles;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.render.HtmlRenderer;
import dev.racecard.report.render.JunitXml;
import dev.racecard.report.render.SummaryMarkdown;
import dev.racecard.report.render.view.ReportView;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every file the report writes, by the name users select it by ({@code --formats}, the goals'
 * {@code formats}). A new format is its renderer plus one constant here. A list in the code rather
 * than service-loaded plugins: the report directory's files and their order must not depend on
 * which jars a forked JVM finds ({@code report} runs with the project's test class path,
 * {@code merge} without it), and anything else can be made from racecard.json.
 * <p>
 * Written in this order, each into place only when all rendered; index.html last, so a reader
 * polling for it finds the other files already in place.
 */
public enum ReportFormat {
    JSON("json", "racecard.json", (doc, view, out) -> DocumentFiles.write(doc, out)),
    MARKDOWN("markdown", "summary.md",
            (doc, view, out) -> out.write(SummaryMarkdown.render(view.get()).getBytes(StandardCharsets.UTF_8))),
    JUNIT("junit", "junit.xml", (doc, view, out) -> out.write(JunitXml.render(doc))),
    HTML("html", "index.html", (doc, view, out) -> {
        Writer html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        new HtmlRenderer().render(view.get(), html);
        html.flush();
    });

    /** Renders a document onto a stream; called only when its file is written. */
    @FunctionalInterface
    public interface Renderer {
        /** @param view the one view of the document that HTML and Markdown share, built on first use */
        void render(RacecardDocument doc, Supplier<ReportView> view, OutputStream out) throws IOException;
    }

    private final String id;
    private final String fileName;
    private final Renderer renderer;

    ReportFormat(String id, String fileName, Renderer renderer) {
        this.id = id;
        this.fileName = fileName;
        this.renderer = renderer;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public Renderer renderer() {
        return renderer;
    }

    /**
     * The formats named, in writing order; none named: all of them.
     *
     * @throws IllegalArgumentException for a name no format has
     */
    public static List<ReportFormat> named(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of(values());
        }
        Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
        for (String id : ids) {
            chosen.add(Stream.of(values()).filter(f -> f.id.equals(id.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + id + "' ("
                            + Stream.of(values()).map(ReportFormat::id).collect(Collectors.joining(", ")) + ")")));
        }
        return new ArrayList<>(chosen);
    }
}
