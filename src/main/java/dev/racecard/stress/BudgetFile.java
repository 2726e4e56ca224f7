package dev.racecard.stress;

import dev.racecard.stress.Budget.Group;
import dev.racecard.stress.Budget.Run;
import dev.racecard.stress.Budget.Schedule;
import dev.racecard.stress.Budget.Split;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * A budget file: a project's jcstress budgets as data, a properties file named by
 * {@code racecard.jcstress.budgetFile} (the driver's {@code --budget-file}). For a budget B, a
 * group G of tests and a run R:
 * <pre>
 * B.groups          = G, ...   declares budget B: its groups in order; a test goes to the first that claims it
 * B.other           = OPTIONS  jcstress options for the tests none of B's groups claims (group "other")
 * G.tests           = REGEX    found in a test's name, as jcstress's -t; empty: every test. Shared by the budgets
 * G.kind            = KIND     claims only tests of this kind (interleaving, spin-loop, stale-read, thread-start,
 *                              own-write: see TestKind); G.tests may then be left out. Shared by the budgets
 * G.B               = OPTIONS  G's one jcstress run under B, results in G/ ...
 * G.B.runs          = R, ...   ... or one run per chosen configuration, each in G-R/ with
 * G.B.R             = OPTIONS
 * G.B.schedule, G.B.R.schedule = in-turn (default), alongside or yielding (see Budget.Schedule)
 * G.B.split, G.B.R.split = none (default), class or test: one jcstress per part, started together (Budget.Split)
 * G.B.why           = TEXT     why these options for these tests: printed with the plan
 * fork-args         = FLAGS    JVM flags for every fork of every budget (default -Xmx256m)
 * </pre>
 * OPTIONS are jcstress's (mode, forks, time, iterations, {@code -sc}, {@code -jvmArgs}), never
 * those the driver sets. A budget the file declares replaces the built-in one of that name
 * ({@link JcstressBudgets}). A key no budget uses is refused, so a misspelt one never passes
 * unnoticed. In a properties file a backslash escapes: a regex's {@code \.} is written {@code \\.}.
 */
final class BudgetFile {

    private static final String FORK_ARGS = "fork-args";
    /** Key suffixes under G.B, so no run may be named so. */
    private static final Set<String> RESERVED_RUN_NAMES = Set.of("runs", "schedule", "split", "why");

    /** The keys of one file, and which of them a budget used. */
    private final Map<String, String> keys;
    private final Set<String> used = new HashSet<>();

    private BudgetFile(Map<String, String> keys) {
        this.keys = keys;
    }

    /** @throws IllegalArgumentException with a one-line message naming the file */
    static JcstressBudgets read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("budget file " + file + " does not exist");
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read budget file " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(properties);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("budget file " + file + ": " + e.getMessage(), e);
        }
    }

    static JcstressBudgets parse(Properties properties) {
        Map<String, String> keys = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> keys.put(k.strip(), properties.getProperty(k).strip()));
        return new BudgetFile(keys).budgets();
    }

    private JcstressBudgets budgets() {
        List<String> forkArgs = keys.containsKey(FORK_ARGS) ? Run.words(take(FORK_ARGS)) : JcstressBudgets.DEFAULT_FORK_ARGS;
        List<String> names = keys.keySet().stream().filter(k -> k.endsWith(".groups") && k.indexOf('.') == k.lastIndexOf('.'))
                .map(k -> k.substring(0, k.indexOf('.'))).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("declares no budget (BUDGET.groups = GROUP, ...)");
        }
        Map<String, Budget> budgets = new LinkedHashMap<>();
        for (String budget : names) {
            if (budget.equals(Budget.OTHER)) {
                throw new IllegalArgumentException("a budget may not be named '" + Budget.OTHER + "'");
            }
            List<Group> groups = new ArrayList<>();
            for (String group : list(take(budget + ".groups"))) {
                if (names.contains(group)) {
                    throw new IllegalArgumentException("group " + group + " has the name of a budget");
                }
                groups.add(group(group, budget));
            }
            budgets.put(budget, new Budget(budget, groups, Run.words(take(budget + ".other")),
                    JcstressBudgets.forkArgs(budget, forkArgs)));
        }
        List<String> unused = keys.keySet().stream().filter(k -> !used.contains(k)).toList();
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("no budget uses " + String.join(", ", unused)
                    + " (a group's keys count only when a BUDGET.groups names it)");
        }
        return new JcstressBudgets(budgets, forkArgs);
    }

    private Group group(String group, String budget) {
        TestKind kind = keys.containsKey(group + ".kind") ? kind(group) : null;
        if (kind == null && !keys.containsKey(group + ".tests")) {
            throw new IllegalArgumentException("missing " + group + ".tests (or " + group + ".kind)");
        }
        Pattern tests;
        try {
            tests = Pattern.compile(keys.containsKey(group + ".tests") ? take(group + ".tests") : "");
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(group + ".tests is not a regular expression: " + e.getDescription());
        }
        String prefix = group + "." + budget;
        if (keys.containsKey(prefix) == keys.containsKey(prefix + ".runs")) {
            throw new IllegalArgumentException("group " + group + " under budget " + budget + " needs either "
                    + prefix + " (one run) or " + prefix + ".runs (several), not both or neither");
        }
        List<Run> runs = new ArrayList<>();
        if (keys.containsKey(prefix)) {
            runs.add(Run.of("", take(prefix), schedule(prefix), split(prefix)));
        } else {
            for (String run : list(take(prefix + ".runs"))) {
                if (RESERVED_RUN_NAMES.contains(run)) {
                    throw new IllegalArgumentException(prefix + ".runs: a run may not be named '" + run + "'");
                }
                runs.add(Run.of(run, take(prefix + "." + run), schedule(prefix + "." + run), split(prefix + "." + run)));
            }
        }
        String why = keys.containsKey(prefix + ".why") ? take(prefix + ".why") : "";
        return new Group(group, tests, kind, runs, why);
    }

    private TestKind kind(String group) {
        try {
            return TestKind.parse(take(group + ".kind"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(group + ".kind: " + e.getMessage());
        }
    }

    private Schedule schedule(String run) {
        String key = run + ".schedule";
        return keys.containsKey(key) ? Schedule.parse(take(key)) : Schedule.IN_TURN;
    }

    private Split split(String run) {
        String key = run + ".split";
        return keys.containsKey(key) ? Split.parse(take(key)) : Split.NONE;
    }

    /** The value of a key the format requires, marked used. */
    private String take(String key) {
        String value = keys.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        used.add(key);
        return value;
    }

    private static List<String> list(String names) {
        return Stream.of(names.split("[,\\s]+")).filter(n -> !n.isEmpty()).toList();
    }
}
