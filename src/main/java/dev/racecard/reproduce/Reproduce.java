package dev.racecard.reproduce;

import dev.racecard.api.Catalogs;
import dev.racecard.catalog.Focus;
import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The reproduce line of one experiment: a single-line shell command that, at the project root,
 * re-runs that experiment alone ({@code -Dracecard.focus}, see {@link Focus}) with the settings
 * that shaped it, and grades it with the catalog narrowed to it. The focus runs the variant's own
 * experiment too when it names a mutant: the gate grades the variant's evidence for it.
 */
public final class Reproduce {

    /** The Maven property that focuses a run; the pom passes it to the experiments, jcstress and the report. */
    public static final String FOCUS_PROPERTY = "racecard.focus";
    /** The jcstress budget's Maven property; the stress-run driver also gives every fork {@link #budgetFlag}. */
    public static final String BUDGET_PROPERTY = "racecard.jcstress.budget";
    public static final String SCALE_PROPERTY = "racecard.experiment.scale";
    /** The setting the experiments record their {@code racecard.experiment.scale} under. */
    public static final String SCALE_SETTING = "experiment scale";
    /** true: racy variants' trials run their full count instead of stopping at the first race. */
    public static final String FULL_TRIALS_PROPERTY = "racecard.trials.full";
    /** The setting the experiments record {@value #FULL_TRIALS_PROPERTY}{@code =true} under. */
    public static final String FULL_TRIALS_SETTING = "trials in full";
    /** The setting {@link #settings(Experiment)} puts the jcstress budget under, read from the forks' flags. */
    public static final String BUDGET_SETTING = "jcstress budget";

    /**
     * The setting under which an experiment records what ran it; {@link #JUNIT_EXTENSION} for a
     * user's test through Racecard's JUnit extension, which surefire runs in the test phase.
     */
    public static final String RECORDED_BY_SETTING = "recorded by";
    public static final String JUNIT_EXTENSION = "racecard JUnit extension";
    /**
     * Which Maven plugin runs the experiment's test class: {@code failsafe} when its pom says so
     * (system property {@value #RUNNER_PROPERTY} in failsafe's configuration), else surefire. The
     * extension records it under {@link #RUNNER_SETTING}; the line selects the class with
     * {@code -Dit.test} under failsafe, {@code -Dtest} under surefire.
     */
    public static final String RUNNER_PROPERTY = "racecard.runner";
    public static final String RUNNER_SETTING = "run by";

    /** What a shell leaves alone outside quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.,:/=+%@-]+");

    private Reproduce() {
    }

    /**
     * @param pattern  the catalog pattern, or null for a test no catalog variant owns
     * @param variant  the catalog variant, or null likewise
     * @param mutant   the mutant in the variant's place, or null for the variant itself
     * @param settings the experiment's settings: {@value #SCALE_SETTING} and {@value #FULL_TRIALS_SETTING} for the experiments,
     *                 {@value #BUDGET_SETTING} for jcstress (absent: the pom's defaults, scale 1
     *                 and the gate budget); other keys are ignored
     * @return the command, or null when no variant owns the test (a focus needs one) or the names
     *         hold control characters (no catalog declares such a test, and no line could hold it)
     */
    public static String command(Tool tool, String testId, String pattern, String variant, String mutant,
                                 Map<String, String> settings) {
        if (pattern == null || variant == null) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of("mvn", "-B", "verify",
                define(FOCUS_PROPERTY, new Focus(tool, testId, pattern, variant, mutant).format())));
        if (tool == Tool.JCSTRESS) {
            String budget = settings.get(BUDGET_SETTING);
            if (budget != null) {
                words.add(define(BUDGET_PROPERTY, budget));
            }
            words.add("-DskipITs");
        } else {
            // a test class the extension recorded under surefire: its evidence directory is cleaned
            // by nothing but `clean`; under failsafe (this repository's experiments) by the pom
            boolean surefire = JUNIT_EXTENSION.equals(settings.get(RECORDED_BY_SETTING))
                    && !"failsafe".equals(settings.get(RUNNER_SETTING));
            if (surefire) {
                words.add(2, "clean");
            }
            addExperimentBudget(words, settings);
            words.add(define(surefire ? "test" : "it.test", experimentClass(testId)));
            if (surefire) {
                return line(words);
            }
        }
        // the harness's own unit tests are not part of the experiment
        words.addAll(List.of("-Dtest=NONE", "-Dsurefire.failIfNoSpecifiedTests=false"));
        return line(words);
    }

    /** The words as one line, or null when a name holds a control character no line could hold. */
    private static String line(List<String> words) {
        String line = String.join(" ", words);
        return line.chars().anyMatch(Character::isISOControl) ? null : line;
    }

    private static void addExperimentBudget(List<String> words, Map<String, String> settings) {
        String scale = settings.get(SCALE_SETTING);
        if (scale != null && !scale.equals("1")) {
            words.add(define(SCALE_PROPERTY, scale));
        }
        if ("true".equals(settings.get(FULL_TRIALS_SETTING))) {
            words.add(define(FULL_TRIALS_PROPERTY, "true"));
        }
    }

    /** {@link #command} with the experiment's own names and settings. */
    public static String command(Experiment e) {
        return command(e.tool(), e.testId(), e.pattern(), e.variant(), e.mutant(), settings(e));
    }

    /**
     * The experiment's settings, plus the jcstress budget from its forks' flags: jcstress records a
     * test's JVM flags, not the driver's options, so the driver gives every fork {@link #budgetFlag}.
     */
    public static Map<String, String> settings(Experiment e) {
        Map<String, String> settings = new LinkedHashMap<>(e.settings());
        String flag = budgetFlag("");
        e.configurations().stream().flatMap(c -> c.jvmArgs().stream()).filter(a -> a.startsWith(flag)).findFirst()
                .ifPresent(a -> settings.put(BUDGET_SETTING, a.substring(flag.length())));
        return settings;
    }

    /** The JVM flag that names the jcstress budget a fork runs under. */
    public static String budgetFlag(String budget) {
        return "-D" + BUDGET_PROPERTY + "=" + budget;
    }

    /** The experiment class's simple name, failsafe's {@code it.test}: the test id up to '#'. */
    static String experimentClass(String testId) {
        int hash = testId.indexOf('#');
        String name = hash < 0 ? testId : testId.substring(0, hash);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    static String define(String property, String value) {
        return "-D" + property + "=" + quote(value);
    }

    /** POSIX shell quoting: inside single quotes nothing is special but the quote itself. */
    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** Prints the reproduce line of a focus on a variant of the catalog registered on the class path, under the pom's default settings: {@code Reproduce FOCUS}. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("reproduce: usage: Reproduce TOOL:TEST_ID@PATTERN/VARIANT[~MUTANT]");
            System.exit(2);
        }
        try {
            Focus focus = Focus.parse(args[0], Catalogs.discover());
            System.out.println(command(focus.tool(), focus.testId(), focus.pattern(), focus.variant(), focus.mutant(),
                    Map.of()));
        } catch (IllegalArgumentException e) {
            System.err.println("reproduce: " + e.getMessage().replaceAll("\\p{Cntrl}", "?"));
            System.exit(2);
        }
    }
}
