package dev.racecard.report.document;

import dev.racecard.report.BadInputException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names environments: a run's own label is its machine ("JDK 25 (Eclipse Adoptium), Linux
 * amd64"); a merge may take the user's {@code --label}s instead, and makes labels unique, since
 * they key every per-environment value.
 */
public final class EnvironmentLabels {

    private EnvironmentLabels() {
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

    /**
     * The labels of the merged environments, in order.
     *
     * @param current every input environment's own label, in order
     * @param given   the user's labels: none, or one per input environment in order
     * @param sources each input environment's file name, to tell apart runs on the same machine
     */
    public static List<String> of(List<String> current, List<String> given, List<String> sources) {
        if (!given.isEmpty()) {
            if (given.size() != current.size()) {
                throw new BadInputException(given.size() + " labels for " + current.size()
                        + " environments: give one --label per environment, in order, or none");
            }
            if (given.stream().anyMatch(String::isBlank) || new HashSet<>(given).size() != given.size()) {
                throw new BadInputException("labels must be non-blank and distinct: " + given);
            }
            return List.copyOf(given);
        }
        List<String> out = new ArrayList<>(current);
        for (int i = 0; i < out.size(); i++) {
            if (current.indexOf(current.get(i)) != current.lastIndexOf(current.get(i))) {
                out.set(i, current.get(i) + " (" + sources.get(i) + ")");
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
