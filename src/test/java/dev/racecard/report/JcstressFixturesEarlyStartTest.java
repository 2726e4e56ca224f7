package dev.racecard.report;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

class JcstressFixturesEarlyStartTest {

    private static TestPlan planOf(String... classes) {
        var request = request();
        for (String c : classes) {
            request.selectors(selectClass(c));
        }
        return LauncherFactory.create().discover(request.build());
    }

    @Test
    void aPlanStartsTheFixtureRunOnlyWhenOneOfItsClassesReadsTheFixtures() {
        String gate = "dev.racecard.report.gate.GateTest";
        assertThat(JcstressFixturesEarlyStart.readsFixtures(planOf(gate))).isFalse();
        assertThat(JcstressFixturesEarlyStart.readsFixtures(planOf(gate, "dev.racecard.report.ingest.JcstressFilesTest"))).isTrue();
    }
}
