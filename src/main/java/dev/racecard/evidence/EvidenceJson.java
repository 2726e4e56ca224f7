package dev.racecard.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text of an evidence file, written without a JSON library: a user's tests record evidence
 * through the JUnit extension, and the artifact does not put Jackson on their class path (the
 * report reads the files back with Jackson, in the plugin's own class path). The text is what
 * Jackson's {@code INDENT_OUTPUT} writes for the same envelope (fields in record-component order,
 * nulls written, enums by name and {@code Tool} by id), except that U+2028 and U+2029 are escaped:
 * JSON allows them raw, but they end a line in JavaScript before ES2019, where evidence text may
 * be pasted. EvidenceJsonTest holds the two writers to that.
 */
final class EvidenceJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private EvidenceJson() {
    }

    static String envelope(int format, Experiment experiment) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("racecardEvidence", format);
        envelope.put("experiment", experiment(experiment));
        StringBuilder out = new StringBuilder(4096);
        value(envelope, 0, out);
        return out.toString();
    }

    private static Map<String, Object> experiment(Experiment e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("pattern", e.pattern());
        fields.put("variant", e.variant());
        fields.put("mutant", e.mutant());
        fields.put("tool", e.tool().id());
        fields.put("testId", e.testId());
        fields.put("status", e.status().name());
        fields.put("outcomes", e.outcomes().stream().map(EvidenceJson::outcome).toList());
        fields.put("counterexample", e.counterexample() == null ? null : counterexample(e.counterexample()));
        fields.put("messages", e.messages());
        fields.put("environment", e.environment());
        fields.put("settings", e.settings());
        fields.put("configurations", e.configurations().stream().map(EvidenceJson::configuration).toList());
        fields.put("durationMillis", e.durationMillis());
        return fields;
    }

    private static Map<String, Object> outcome(Outcome o) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", o.id());
        fields.put("description", o.description());
        fields.put("count", o.count());
        fields.put("expectation", o.expectation().name());
        return fields;
    }

    private static Map<String, Object> counterexample(Counterexample c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", c.summary());
        fields.put("trace", c.trace());
        return fields;
    }

    private static Map<String, Object> configuration(ConfigurationRun c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("label", c.label());
        fields.put("jvmArgs", c.jvmArgs());
        fields.put("compilation", c.compilation());
        fields.put("outcomes", c.outcomes().stream().map(EvidenceJson::outcome).toList());
        return fields;
    }

    private static void value(Object value, int level, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Map<?, ?> fields) {
            object(fields, level, out);
        } else if (value instanceof List<?> items) {
            array(items, level, out);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /** One field a line, two spaces deeper than the brace, as Jackson's default pretty printer. */
    private static void object(Map<?, ?> fields, int level, StringBuilder out) {
        if (fields.isEmpty()) {
            out.append("{ }");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            out.append(separator).append("  ".repeat(level + 1));
            string((String) Objects.requireNonNull(field.getKey(), "a null key has no JSON form"), out);
            out.append(" : ");
            value(field.getValue(), level + 1, out);
            separator = ",\n";
        }
        out.append('\n').append("  ".repeat(level)).append('}');
    }

    /** Jackson's default pretty printer keeps an array on one line and indents nothing inside it. */
    private static void array(List<?> items, int level, StringBuilder out) {
        if (items.isEmpty()) {
            out.append("[ ]");
            return;
        }
        out.append("[ ");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            value(items.get(i), level, out);
        }
        out.append(" ]");
    }

    /**
     * RFC 8259: a quote, a backslash and every control character escaped (the short forms where
     * there is one). Surrogates are escaped one by one, as Jackson's UTF-8 writer does: a character
     * outside the BMP reads back whole, and a lone surrogate (a string cut in half) reads back as
     * itself instead of turning into '?' in UTF-8.
     */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
