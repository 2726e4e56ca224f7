package dev.racecard.report.ingest;

import dev.racecard.report.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the source of the variants' implementation classes, for the report to show. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** @return class name to source text, for the classes found under one of the roots */
    public static Map<String, String> read(List<Path> roots, Collection<String> classNames) {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new BadInputException("source directory " + root + " does not exist");
            }
        }
        Map<String, String> sources = new HashMap<>();
        for (String className : classNames) {
            String relative = className.replace('.', '/') + ".java";
            for (Path root : roots) {
                Path file = root.resolve(relative);
                if (Files.isRegularFile(file)) {
                    try {
                        sources.put(className, Files.readString(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    break;
                }
            }
        }
        return sources;
    }
}
