package dev.racecard.report;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Runs the classes that read {@link JcstressFixtures} after all others, in their order otherwise:
 * the fixtures' jcstress run, started as the plan begins ({@link JcstressFixturesEarlyStart}),
 * then overlaps the other classes instead of keeping the first reader waiting for it. Surefire's
 * configuration names it ({@code junit.jupiter.testclass.order.default}).
 */
public final class FixtureReadersLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // List.sort is stable: the classes keep their order within each half
        context.getClassDescriptors().sort(Comparator.comparing(FixtureReadersLast::readsFixtures));
    }

    private static boolean readsFixtures(ClassDescriptor descriptor) {
        return descriptor.isAnnotated(UsesJcstressFixtures.class);
    }
}
