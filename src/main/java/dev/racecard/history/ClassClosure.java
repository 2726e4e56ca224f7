package dev.racecard.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes a class's behaviour can depend on: the class and, breadth-first, every class its
 * constant pool names ({@link ClassReferences}), as a sorted map from each member to its SHA-256.
 * Where a class is found decides what it contributes:
 * <ul>
 *   <li>a class file in a directory (the project's own {@code target/classes}, {@code target/test-classes}):
 *       its bytes, and its references are followed;</li>
 *   <li>a class in a jar (a library, the Racecard tool in a user's build): the whole jar's hash, once,
 *       and its references are not followed (the jar is the unit that changes, and its classes
 *       would mostly lead into other jars);</li>
 *   <li>a JDK class ({@code jrt:}): nothing; the JVM's version is part of the key's environment;</li>
 *   <li>a name the loader cannot find (a string constant that looked like a descriptor, a class
 *       deleted since): "missing", so that the class appearing later changes the key too.</li>
 * </ul>
 * What the constant pool does not name is not followed: a class loaded by a name computed at run
 * time (a catalog's implementation, a ServiceLoader provider) must be a root, and a resource file
 * read by the code is not covered.
 */
public final class ClassClosure {

    static final String MISSING = "missing";

    /** Jars by path, size and modification time: hashed once per JVM, though every key names them. */
    private static final Map<String, String> JAR_HASHES = new ConcurrentHashMap<>();

    private ClassClosure() {
    }

    /**
     * @param roots binary class names ({@code a.b.C}, {@code a.b.C$D})
     * @return each member ({@code class a/b/C}, {@code jar lincheck-3.7.jar}) and its SHA-256 hex, or {@value #MISSING}
     * @throws UncheckedIOException if a class or jar cannot be read
     * @throws IllegalArgumentException if a class file in a directory cannot be parsed
     */
    public static SortedMap<String, String> of(ClassLoader loader, String... roots) {
        SortedMap<String, String> members = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String root : roots) {
            queue.add(root.replace('.', '/'));
        }
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (!seen.add(name)) {
                continue;
            }
            URL url = loader.getResource(name + ".class");
            if (url == null) {
                members.put("class " + name, MISSING);
            } else if (url.getProtocol().equals("jrt")) {
                continue; // the JDK: the environment's java.runtime.version stands for it
            } else if (url.getProtocol().equals("jar")) {
                // two jars of one file name (other group ids) both count: merged, never one replacing the other
                jar(url).ifPresentOrElse(j -> members.merge("jar " + j.getFileName(), jarHash(j),
                                (kept, other) -> kept.equals(other) || kept.contains(other) ? kept : kept + "+" + other),
                        () -> members.put("class " + name, Sha256.hex(read(url))));
            } else {
                byte[] bytes = read(url);
                members.put("class " + name, Sha256.hex(bytes));
                try {
                    queue.addAll(ClassReferences.of(bytes));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(url + ": " + e.getMessage(), e);
                }
            }
        }
        return Collections.unmodifiableSortedMap(members);
    }

    /** The jar a {@code jar:file:…!/…} URL points into; empty for a jar inside a jar or another scheme. */
    private static Optional<Path> jar(URL url) {
        try {
            URL file = ((JarURLConnection) url.openConnection()).getJarFileURL();
            return file.getProtocol().equals("file") ? Optional.of(Path.of(file.toURI()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + url, e);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String jarHash(Path jar) {
        try {
            String id = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
            return JAR_HASHES.computeIfAbsent(id, k -> {
                try (InputStream in = Files.newInputStream(jar)) {
                    return Sha256.hex(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + jar, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    private static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }
}
