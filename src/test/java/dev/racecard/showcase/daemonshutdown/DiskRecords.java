package dev.racecard.showcase.daemonshutdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Classifies what a record-writing program left on disk. */
public final class DiskRecords {

    public enum Kind {
        /** Every record and the end marker: the file was closed cleanly. */
        ALL,
        /** Whole records only, but fewer than expected: the rest never reached the disk. */
        PARTIAL,
        /** The last record is cut mid-line: the process died between buffer flushes. */
        TORN,
        /** No file, or an empty one. */
        NONE,
        /** Records out of order, duplicated or garbled: no shutdown explains this. */
        CORRUPT
    }

    /** @param wholeRecords records found intact, in order from 0 */
    public record State(Kind kind, int wholeRecords, int lost) {
    }

    private DiskRecords() {
    }

    public static State inspect(Path file, int expected) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return new State(Kind.NONE, 0, expected);
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        boolean endsWithNewline = content.endsWith("\n");
        String[] lines = content.split("\n", -1);
        // split leaves "" after a final newline; otherwise the last element is a cut-off line
        int complete = lines.length - 1;
        int whole = 0;
        boolean endSeen = false;
        for (int i = 0; i < complete; i++) {
            if (i == expected && lines[i].equals(RecordFormat.END) && i == complete - 1) {
                endSeen = true;
            } else if (i < expected && lines[i].equals(RecordFormat.record(i))) {
                whole++;
            } else {
                return new State(Kind.CORRUPT, whole, expected - whole);
            }
        }
        if (endSeen && endsWithNewline) {
            return new State(Kind.ALL, whole, 0);
        }
        if (!endsWithNewline) {
            String tail = lines[lines.length - 1];
            boolean prefixOfNext = whole < expected && RecordFormat.record(whole).startsWith(tail)
                    || whole == expected && RecordFormat.END.startsWith(tail);
            return new State(prefixOfNext ? Kind.TORN : Kind.CORRUPT, whole, expected - whole);
        }
        return new State(whole == 0 ? Kind.NONE : Kind.PARTIAL, whole, expected - whole);
    }
}
