package dev.racecard.showcase.joinvisibility;

/** How main waits at most its timeout for a started worker's answer: the part that is racy or correct. */
public interface TimedCollector {
    Waited collect(SquareWorker started) throws InterruptedException;
}
