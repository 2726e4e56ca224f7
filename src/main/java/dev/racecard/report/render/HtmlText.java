package dev.racecard.report.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * The escaping every printed value goes through: HTML-escapes the five significant characters
 * (so a value is inert in element content and in quoted attributes alike) and replaces control
 * characters, which are invalid in HTML, with U+FFFD. Newlines and tabs are kept for traces.
 */
public final class HtmlText implements EscapingStrategy {

    public static final String NAME = "racecard-html";

    @Override
    public String escape(String input) {
        StringBuilder out = new StringBuilder(input.length() + 16);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append(c);
                default -> out.append(Character.isISOControl(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
