package dev.racecard.showcase.joinvisibility;

/**
 * CORRECT. Seed 001's {@code t.join()} then {@code t.result}: join returns only when the worker
 * has terminated, and termination happens-before join's return, so the answer is set and visible.
 */
public final class JoinedRead implements AnswerCollector {
    @Override
    public Integer collect(SquareWorker started) throws InterruptedException {
        started.join();
        return started.answer;
    }
}
