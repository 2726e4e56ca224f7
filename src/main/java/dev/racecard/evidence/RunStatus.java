package dev.racecard.evidence;

/** Whether an experiment ran to completion. Anything but OK fails the gate. */
public enum RunStatus {
    OK,
    /** The test or the VM failed: an exception, a crash, a mismatched API. */
    ERROR,
    /** The experiment did not finish in its time limit. */
    TIMEOUT
}
