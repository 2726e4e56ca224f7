package dev.racecard.report.render;

import dev.racecard.report.render.view.ReportView;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders {@code index.html} with Pebble, which escapes every printed value ({@link HtmlText})
 * unless a template says {@code raw}; only the project's own stylesheet is printed raw. The page loads
 * nothing from anywhere: its Content-Security-Policy allows exactly that stylesheet, by hash.
 */
public final class HtmlRenderer {

    private static final String TEMPLATE = "dev/racecard/report/index.peb";
    private static final String STYLESHEET = "/dev/racecard/report/report.css";

    private final PebbleEngine engine = new PebbleEngine.Builder()
            .loader(new ClasspathLoader())
            .autoEscaping(true)
            .addEscapingStrategy(HtmlText.NAME, new HtmlText())
            .defaultEscapingStrategy(HtmlText.NAME)
            .strictVariables(true)
            .build();
    private final String css = resource(STYLESHEET);
    private final String cssHash = "sha256-" + Base64.getEncoder().encodeToString(sha256(css));

    /** Streams the page: a report over thousands of tests never has to fit in memory as a string. */
    public void render(ReportView view, Writer out) throws IOException {
        render(TEMPLATE, Map.of("view", view), out);
    }

    private void render(String templateName, Map<String, Object> model, Writer out) throws IOException {
        PebbleTemplate template = engine.getTemplate(templateName);
        Map<String, Object> context = new HashMap<>(model);
        context.put("css", css);
        context.put("cssHash", cssHash);
        template.evaluate(out, context);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
