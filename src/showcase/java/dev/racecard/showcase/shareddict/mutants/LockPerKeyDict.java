package dev.racecard.showcase.shareddict.mutants;

import dev.racecard.showcase.shareddict.MemoDict;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * MUTANT of SynchronizedDict: locks the key instead of the dict, so that workers storing
 * different keys need not wait for each other. But the keys share one HashMap, its table and its
 * size: two puts of different keys hold different monitors and race as if unlocked. (And a key
 * above 127 is boxed to a new Integer per call, so even one key gets no common lock.)
 */
public final class LockPerKeyDict implements MemoDict {
    private final Map<Integer, Integer> map = new HashMap<>();

    @Override
    public int getOrCompute(int key, IntUnaryOperator compute) {
        Integer lock = key;
        synchronized (lock) {
            Integer value = map.get(key);
            if (value == null) {
                value = compute.applyAsInt(key);
                map.put(key, value);
            }
            return value;
        }
    }

    @Override
    public void put(int key, int value) {
        Integer lock = key;
        synchronized (lock) {
            map.put(key, value);
        }
    }

    @Override
    public Integer get(int key) {
        Integer lock = key;
        synchronized (lock) {
            return map.get(key);
        }
    }

    @Override
    public synchronized int size() {
        return map.size();
    }
}
