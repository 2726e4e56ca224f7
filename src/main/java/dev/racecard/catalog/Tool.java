package dev.racecard.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** The tools that produce evidence. */
public enum Tool {
    JCSTRESS("jcstress", false),
    LINCHECK("lincheck", true),
    JUNIT("junit", false),
    CHILD_JVM("child-jvm", false);

    private final String id;
    private final boolean deterministic;

    Tool(String id, boolean deterministic) {
        this.id = id;
        this.deterministic = deterministic;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /**
     * A deterministic tool explores interleavings systematically (Lincheck model checking): if it
     * misses a race once, it misses it every time, so "not reproduced" is a real failure. The
     * others sample real executions and can miss a race by chance.
     */
    public boolean deterministic() {
        return deterministic;
    }

    public static Tool fromId(String id) {
        for (Tool t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tool '" + id + "'");
    }
}
