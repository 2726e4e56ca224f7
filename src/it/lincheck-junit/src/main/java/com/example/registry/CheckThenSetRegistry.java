package com.example.registry;

/**
 * Racy: check-then-act. {@code volatile} makes each read and write visible, not the pair atomic:
 * two threads can both see no owner, and both believe they won.
 */
public class CheckThenSetRegistry implements Registry {
    private volatile String owner;

    @Override
    public boolean claim(String name) {
        if (owner != null) {
            return false;
        }
        owner = name;
        return true;
    }
}
