package dev.racecard.junit;

import dev.racecard.api.Catalogs;
import dev.racecard.api.Racecard;
import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.ExperimentRef;
import dev.racecard.catalog.Focus;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.reproduce.Reproduce;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a {@link RacecardTest} once per subject (see {@link SubjectSelection}) and gives each
 * invocation its {@link Evidence}: the subject looked up in the catalog (every
 * {@link dev.racecard.api.CatalogProvider} on the class path, or the one {@value #CATALOG_PROPERTY}
 * names; found once per test run), the test id
 * {@code <test class>#<variant>}, and the evidence directory ({@code racecard.evidence.dir}, default
 * {@code target/racecard/evidence}).
 */
public final class RacecardExtension implements TestTemplateInvocationContextProvider {

    /** Which catalog: {@code auto} (the default: every registered provider) or one provider's class name, as the plugin's {@code catalog}. */
    public static final String CATALOG_PROPERTY = "racecard.catalog";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RacecardExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(RacecardTest.class)).orElse(false);
    }

    /** Only a reproduce line's focus on another experiment leaves a test with nothing to run. */
    @Override
    public boolean mayReturnZeroTestTemplateInvocationContexts(ExtensionContext context) {
        return !System.getProperty(Reproduce.FOCUS_PROPERTY, "").isBlank();
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        Class<?> testClass = context.getRequiredTestClass();
        RacecardTest declared = method.getAnnotation(RacecardTest.class);
        Catalog catalog = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Catalog.class,
                key -> Catalogs.load(System.getProperty(CATALOG_PROPERTY, Catalogs.AUTO), testClass.getClassLoader()),
                Catalog.class);
        Pattern pattern = catalog.pattern(declared.pattern()).orElseThrow(() -> new ExtensionConfigurationException(
                "@RacecardTest(pattern = \"" + declared.pattern() + "\") on " + method.getName() + ": no CatalogProvider "
                        + "on the class path (META-INF/services/dev.racecard.api.CatalogProvider) declares that pattern"));
        Set<String> named = Set.of(declared.variant());
        List<Variant> variants = pattern.variants().stream()
                .filter(v -> named.isEmpty() || named.contains(v.id()))
                .filter(v -> !experiments(v, testClass).isEmpty()).toList();
        List<String> missing = named.stream().filter(id -> variants.stream().noneMatch(v -> v.id().equals(id)))
                .sorted().toList();
        if (variants.isEmpty() || !missing.isEmpty()) {
            throw new ExtensionConfigurationException("@RacecardTest on " + testClass.getSimpleName() + "."
                    + method.getName() + ": no variant of " + pattern.id() + (missing.isEmpty() ? "" : " named " + missing)
                    + " declares an experiment " + Racecard.testId(testClass, "<variant>"));
        }
        Set<String> ids = variants.stream().map(Variant::id).collect(Collectors.toSet());
        Set<Tool> tools = variants.stream().flatMap(v -> experiments(v, testClass).stream())
                .map(ExperimentRef::tool).collect(Collectors.toSet());
        Optional<Focus> focus = Focus.parseIfGiven(System.getProperty(Reproduce.FOCUS_PROPERTY), catalog);
        if (focus.isPresent() && !focus.get().testId().equals(Racecard.testId(testClass, focus.get().variant()))) {
            return Stream.empty(); // the focus names another test class's experiment
        }
        return SubjectSelection.of(pattern, ids, tools, SubjectSelection.mutants(), focus).stream()
                .map(subject -> invocation(new Evidence(subject, testClass, EvidenceDirectory.get()), pattern));
    }

    private static List<ExperimentRef> experiments(Variant variant, Class<?> testClass) {
        String testId = Racecard.testId(testClass, variant.id());
        return variant.experiments().stream().filter(e -> e.testId().equals(testId)).toList();
    }

    private static TestTemplateInvocationContext invocation(Evidence evidence, Pattern pattern) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return evidence.subject().toString();
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new EvidenceHistory(evidence, pattern), new ParameterResolver() {
                    @Override
                    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
                        return parameter.getParameter().getType() == Evidence.class;
                    }

                    @Override
                    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
                        return evidence;
                    }
                });
            }
        };
    }
}
