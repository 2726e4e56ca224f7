package dev.racecard.api;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/** Finds the declared catalog: every {@link CatalogProvider} on the class path, or one named class. */
public final class Catalogs {

    /** {@code --catalog auto}: every provider registered on the class path. */
    public static final String AUTO = "auto";
    /** {@code --catalog none}: no catalog, the results are graded alone (as jcstress would). */
    public static final String NONE = "none";

    private Catalogs() {
    }

    /** Every provider registered with {@link ServiceLoader} on {@code loader}, in one catalog. */
    public static Catalog discover(ClassLoader loader) {
        List<CatalogProvider> providers = new ArrayList<>();
        try {
            ServiceLoader.load(CatalogProvider.class, loader).forEach(providers::add);
        } catch (ServiceConfigurationError e) {
            throw new IllegalArgumentException("cannot load a catalog provider: " + e.getMessage(), e);
        }
        return of(providers);
    }

    public static Catalog discover() {
        return discover(Thread.currentThread().getContextClassLoader());
    }

    /**
     * {@link #AUTO} (or blank) for every registered provider, {@link #NONE} for none, or the class
     * name of one provider (it needs a public no-argument constructor).
     */
    public static Catalog load(String provider, ClassLoader loader) {
        if (provider == null || provider.isBlank() || provider.strip().equals(AUTO)) {
            return discover(loader);
        }
        if (provider.strip().equals(NONE)) {
            return new Catalog(List.of());
        }
        try {
            Class<?> type = Class.forName(provider.strip(), true, loader);
            if (!CatalogProvider.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("catalog " + provider + " does not implement "
                        + CatalogProvider.class.getName());
            }
            return of(List.of((CatalogProvider) type.getConstructor().newInstance()));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("catalog provider class " + provider + " not found on the class path");
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot create catalog provider " + provider + ": " + e, e);
        }
    }

    /** The providers' patterns in one catalog; a pattern id declared twice is refused. */
    public static Catalog of(List<? extends CatalogProvider> providers) {
        List<Pattern> patterns = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CatalogProvider provider : providers) {
            for (Pattern p : provider.patterns()) {
                if (!ids.add(p.id())) {
                    throw new IllegalArgumentException("pattern '" + p.id() + "' is declared twice (by "
                            + provider.getClass().getName() + " and another catalog provider)");
                }
                patterns.add(p);
            }
        }
        return new Catalog(patterns);
    }
}
