package dev.racecard.api;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.ShowcaseCatalog;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogsTest {

    static final class Nested {
        static final class Stress {
        }
    }

    @Test
    void theBuiltInCatalogIsFoundAsAUsersIs() {
        // src/test/resources/META-INF/services registers ShowcaseCatalog, as a user registers theirs
        Catalog found = Catalogs.discover(getClass().getClassLoader());
        assertThat(found).isEqualTo(ShowcaseCatalog.CATALOG);
        assertThat(Catalogs.load(Catalogs.AUTO, getClass().getClassLoader())).isEqualTo(ShowcaseCatalog.CATALOG);
        assertThat(Catalogs.load(ShowcaseCatalog.class.getName(), getClass().getClassLoader()))
                .isEqualTo(ShowcaseCatalog.CATALOG);
    }

    @Test
    void aPatternDeclaredTwiceIsRefused() {
        assertThatThrownBy(() -> Catalogs.of(List.of(new ShowcaseCatalog(), new ShowcaseCatalog())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pattern 'counter' is declared twice");
    }

    @Test
    void aProviderThatIsNotOneIsRefusedByName() {
        assertThatThrownBy(() -> Catalogs.load("java.lang.String", getClass().getClassLoader()))
                .hasMessage("catalog java.lang.String does not implement dev.racecard.api.CatalogProvider");
        assertThatThrownBy(() -> Catalogs.load("com.example.Missing", getClass().getClassLoader()))
                .hasMessage("catalog provider class com.example.Missing not found on the class path");
    }

    @Test
    void theBuilderDeclaresVariantsWithTheIdsTheToolsRecord() {
        Pattern p = Racecard.pattern("counter", "Shared counter", "claim")
                .racy("plain", "com.example.PlainCounter", "count++")
                    .jcstress(Nested.Stress.class).lincheck(CatalogsTest.class).junit(CatalogsTest.class)
                    .critical("count++")
                .correct("atomic", "com.example.AtomicCounter", "incrementAndGet")
                    .lincheck(CatalogsTest.class).fixing("plain")
                .build();

        assertThat(p.variants()).extracting(Variant::id).containsExactly("plain", "atomic");
        Variant plain = p.variant("plain").orElseThrow();
        assertThat(plain.kind()).isEqualTo(VariantKind.RACY);
        assertThat(plain.jcstressTests()).containsExactly("dev.racecard.api.CatalogsTest.Nested.Stress");
        assertThat(plain.experiments(Tool.LINCHECK).get(0).testId()).isEqualTo("dev.racecard.api.CatalogsTest#plain");
        assertThat(plain.experiments(Tool.JUNIT).get(0).testId()).isEqualTo("dev.racecard.api.CatalogsTest#plain");
        assertThat(plain.criticalCode()).containsExactly("count++");
        assertThat(p.variant("atomic").orElseThrow().kind()).isEqualTo(VariantKind.CORRECT);
        assertThat(p.variant("atomic").orElseThrow().twins()).containsExactly("plain");
    }
}
