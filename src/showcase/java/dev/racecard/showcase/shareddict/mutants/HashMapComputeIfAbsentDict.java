package dev.racecard.showcase.shareddict.mutants;

import dev.racecard.showcase.shareddict.MemoDict;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * MUTANT of ComputeIfAbsentDict: the same calls on a field typed {@code Map}, initialised with a
 * HashMap. {@code computeIfAbsent} is atomic only where the map promises it (ConcurrentHashMap
 * does; HashMap and the Map interface's default do not), and HashMap's put is not thread-safe.
 */
public final class HashMapComputeIfAbsentDict implements MemoDict {
    private final Map<Integer, Integer> map = new HashMap<>();

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
