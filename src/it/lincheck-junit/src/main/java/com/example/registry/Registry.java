package com.example.registry;

/** One owner for a resource: the first thread to claim it wins, every later claim loses. */
public interface Registry {
    /** @return whether this call made {@code name} the owner (false: someone already was) */
    boolean claim(String name);
}
