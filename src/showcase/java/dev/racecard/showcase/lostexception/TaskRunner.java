package dev.racecard.showcase.lostexception;

import java.util.List;
import java.util.concurrent.Callable;

/** Runs tasks on worker threads and returns their answers, in order. */
public interface TaskRunner {

    /** @throws Exception when a task failed: its failure must reach the caller */
    List<Integer> runAll(List<Callable<Integer>> tasks) throws Exception;
}
