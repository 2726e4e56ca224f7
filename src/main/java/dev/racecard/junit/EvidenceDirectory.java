package dev.racecard.junit;

import java.nio.file.Path;

/** Where tests drop evidence for the report: {@code racecard.evidence.dir}, as the plugin reads it. */
public final class EvidenceDirectory {

    public static final String PROPERTY = "racecard.evidence.dir";

    private EvidenceDirectory() {
    }

    public static Path get() {
        return Path.of(System.getProperty(PROPERTY, "target/racecard/evidence"));
    }
}
