package dev.racecard.showcase.shareddict.mutants;

import dev.racecard.showcase.shareddict.MemoDict;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;

/**
 * MUTANT of ComputeIfAbsentDict: the pre-Java-8 idiom, get, compute on a miss, then
 * {@code putIfAbsent} and keep whichever value won. Every caller gets the same value, but two
 * callers that miss together both compute it: the map is atomic, the computation is not in it.
 */
public final class PutIfAbsentDict implements MemoDict {
    private final Map<Integer, Integer> map = new ConcurrentHashMap<>();

    @Override
    public int getOrCompute(int key, IntUnaryOperator compute) {
        Integer value = map.get(key);
        if (value == null) {
            Integer computed = compute.applyAsInt(key);
            Integer earlier = map.putIfAbsent(key, computed);
            value = earlier != null ? earlier : computed;
        }
        return value;
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
