package dev.racecard.report.ingest;

import dev.racecard.report.BadInputException;
import dev.racecard.evidence.Experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The jcstress side of the mutants run: a root directory with one subdirectory per mutant, named
 * {@code PATTERN~VARIANT~MUTANT}, holding the results of the variant's own jcstress tests run
 * with the mutant class in the variant's place. jcstress names a test by its class only, so the
 * directory is what says which mutant the results are about.
 */
public final class MutantJcstress {

    private static final Pattern SUBJECT = Pattern.compile("([a-z0-9-]+)~([a-z0-9-]+)~([a-z0-9-]+)");

    private MutantJcstress() {
    }

    /** The subdirectory the mutants run writes a mutant's jcstress results into. */
    public static Path directory(Path root, String pattern, String variant, String mutant) {
        return root.resolve(pattern + "~" + variant + "~" + mutant);
    }

    public static List<Experiment> read(Path root) {
        if (!Files.exists(root)) {
            // no mutant ran through jcstress; the gate fails any selected mutant whose evidence is missing
            return List.of();
        }
        if (!Files.isDirectory(root)) {
            throw new BadInputException("mutant jcstress results " + root + " is not a directory");
        }
        List<Path> subjects;
        try (Stream<Path> listing = Files.list(root)) {
            subjects = listing.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException("cannot list " + root + ": " + e.getMessage(), e);
        }
        List<Experiment> experiments = new ArrayList<>();
        for (Path dir : subjects) {
            Matcher subject = SUBJECT.matcher(dir.getFileName().toString());
            if (!subject.matches()) {
                throw new BadInputException("unexpected directory " + dir + " in the mutant jcstress results "
                        + "(expected PATTERN~VARIANT~MUTANT)");
            }
            for (Experiment e : JcstressFiles.read(dir)) {
                experiments.add(e.boundTo(subject.group(1), subject.group(2), subject.group(3)));
            }
        }
        return experiments;
    }
}
