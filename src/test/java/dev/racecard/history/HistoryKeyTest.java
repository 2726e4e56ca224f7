package dev.racecard.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryKeyTest {

    private final Properties saved = (Properties) System.getProperties().clone();

    @AfterEach
    void restoreProperties() {
        System.setProperties(saved);
    }

    private static HistoryKey key(String test) {
        return HistoryKey.builder().text("test", test).environment().build();
    }

    @Test
    void theSamePartsMakeTheSameKeyAnotherTextAnother() {
        assertThat(key("T#plain")).isEqualTo(key("T#plain"));
        assertThat(key("T#plain").hash()).isNotEqualTo(key("T#volatile").hash()).hasSize(64);
        assertThat(key("T#plain").parts()).containsOnlyKeys("test", "environment");
    }

    @Test
    void racecardSettingsArePartOfTheEnvironmentButPathsAndTheRunsNameAreNot() {
        HistoryKey before = key("T#plain");

        System.setProperty("racecard.evidence.dir", "/somewhere/else");
        System.setProperty(HistoryStore.DIR_PROPERTY, "/another/store");
        System.setProperty(HistoryStore.RUN_PROPERTY, "run 2");
        assertThat(key("T#plain")).isEqualTo(before);

        System.setProperty("racecard.experiment.scale", "5");
        HistoryKey scaled = key("T#plain");
        assertThat(scaled.hash()).isNotEqualTo(before.hash());
        assertThat(scaled.parts().get("test")).isEqualTo(before.parts().get("test"));
        assertThat(scaled.lines()).contains("racecard.experiment.scale = 5");
    }

    @Test
    void aPartNamedTwiceIsAnError() {
        assertThatThrownBy(() -> HistoryKey.builder().text("test", "a").text("test", "b"))
                .hasMessageContaining("already has a part named test");
        assertThatThrownBy(() -> HistoryKey.builder().build()).hasMessageContaining("a key of nothing");
    }
}
