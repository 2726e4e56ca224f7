package dev.racecard.showcase.shareddict.mutants;

import dev.racecard.showcase.shareddict.MemoDict;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * MUTANT of SynchronizedDict: "never compute while holding a lock", so getOrCompute locks to look
 * the key up, computes unlocked, then locks again to store. Every map access is locked, but two
 * threads can both find the key absent between the two blocks, and both compute it.
 */
public final class ComputeOutsideLockDict implements MemoDict {
    private final Map<Integer, Integer> map = new HashMap<>();

    @Override
    public int getOrCompute(int key, IntUnaryOperator compute) {
        Integer value;
        synchronized (this) {
            value = map.get(key);
        }
        if (value == null) {
            value = compute.applyAsInt(key);
            synchronized (this) {
                map.put(key, value);
            }
        }
        return value;
    }

    @Override
    public synchronized void put(int key, int value) {
        map.put(key, value);
    }

    @Override
    public synchronized Integer get(int key) {
        return map.get(key);
    }

    @Override
    public synchronized int size() {
        return map.size();
    }
}
