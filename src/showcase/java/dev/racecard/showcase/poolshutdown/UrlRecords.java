package dev.racecard.showcase.poolshutdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The seed's {@code fetch_url}: task {@code i} "fetches" {@code url<i>} and records
 * {@code "Result from url<i>"} with the SHA-256 of the page it rendered for it. Rendering and
 * hashing the page is the task's real work (tens of microseconds, no sleep), so a batch of
 * thousands keeps four workers busy for a few hundred milliseconds.
 */
public final class UrlRecords {

    private static final int PARAGRAPHS = 200;

    private UrlRecords() {
    }

    public static String url(int i) {
        return "url" + i;
    }

    public static String record(int i) {
        String url = url(i);
        return "Result from " + url + " sha256=" + HexFormat.of().formatHex(sha256(page(url)));
    }

    private static String page(String url) {
        StringBuilder page = new StringBuilder("<html><title>").append(url).append("</title>\n");
        for (int p = 0; p < PARAGRAPHS; p++) {
            page.append("<p>").append(url).append(", paragraph ").append(p).append("</p>\n");
        }
        return page.append("</html>\n").toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
