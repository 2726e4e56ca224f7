package dev.racecard.showcase.shareddict;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;

/**
 * CORRECT. ConcurrentHashMap makes each put safe, and {@code computeIfAbsent} makes "if absent,
 * compute and put" one atomic call: it locks only the key's bin while computing, so other
 * callers for that key wait and then reuse the value, and callers for keys in other bins go on.
 */
public final class ComputeIfAbsentDict implements MemoDict {
    private final Map<Integer, Integer> map = new ConcurrentHashMap<>();

    @Override
    public int getOrCompute(int key, IntUnaryOperator compute) {
        return map.computeIfAbsent(key, compute::applyAsInt);
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
