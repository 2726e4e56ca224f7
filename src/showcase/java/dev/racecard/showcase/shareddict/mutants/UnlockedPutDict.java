package dev.racecard.showcase.shareddict.mutants;

import dev.racecard.showcase.shareddict.MemoDict;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * MUTANT of SynchronizedDict: every method holds the monitor but {@code put}, the one the seed's
 * workers call; it "only writes its own key". Two unlocked puts into the HashMap race on its
 * table and size, as in the seed without {@code with lock:}.
 */
public final class UnlockedPutDict implements MemoDict {
    private final Map<Integer, Integer> map = new HashMap<>();

    @Override
    public synchronized int getOrCompute(int key, IntUnaryOperator compute) {
        Integer value = map.get(key);
        if (value == null) {
            value = compute.applyAsInt(key);
            map.put(key, value);
        }
        return value;
    }

    @Override
    public void put(int key, int value) {
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
