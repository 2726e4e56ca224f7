package dev.racecard.history;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an experiment's evidence depends on, byte for byte, as one SHA-256: named parts, each
 * hashed on its own (so {@code key.txt} beside an entry says which part a miss changed), and the
 * key hashed over the parts in the order they were added.
 *
 * <pre>{@code
 * HistoryKey key = HistoryKey.builder()
 *         .classClosure(loader, testClass.getName(), subject.implementation())
 *         .text("test", testId).text("pattern", pattern.toString())
 *         .environment()
 *         .build();
 * }</pre>
 *
 * @param hash  the key: SHA-256 hex over the parts
 * @param parts each part's name and SHA-256 hex, in the order added
 * @param lines what each part was made of, for {@code key.txt}: every member of a class closure, the
 *              environment's values, a text's value
 */
public record HistoryKey(String hash, Map<String, String> parts, List<String> lines) {

    public HistoryKey {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        lines = List.copyOf(lines);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return hash;
    }

    public static final class Builder {
        private final Map<String, String> parts = new LinkedHashMap<>();
        private final List<String> lines = new ArrayList<>();

        private Builder() {
        }

        /** The {@link ClassClosure} of {@code roots}: part {@code classes}. */
        public Builder classClosure(ClassLoader loader, String... roots) {
            SortedMap<String, String> members = ClassClosure.of(loader, roots);
            StringBuilder text = new StringBuilder();
            members.forEach((member, sha) -> text.append(member).append(' ').append(sha).append('\n'));
            return part("classes", text.toString());
        }

        /** A named text, e.g. the test id or the catalog's pattern; a second part of the same name is an error. */
        public Builder text(String name, String value) {
            return part(name, name + " = " + value + "\n");
        }

        /**
         * The JVM and machine: vendor, version, architecture, CPUs, the JVM's flags, and every
         * {@code racecard.*} system property but the paths and this run's name, which say where
         * things go, not what runs ({@link HistoryStore#notAnInput}). Part {@code environment}.
         */
        public Builder environment() {
            SortedMap<String, String> env = new TreeMap<>();
            for (String name : List.of("java.vm.vendor", "java.vm.name", "java.runtime.version", "os.name", "os.arch")) {
                env.put(name, System.getProperty(name, ""));
            }
            env.put("availableProcessors", Integer.toString(Runtime.getRuntime().availableProcessors()));
            env.put("jvm arguments", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> !(a.startsWith("-D") && HistoryStore.notAnInput(a.substring(2).split("=", 2)[0])))
                    .toList()));
            for (String name : System.getProperties().stringPropertyNames()) {
                if (name.startsWith("racecard.") && !HistoryStore.notAnInput(name)) {
                    env.put(name, System.getProperty(name));
                }
            }
            StringBuilder text = new StringBuilder();
            env.forEach((name, value) -> text.append(name).append(" = ").append(value).append('\n'));
            return part("environment", text.toString());
        }

        private Builder part(String name, String text) {
            if (parts.putIfAbsent(name, Sha256.hex(text)) != null) {
                throw new IllegalArgumentException("the key already has a part named " + name);
            }
            lines.add("[" + name + "]");
            text.lines().forEach(lines::add);
            return this;
        }

        public HistoryKey build() {
            if (parts.isEmpty()) {
                throw new IllegalStateException("a key of nothing would match every experiment");
            }
            StringBuilder all = new StringBuilder();
            parts.forEach((name, sha) -> all.append(name).append(' ').append(sha).append('\n'));
            return new HistoryKey(Sha256.hex(all.toString()), parts, lines);
        }
    }
}
