package dev.racecard.report.gate;

import java.util.Objects;

/**
 * What a finding is about: a catalog variant, a mutant in its variant's place, a test no
 * variant claims, or the run as a whole. Renderers place findings by comparing subjects.
 *
 * @param test the test id, for {@link Type#TEST} only
 */
public record FindingSubject(Type type, String pattern, String variant, String mutant, String test) {

    public enum Type { VARIANT, MUTANT, TEST, RUN }

    public FindingSubject {
        Objects.requireNonNull(type, "type");
    }

    public static FindingSubject variant(String pattern, String variant) {
        return new FindingSubject(Type.VARIANT, pattern, variant, null, null);
    }

    public static FindingSubject mutant(String pattern, String variant, String mutant) {
        return new FindingSubject(Type.MUTANT, pattern, variant, mutant, null);
    }

    public static FindingSubject test(String testId) {
        return new FindingSubject(Type.TEST, null, null, null, testId);
    }

    public static FindingSubject run() {
        return new FindingSubject(Type.RUN, null, null, null, null);
    }

    /** "pattern/variant", "pattern/variant~mutant", the test id, or "run": how logs name it. */
    public String ref() {
        return switch (type) {
            case VARIANT -> pattern + "/" + variant;
            case MUTANT -> pattern + "/" + variant + "~" + mutant;
            case TEST -> test;
            case RUN -> "run";
        };
    }
}
