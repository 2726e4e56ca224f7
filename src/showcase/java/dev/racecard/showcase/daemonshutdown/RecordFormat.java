package dev.racecard.showcase.daemonshutdown;

import java.nio.file.Path;

/**
 * The critical data each program must get to disk: records {@code 0..n-1}, one per line, then an
 * end marker written when the file is closed cleanly. What is on disk after the JVM has exited
 * tells how the program ended.
 */
public final class RecordFormat {

    public static final String END = "end";

    private RecordFormat() {
    }

    public static String record(int i) {
        return "record " + i + " payload-payload-payload";
    }

    /** A program's arguments: the output file and how many records it must persist. */
    public record Job(Path file, int records) {
        public static Job of(String[] args) {
            if (args.length != 2) {
                throw new IllegalArgumentException("usage: <output file> <records>");
            }
            return new Job(Path.of(args[0]), Integer.parseInt(args[1]));
        }
    }
}
