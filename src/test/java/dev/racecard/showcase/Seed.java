package dev.racecard.showcase;

import dev.racecard.catalog.SeedRef;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seed tutorials: the Python threading tutorials the patterns come from, each saved as one
 * text file. Readers know a seed by its number and the tutorial's own title (the heading at the
 * top of the saved text); the file name is only where the text is kept. None of the saved texts
 * carries its web address, so {@link #source()} says what each one does carry.
 */
public enum Seed {

    SEED_000("000", "000_dc88a222f4eb776f.txt", "Python Threading: How to Create Threads (2026)",
            "a Python threading tutorial (author and web address not recorded)"),
    SEED_001("001", "001_dbc67627af8bdde4.txt", "Thread Basics",
            "a Python threading tutorial whose example program is signed “Author: Python Educator”, 2024"
                    + " (web address not recorded)"),
    SEED_002("002", "002_96dffee7bc39aca5.txt", "Threading in Python",
            "a Python threading tutorial updated March 13, 2026 (author and web address not recorded)"),
    SEED_003("003", "003_bbe1f57ac0f00273.txt", "Creating Threads in python",
            "a Python threading tutorial (author and web address not recorded)"),
    SEED_004("004", "004_cb017f6bc927f71e.txt", "How to create threads in Python – with example",
            "a Python threading tutorial from the CodeBerry Programming School (web address not recorded)");

    private final String number;
    private final String file;
    private final String title;
    private final String about;

    Seed(String number, String file, String title, String about) {
        this.number = number;
        this.file = file;
        this.title = title;
        this.about = about;
    }

    /** The seed's number as readers see it: {@code "002"}. */
    public String number() {
        return number;
    }

    /** The saved text's file name in the seeds folder. */
    public String file() {
        return file;
    }

    /** The tutorial's own title, as the saved text spells it. */
    public String title() {
        return title;
    }

    /** One line: seed number, the tutorial's title, and what is known of where it comes from. */
    public String source() {
        return "seed " + number + ": “" + title + "”, " + about;
    }

    /** Lines {@code fromLine..toLine} of this seed under its section {@code section}, quoted as {@code excerpt}. */
    public SeedRef quote(int fromLine, int toLine, String section, String excerpt) {
        return new SeedRef(file, fromLine, toLine, section, excerpt, "seed " + number + ", " + title, source());
    }

    /** The seed saved as {@code file}, if it is one of these. */
    public static Optional<Seed> ofFile(String file) {
        return Arrays.stream(values()).filter(s -> s.file.equals(file)).findFirst();
    }
}
