package dev.racecard.patterns.shareddict;

/**
 * A shared dict that also caches results: workers that need the same result ask
 * {@link #getOrCompute}, and the first one to ask computes it for everybody.
 *
 * <p>A separate interface because only the memoising variants have a meaning for it; the seed's
 * plain dict of results is about {@link #put} alone.
 */
public interface MemoDict extends SharedDict {
    /**
     * The value stored under {@code key}; if there is none, computes it with the dict's compute
     * function and stores it. The compute function must run at most once per key.
     */
    int getOrCompute(int key);
}
