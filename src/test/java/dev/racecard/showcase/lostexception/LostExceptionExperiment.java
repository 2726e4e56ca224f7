package dev.racecard.showcase.lostexception;

import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Seed 001's risky_task: a batch of four tasks, one of which fails, run by the subject; does the
 * failure reach the caller? Trials take turns at three shapes, because failures are lost at
 * different moments and come in both kinds a Callable may throw: the first task failing at once
 * (before anything else happens), the last one failing after some work (after the caller has
 * moved on), and the last one failing after some work with a checked exception, as seed 002's
 * fetch_url fails (an IOException). The subject runs on a daemon thread the experiment waits for at
 * most {@link #BOUND}: a subject that blocks fails its experiment with a timeout (an error, never
 * an outcome) instead of hanging the build.
 */
class LostExceptionExperiment {

    static final int TASKS = 4;
    static final int TRIALS = Budgets.trials(60);
    /** Four tasks of tens of microseconds each: a runAll still running after 10 s is blocked. */
    static final Duration BOUND = Duration.ofSeconds(10);

    /** Which task fails, when, and with what. */
    enum Shape {
        FIRST_AT_ONCE, LAST_AFTER_WORK, LAST_CHECKED_AFTER_WORK
    }

    /** The unchecked failure a failing task throws, recognised in whatever wraps it. */
    static final class TaskFailure extends RuntimeException {
        TaskFailure() {
            super("Something went wrong!");
        }
    }

    /** The checked failure a failing fetch throws, recognised in whatever wraps it. */
    static final class FetchFailure extends IOException {
        FetchFailure() {
            super("fetch failed");
        }
    }

    @RacecardTest(pattern = "lost-exception")
    void aFailingTaskReachesTheCaller(Evidence evidence) throws Exception {
        int[] trial = {0};
        evidence.trials(TRIALS)
                .acceptable("reported", "runAll threw, carrying the task's failure")
                .race("silent", "runAll returned answers as if every task had succeeded")
                .forbidden("other-failure", "runAll threw, but not the task's failure")
                .run(() -> bounded(evidence.create(TaskRunner.class), Shape.values()[trial[0]++ % Shape.values().length]));
    }

    /** One trial on a thread of its own, waited for at most {@link #BOUND}. */
    static String bounded(TaskRunner runner, Shape shape) throws Exception {
        FutureTask<String> run = new FutureTask<>(() -> trial(runner, shape));
        Thread caller = new Thread(run, "lost-exception-caller");
        caller.setDaemon(true); // abandoned if it blocks for ever: it must not keep the test JVM alive
        caller.start();
        try {
            return run.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            caller.interrupt();
            throw new IllegalStateException("runAll did not return within " + BOUND.toSeconds() + " s: a timeout "
                    + "of the experiment, with no evidence of why", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    static String trial(TaskRunner runner, Shape shape) throws InterruptedException {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            int n = i;
            boolean fails = shape == Shape.FIRST_AT_ONCE ? i == 0 : i == TASKS - 1;
            tasks.add(() -> {
                if (fails && shape == Shape.FIRST_AT_ONCE) {
                    throw new TaskFailure();
                }
                int answer = work(n);
                if (fails && shape == Shape.LAST_CHECKED_AFTER_WORK) {
                    throw new FetchFailure();
                }
                if (fails) {
                    throw new TaskFailure();
                }
                return answer;
            });
        }
        try {
            runner.runAll(tasks);
            return "silent";
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TaskFailure || t instanceof FetchFailure) {
                    return "reported";
                }
            }
            return "other-failure";
        }
    }

    /** A task's own work: a few tens of microseconds. */
    private static int work(int n) {
        int x = n;
        for (int i = 0; i < 20_000; i++) {
            x = x * 31 + i;
        }
        return x == 42 ? 1 : n * n;
    }
}
