package dev.racecard.showcase.threadlifecycle;

/**
 * RACY: the reader calls {@code worker.join()} and reads the answer, while another thread starts
 * the worker. join() waits only while the thread is alive, and a thread not started yet is not:
 * a reader that comes first returns at once and reads null. (That is what seed 000 says join()
 * does; CPython in fact raises RuntimeError there. The JVM returns, silently.)
 */
public final class JoinUnstartedHandoff implements WorkerHandoff {
    private final Thread worker = new Thread(() -> answer = WorkerJob.run());
    private String answer;

    @Override
    public void startWorker() {
        worker.start();
    }

    @Override
    public String awaitAnswer() throws InterruptedException {
        worker.join();
        return answer;
    }
}
