package dev.racecard.catalog;

/** A variant named by its pattern and its own id, as in "counter/plain". */
public record VariantRef(String pattern, String variant) {

    @Override
    public String toString() {
        return pattern + "/" + variant;
    }
}
