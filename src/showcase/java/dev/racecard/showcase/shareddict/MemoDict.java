package dev.racecard.showcase.shareddict;

import java.util.function.IntUnaryOperator;

/**
 * A shared dict that also caches results: workers that need the same result ask
 * {@link #getOrCompute}, and the first one to ask computes it for everybody.
 *
 * <p>A separate interface because only the memoising variants have a meaning for it; the seed's
 * plain dict of results is about {@link #put} alone. The caller passes the computation, as with
 * {@code Map.computeIfAbsent}, so every implementation is built the same way, with no arguments.
 */
public interface MemoDict extends SharedDict {
    /**
     * The value stored under {@code key}; if there is none, computes it with {@code compute} and
     * stores it. {@code compute} must run at most once per key, however many threads ask.
     */
    int getOrCompute(int key, IntUnaryOperator compute);
}
