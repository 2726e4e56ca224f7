package dev.racecard.showcase.shareddict;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;

/**
 * RACY, although every single map call is thread-safe. "If absent, compute and put" is two calls:
 * two threads can both see the key absent and both compute; the second put overwrites the first
 * with an equal value. Every caller still gets the right value: the harm is the computation done
 * twice, and any side effect of it (a second request, a second charge) happening twice.
 *
 * <p>Not in the seeds, which store under a lock (seed 001, {@code with lock: results[task_id] =
 * result}); it is the same dict of results used as a cache, where a ConcurrentHashMap seems to
 * make the lock unnecessary.
 */
public final class CheckThenActDict implements MemoDict {
    private final Map<Integer, Integer> map = new ConcurrentHashMap<>();

    @Override
    public int getOrCompute(int key, IntUnaryOperator compute) {
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
