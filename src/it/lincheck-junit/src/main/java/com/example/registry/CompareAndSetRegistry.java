package com.example.registry;

import java.util.concurrent.atomic.AtomicReference;

/** Correct: the check and the set are one compareAndSet; exactly one claim wins. */
public class CompareAndSetRegistry implements Registry {
    private final AtomicReference<String> owner = new AtomicReference<>();

    @Override
    public boolean claim(String name) {
        return owner.compareAndSet(null, name);
    }
}
