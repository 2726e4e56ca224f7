package dev.racecard.stress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How much jcstress to spend, and where: the tests in groups, each group run by one jcstress per
 * {@link Run} with that run's options, plus the options for tests no group claims (so a new
 * stress test still runs, under a default), and the JVM flags every fork gets.
 *
 * @param name          what {@code --budget} calls it
 * @param groups        in order: a test belongs to the first group that {@linkplain Group#claims claims} it
 * @param otherOptions  jcstress options for the tests no group claims (run as group {@value #OTHER})
 * @param forkArgs      JVM flags prepended to every JVM configuration of every group
 *                      ({@code -jvmArgsPrepend}: the configuration matrix is kept)
 */
public record Budget(String name, List<Group> groups, List<String> otherOptions, List<String> forkArgs) {

    /** The group, and results subdirectory, of the tests no group claims. */
    public static final String OTHER = "other";

    private static final String PLAIN_NAME = "[a-z0-9][a-z0-9-]*";

    public Budget {
        if (!name.matches(PLAIN_NAME)) {
            throw new IllegalArgumentException("budget name '" + name + "' is not a plain name");
        }
        groups = List.copyOf(groups);
        otherOptions = List.copyOf(otherOptions);
        forkArgs = List.copyOf(forkArgs);
        List<String> directories = new ArrayList<>(List.of(OTHER));
        for (Group g : groups) {
            for (Run r : g.runs()) {
                String directory = g.directory(r);
                if (directories.contains(directory)) {
                    throw new IllegalArgumentException("budget " + name + ": results directory " + directory + " twice");
                }
                directories.add(directory);
            }
        }
    }

    /**
     * Tests run by one jcstress per run. jcstress takes one {@code -jvmArgs} configuration per
     * invocation; a group that wants a few chosen configurations and not jcstress's whole matrix
     * gives each its own run (each costs a jcstress start, ~6 s of VM probing).
     *
     * @param name  also the name of its results subdirectory, or its prefix when it has several runs
     * @param tests found (not matched) in each test's name, as jcstress's {@code -t}
     * @param kind  the only kind of test it claims ({@link TestKind#of}), or null for any kind
     * @param runs  one or more; a single run may be unnamed
     * @param why   why these options for these tests: printed with the plan
     */
    public record Group(String name, Pattern tests, TestKind kind, List<Run> runs, String why) {

        public Group {
            if (!name.matches(PLAIN_NAME)) {
                throw new IllegalArgumentException("group name '" + name + "' is not a plain directory name");
            }
            runs = List.copyOf(runs);
            if (runs.isEmpty() || (runs.size() > 1 && runs.stream().anyMatch(r -> r.name().isEmpty()))) {
                throw new IllegalArgumentException("group " + name + ": one run, or several named ones");
            }
        }

        /** A group of any kind of test, run by one jcstress with these options. */
        public static Group of(String name, String testsRegex, String options, String why) {
            return new Group(name, Pattern.compile(testsRegex), null, List.of(Run.of("", options)), why);
        }

        /** A group of any kind of test, run by one jcstress per run, each in {@code <group>-<run>/}. */
        public static Group ofRuns(String name, String testsRegex, String why, Run... runs) {
            return new Group(name, Pattern.compile(testsRegex), null, List.of(runs), why);
        }

        /** Every test of one kind, named after it: {@code <kind>/}, or {@code <kind>-<run>/} for several runs. */
        public static Group ofKind(TestKind kind, String why, Run... runs) {
            return new Group(kind.id(), Pattern.compile(""), kind, List.of(runs), why);
        }

        /** Whether it claims the test: the pattern finds its name, and it is of the group's kind if it has one. */
        public boolean claims(StressTest test) {
            return tests.matcher(test.name()).find() && (kind == null || kind == test.kind());
        }

        /** The results subdirectory of one of its runs. */
        public String directory(Run run) {
            return run.name().isEmpty() ? name : name + "-" + run.name();
        }
    }

    /** When a run runs beside the others, and how much of the CPU it may take from them. */
    public enum Schedule {
        /** one after another, in the budget's order */
        IN_TURN,
        /** started first and run beside the in-turn runs */
        ALONGSIDE,
        /**
         * started first, beside the others, at the lowest CPU priority ({@code nice -n 19}, where the
         * OS has it): for a run whose forks mostly spin in hung loops until jcstress's fixed 30 s are
         * up. A spinning fork then takes only what the others leave, and its 30 s, measured on the
         * clock, still elapse; a compiler's decision to hoist a read does not depend on the priority.
         */
        YIELDING;

        /** As a budget file writes it: {@code in-turn}, {@code alongside}, {@code yielding}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Schedule parse(String id) {
            for (Schedule s : values()) {
                if (s.id().equals(id.strip())) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown schedule '" + id + "' (in-turn, alongside or yielding)");
        }
    }

    /**
     * Whether a run is one jcstress or several started together, each over a part of its tests.
     * jcstress runs a test's forks in turn, as many at once as it has CPUs for; a spin loop that
     * hangs holds its fork for jcstress's fixed 30 s (the generated runner's join timeout, no option
     * changes it), so a run whose tests hang one after another takes 30 s per hang. Split, the parts'
     * hangs overlap, each part paying its own jcstress start (~6 s of VM probing).
     */
    public enum Split {
        /** one jcstress for all the run's tests */
        NONE,
        /**
         * one jcstress per test class: a stress class holds one phenomenon, its racy and fixed
         * versions side by side (nested tests), so its racy one, the one that hangs, gets its own
         */
        CLASS,
        /** one jcstress per test */
        TEST;

        /** As a budget file writes it: {@code none}, {@code class}, {@code test}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Split parse(String id) {
            for (Split s : values()) {
                if (s.id().equals(id.strip())) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown split '" + id + "' (none, class or test)");
        }
    }

    /**
     * @param name     empty for a group's only run
     * @param options  jcstress options: mode, forks, time, iterations, {@code -sc}, {@code -jvmArgs};
     *                 never {@code -t}, {@code -r} or {@code -jvmArgsPrepend}, which the driver sets
     * @param schedule in turn, or beside the other runs
     * @param split    one jcstress, or one per part of the tests, all started together: only beside the
     *                 other runs (in turn, the parts would run one after another, for nothing)
     */
    public record Run(String name, List<String> options, Schedule schedule, Split split) {

        private static final List<String> DRIVER_OPTIONS = List.of("-t", "-r", "-jvmArgsPrepend", "-p", "-l");

        public Run {
            if (!name.isEmpty() && !name.matches(PLAIN_NAME)) {
                throw new IllegalArgumentException("run name '" + name + "' is not a plain directory name");
            }
            options = List.copyOf(options);
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(split, "split");
            if (split != Split.NONE && schedule == Schedule.IN_TURN) {
                throw new IllegalArgumentException("run " + name + ": a split run runs beside the others "
                        + "(schedule alongside or yielding), or its parts would run one after another");
            }
            for (String option : options) {
                if (DRIVER_OPTIONS.contains(option)) {
                    throw new IllegalArgumentException("run " + name + ": " + option + " is set by the driver");
                }
            }
        }

        public static Run of(String name, String options) {
            return new Run(name, words(options), Schedule.IN_TURN, Split.NONE);
        }

        public static Run of(String name, String options, Schedule schedule) {
            return new Run(name, words(options), schedule, Split.NONE);
        }

        public static Run of(String name, String options, Schedule schedule, Split split) {
            return new Run(name, words(options), schedule, split);
        }

        static List<String> words(String options) {
            String line = options.strip();
            return line.isEmpty() ? List.of() : List.of(line.split("\\s+"));
        }
    }
}
