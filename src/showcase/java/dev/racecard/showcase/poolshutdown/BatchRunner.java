package dev.racecard.showcase.poolshutdown;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs a batch of tasks on a pool of four workers (the seed's {@code max_workers=4}) and returns
 * when its program considers the batch done: the program then closes the log the tasks write and
 * main returns. How a variant ends its pool is the whole difference between them.
 */
public interface BatchRunner {

    void runAll(List<Callable<Void>> tasks) throws Exception;
}
