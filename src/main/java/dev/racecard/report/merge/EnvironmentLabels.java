package dev.racecard.report.merge;

import dev.racecard.report.BadInputException;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.render.RacecardDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names each merged run for its column: the user's {@code --label}, else what its experiments say
 * about the machine ("JDK 25 (Eclipse Adoptium), Linux amd64"), else the file name. Labels must be
 * unique, since they key every per-environment value.
 */
public final class EnvironmentLabels {

    private EnvironmentLabels() {
    }

    /**
     * @param given  the user's labels: none, or one per input in order
     * @param names  the inputs' file names, the fallback
     */
    public static List<String> of(List<RacecardDocument> docs, List<String> names, List<String> given) {
        if (!given.isEmpty()) {
            if (given.size() != docs.size()) {
                throw new BadInputException(given.size() + " labels for " + docs.size()
                        + " reports: give one --label per report, in order, or none");
            }
            if (given.stream().anyMatch(String::isBlank) || new HashSet<>(given).size() != given.size()) {
                throw new BadInputException("labels must be non-blank and distinct: " + given);
            }
            return List.copyOf(given);
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            labels.add(describe(docs.get(i)).orElse(names.get(i)));
        }
        return distinct(labels, names);
    }

    /** The machine most of the run's experiments ran on, if they say. */
    static Optional<String> describe(RacecardDocument doc) {
        Stream<Experiment> all = Stream.concat(doc.patterns().stream().flatMap(p -> p.variants().stream())
                .flatMap(v -> v.experiments().stream()), doc.otherTests().stream());
        Map<String, Long> counts = all.map(e -> machine(e.environment())).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** "JDK 17.0.15 (Debian), Linux amd64": the JDK, its vendor, the OS without its version, the arch. */
    public static Optional<String> machine(Map<String, String> env) {
        if (env.get("jdk") == null && env.get("os") == null && env.get("arch") == null) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder("JDK ").append(env.getOrDefault("jdk", "?"));
        if (env.get("vendor") != null) {
            s.append(" (").append(env.get("vendor")).append(')');
        }
        String os = env.get("os") == null ? "" : env.get("os").replaceFirst("\\s+\\S*\\d\\S*$", "");
        String place = (os + " " + env.getOrDefault("arch", "")).trim();
        if (!place.isEmpty()) {
            s.append(", ").append(place);
        }
        return Optional.of(s.toString());
    }

    /** Two runs on the same machine are told apart by file name, then by position. */
    private static List<String> distinct(List<String> labels, List<String> names) {
        List<String> out = new ArrayList<>(labels);
        for (int i = 0; i < out.size(); i++) {
            if (labels.indexOf(labels.get(i)) != labels.lastIndexOf(labels.get(i)) && !labels.get(i).equals(names.get(i))) {
                out.set(i, labels.get(i) + " (" + names.get(i) + ")");
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            if (!seen.add(out.get(i))) {
                out.set(i, out.get(i) + " #" + (i + 1));
                seen.add(out.get(i));
            }
        }
        return out;
    }
}
