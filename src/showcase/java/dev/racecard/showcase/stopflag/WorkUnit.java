package dev.racecard.showcase.stopflag;

/**
 * The worker's unit of work, the same for every variant: a round of a running checksum. Pure
 * computation, small enough to be inlined into the worker's loop, so the loop is what a tight
 * background computation compiles to: it calls nothing, allocates nothing and touches only the
 * worker's own fields (no I/O, sleep or lock that would make the JIT re-read everything).
 */
public final class WorkUnit {

    private WorkUnit() {
    }

    /** The checksum after one more unit. */
    public static long next(long checksum, long unit) {
        return (checksum ^ unit) * 0x9E3779B97F4A7C15L;
    }
}
