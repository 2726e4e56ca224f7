package dev.racecard.patterns.shareddict;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;

/**
 * RACY, although every single map call is thread-safe. "If absent, compute and put" is two calls:
 * two threads can both see the key absent, both compute, and the second put overwrites the
 * first. The work is done twice, and any side effect of the computation happens twice.
 */
public final class CheckThenActDict implements MemoDict {
    private final Map<Integer, Integer> map = new ConcurrentHashMap<>();
    private final IntUnaryOperator compute;

    public CheckThenActDict(IntUnaryOperator compute) {
        this.compute = compute;
    }

    @Override
    public int getOrCompute(int key) {
        if (!map.containsKey(key)) {
            map.put(key, compute.applyAsInt(key));
        }
        return map.get(key);
    }

    @Override
    public void put(int key, int value) {
        map.put(key, value);
    }

    @Override
    public Integer get(int key) {
        return map.get(key);
    }

    @Override
    public int size() {
        return map.size();
    }
}
