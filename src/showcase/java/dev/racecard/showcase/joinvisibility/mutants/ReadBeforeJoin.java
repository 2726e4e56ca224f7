package dev.racecard.showcase.joinvisibility.mutants;

import dev.racecard.showcase.joinvisibility.AnswerCollector;
import dev.racecard.showcase.joinvisibility.SquareWorker;

/**
 * MUTANT of JoinedRead: takes {@code t.result} into a local first and joins afterwards, as when
 * a list comprehension of results is moved above the join loop; the join waits, but for nothing.
 */
public final class ReadBeforeJoin implements AnswerCollector {
    @Override
    public Integer collect(SquareWorker started) throws InterruptedException {
        Integer answer = started.answer();
        started.join();
        return answer;
    }
}
