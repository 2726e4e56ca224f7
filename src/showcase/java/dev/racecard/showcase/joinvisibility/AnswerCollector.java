package dev.racecard.showcase.joinvisibility;

/** How the main thread gets a started worker's answer: the part that is racy or correct. */
public interface AnswerCollector {
    Integer collect(SquareWorker started) throws InterruptedException;
}
