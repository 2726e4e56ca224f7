package dev.racecard.showcase.joinvisibility;

/**
 * RACY. Reads the answer right after starting the worker, without {@code join()}: nothing makes
 * the read wait for the worker's write, so it sees None whenever the worker has not set its
 * answer yet (and, with no happens-before edge, the JMM does not promise even a set answer; what
 * the experiments show is the first: the read overtaking the write).
 */
public final class UnjoinedRead implements AnswerCollector {
    @Override
    public Integer collect(SquareWorker started) {
        return started.answer;
    }
}
