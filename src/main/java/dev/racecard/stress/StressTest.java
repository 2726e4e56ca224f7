package dev.racecard.stress;

import org.openjdk.jcstress.infra.runners.TestList;

/**
 * A jcstress test as the driver plans it: its name (jcstress's, as {@code -t} finds it) and its
 * {@link TestKind}, which a budget's groups may claim it by.
 */
public record StressTest(String name, TestKind kind) {

    /**
     * A test of the class path's {@code META-INF/TestList}, its kind read from its class, which is
     * loaded but not initialized (a test's static state belongs to jcstress's forks).
     *
     * @throws IllegalArgumentException when the class cannot be loaded, as jcstress could not run it either
     */
    public static StressTest onClassPath(String name) {
        String binaryName = TestList.getInfo(name).binaryName(); // a nested test's class is Outer$Test
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return new StressTest(name, TestKind.of(Class.forName(binaryName, false, loader)));
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("jcstress test " + name + " (in META-INF/TestList) cannot be loaded to read "
                    + "its kind: " + e);
        }
    }
}
