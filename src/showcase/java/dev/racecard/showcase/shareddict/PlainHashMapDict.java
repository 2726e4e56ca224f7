package dev.racecard.showcase.shareddict;

import java.util.HashMap;
import java.util.Map;

/**
 * RACY. The seed's {@code results[task_id] = result} without {@code with lock:}. HashMap.put is a
 * read of the bucket (and, on the first put, of the table itself), a write of a new node and
 * {@code size++}: two threads that read the same empty bucket or table both write it, and one
 * entry is lost (or, for the same key, counted twice); two {@code size++} can count one entry.
 */
public final class PlainHashMapDict implements SharedDict {
    private final Map<Integer, Integer> map = new HashMap<>();

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
