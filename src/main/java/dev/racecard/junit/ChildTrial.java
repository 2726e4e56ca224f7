package dev.racecard.junit;

import dev.racecard.experiments.BoundedThreads;
import dev.racecard.experiments.ChildJvm;
import dev.racecard.experiments.StallWatch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An experiment's own trial run as a user's program runs, in a child JVM: its threads are not
 * daemons and are joined without a bound ({@link BoundedThreads#UNBOUNDED_PROPERTY}), so a thread
 * that never ends keeps the JVM alive, and the parent kills it at a timeout. What the in-process
 * trials detect (a deadlock, a lock left held), the child shows as the symptom a user meets: the
 * program never exits. That it never would is shown by the child itself, before it is killed: a
 * {@link StallWatch} in it prints the stuck threads as the JVM sees them, and the parent kills it
 * on that line. A child still running at the timeout without that line was slow, not stuck: an
 * error of the experiment.
 *
 * <p>The experiment class declares {@code static boolean childTrial(String implementation)}: one
 * trial of the subject built from that class, true when the trial's own check passed.
 */
public final class ChildTrial {

    static final String READY = "racecard-child-trial: ready";
    static final String PASSED = "racecard-child-trial: check passed";
    static final String FAILED = "racecard-child-trial: check failed";
    /** The child's evidence that its threads will never end, followed by that evidence. */
    static final String STUCK = "racecard-child-trial: stuck: ";
    /** Few: each racy child costs its timeout. */
    static final int TRIALS = Budgets.trials(2);
    /**
     * From the ready line, for a child that never says it is stuck: the trials' work takes well
     * under a second in a cold JVM, so this is a wide margin for busy cores; a stuck child is
     * killed at its evidence line, within seconds, and never waits this out.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A JVM start on busy cores is not a hang: the clock starts at the ready line. */
    static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

    private ChildTrial() {
    }

    /**
     * Records {@link #TRIALS} child JVMs of {@code experiment}'s trial: exited with its check passed,
     * stuck for good by its own thread data and killed (the race), or exited with its check failed
     * (forbidden: the hang is what this experiment looks for). A child that does not get ready, is
     * still running at {@link #TIMEOUT} without evidence, or ends in any other way, has not run the
     * experiment: an error, never the race.
     */
    public static void record(Evidence evidence, Class<?> experiment) throws Exception {
        ChildJvm jvm = new ChildJvm(System.getProperty("java.class.path"),
                List.of("-Xmx64m", "-D" + BoundedThreads.UNBOUNDED_PROPERTY + "=true"), TIMEOUT)
                .startingClockAt(READY, STARTUP_LIMIT).killedAtLine(STUCK);
        Path work = Files.createTempDirectory("racecard-child-trial");
        evidence.childJvmTrials(TRIALS)
                .acceptable("exits", "the program ran to its end, its own check passed, and the JVM exited")
                .race("never-exits", "the program's threads were stuck for good, as the child's own thread "
                        + "data showed (a lock cycle, a lock whose owner had ended, or all of them blocked or "
                        + "waiting with nothing moving for seconds), so the JVM would never exit: killed")
                .forbidden("exits-check-failed", "the JVM exited, but the program's own check failed")
                .run(() -> classify(jvm.run(ChildTrial.class, work, experiment.getName(),
                        evidence.subject().implementation())));
    }

    static String classify(ChildJvm.Exit exit) {
        List<String> lines = exit.linesAfter(READY);
        if (exit.ready() && exit.hung() && lines.size() == 1 && lines.get(0).startsWith(STUCK)) {
            return "never-exits";
        }
        if (exit.ready() && exit.hung() && lines.isEmpty()) {
            throw new IllegalStateException("timeout: the child JVM was still running " + TIMEOUT.toSeconds()
                    + " s after it started its threads, with no evidence that they were stuck: slow or stuck, "
                    + "nobody can tell, so neither the race nor a pass; output: " + exit.outputExcerpt());
        }
        if (exit.ready() && !exit.hung() && exit.exitCode() == 0 && lines.size() == 1) {
            if (lines.get(0).equals(PASSED)) {
                return "exits";
            }
            if (lines.get(0).equals(FAILED)) {
                return "exits-check-failed";
            }
        }
        throw new IllegalStateException("the child JVM did not run the trial (ready: " + exit.ready() + ", killed: "
                + exit.hung() + ", exit status " + exit.exitCode() + "); output: " + exit.outputExcerpt());
    }

    /** A subject of {@code api} built from its class name, with its public no-argument constructor. */
    public static <T> T create(String implementation, Class<T> api) throws ReflectiveOperationException {
        return Class.forName(implementation).asSubclass(api).getConstructor().newInstance();
    }

    /** The child: {@code <experiment class> <implementation class>}. */
    public static void main(String[] args) throws Exception {
        Method trial = Class.forName(args[0]).getDeclaredMethod("childTrial", String.class);
        trial.setAccessible(true);
        StallWatch.reportWhenStuck(STUCK, System.out);
        System.out.println(READY);
        boolean passed;
        try {
            passed = (Boolean) trial.invoke(null, args[1]);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        System.out.println(passed ? PASSED : FAILED);
    }
}
