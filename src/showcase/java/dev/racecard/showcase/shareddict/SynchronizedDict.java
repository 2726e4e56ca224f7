package dev.racecard.showcase.shareddict;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * CORRECT. The seed's {@code with lock:}: every access to the HashMap holds the same monitor, and
 * {@link #getOrCompute} holds it across the check, the computation and the put, so no other
 * thread can see the key absent in between. The price: one slow computation blocks every caller.
 */
public final class SynchronizedDict implements MemoDict {
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
