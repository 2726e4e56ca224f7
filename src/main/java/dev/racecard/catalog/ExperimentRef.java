package dev.racecard.catalog;

import java.util.Objects;

/**
 * One experiment a variant must have evidence from: a tool and the tool's name for the test. A
 * missing one fails the gate even when the same tool produced other evidence for the variant.
 *
 * @param tool   which tool runs it
 * @param testId the jcstress test's class name, or for the other tools
 *               {@code <experiment class>#<variant id>}, as the experiment records it
 */
public record ExperimentRef(Tool tool, String testId) {

    public ExperimentRef {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(testId, "testId");
    }

    @Override
    public String toString() {
        return tool.id() + " " + testId;
    }
}
