package dev.racecard.junit;

import dev.racecard.api.Catalogs;
import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Variant;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.reflect.Method;

/**
 * Gives a {@link RacecardVariant} test its {@link Evidence}: the variant looked up in the catalog
 * (every {@link dev.racecard.api.CatalogProvider} on the class path, found once per test class
 * loader), the test id {@code <test class>#<variant>}, and the evidence directory
 * ({@code racecard.evidence.dir}, default {@code target/racecard/evidence}).
 */
public final class RacecardExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RacecardExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Evidence.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        RacecardVariant declared = method.getAnnotation(RacecardVariant.class);
        if (declared == null) {
            throw new ParameterResolutionException(method + " takes Evidence but has no @RacecardVariant");
        }
        Catalog catalog = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Catalog.class,
                key -> Catalogs.discover(context.getRequiredTestClass().getClassLoader()), Catalog.class);
        Variant variant = catalog.variant(declared.pattern(), declared.variant()).orElseThrow(() ->
                new ParameterResolutionException("@RacecardVariant(pattern = \"" + declared.pattern()
                        + "\", variant = \"" + declared.variant() + "\") is declared by no CatalogProvider on the "
                        + "class path (META-INF/services/dev.racecard.api.CatalogProvider)"));
        return new Evidence(declared.pattern(), variant, context.getRequiredTestClass(), EvidenceDirectory.get());
    }
}
