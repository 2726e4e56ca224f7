package dev.racecard.report;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.Optional;

/**
 * Starts the jcstress fixture run as soon as a test plan that reads it begins: a test JVM runs its
 * classes one at a time, on one core, so the run's 10-20 s then overlap the classes before the
 * first reader instead of stopping it ({@link FixtureReadersLast} puts the readers last). Registered in {@code META-INF/services}, so it also runs in
 * a failsafe fork, where a plan without a reader starts nothing.
 */
public final class JcstressFixturesEarlyStart implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (readsFixtures(plan)) {
            JcstressFixtures.startInBackground();
        }
    }

    static boolean readsFixtures(TestPlan plan) {
        return plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource).flatMap(Optional::stream)
                .filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .anyMatch(source -> source.getJavaClass().isAnnotationPresent(UsesJcstressFixtures.class));
    }
}
