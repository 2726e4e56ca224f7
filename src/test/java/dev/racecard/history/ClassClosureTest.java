package dev.racecard.history;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Classes compiled here, in a directory and a jar, as a test class path holds them. */
class ClassClosureTest {

    static final Map<String, String> SOURCES = Map.of(
            "a/Root.java", """
                    package a;
                    public class Root {
                        public static class Nested { b.Param param; }
                        public void takes(b.OnlyInDescriptor x) { }
                        public Object make() { return new lib.InJar(); }
                        public String name() { return "Lb/NoSuchClass; looks like a descriptor"; }
                    }""",
            "b/Param.java", "package b; public class Param { public static final String V = \"one\"; }",
            "b/OnlyInDescriptor.java", "package b; public interface OnlyInDescriptor { }",
            "b/Unrelated.java", "package b; public class Unrelated { }",
            "lib/InJar.java", "package lib; public class InJar { c.BehindJar behind; }",
            "c/BehindJar.java", "package c; public class BehindJar { }");

    @TempDir
    Path work;
    Path classes;
    Path jar;

    @BeforeEach
    void compile() throws IOException {
        classes = compile(work, SOURCES);
        jar = work.resolve("lib.jar");
        jar(jar, classes, "lib/InJar.class");
    }

    /** Compiles {@code sources} (path to text) into {@code <dir>/classes}. */
    static Path compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-implicit:none", "-proc:none"));
        for (Map.Entry<String, String> s : sources.entrySet()) {
            Path file = src.resolve(s.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, s.getValue());
            args.add(file.toString());
        }
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertThat(status).as("javac").isZero();
        return out;
    }

    /** Moves {@code entry} from {@code classes} into a new jar. */
    static void jar(Path jar, Path classes, String entry) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
        }
        Files.delete(classes.resolve(entry));
    }

    private URLClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[]{classes.toUri().toURL(), jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
    }

    private Map<String, String> closure() throws IOException {
        try (URLClassLoader loader = loader()) {
            return ClassClosure.of(loader, "a.Root");
        }
    }

    @Test
    void followsNestedClassesAndDescriptorsStopsAtJarsAndLeavesTheJdkOut() throws IOException {
        assertThat(closure()).containsOnlyKeys("class a/Root", "class a/Root$Nested", "class b/Param",
                "class b/OnlyInDescriptor", "jar lib.jar", "class b/NoSuchClass");
        assertThat(closure().get("class b/NoSuchClass")).isEqualTo(ClassClosure.MISSING);
        assertThat(closure().get("jar lib.jar")).isEqualTo(Sha256.hex(Files.readAllBytes(jar)));
    }

    @Test
    void oneByteOfAClassInTheClosureChangesItAnUnrelatedClassDoesNot() throws IOException {
        Map<String, String> before = closure();

        flipLastByte(classes.resolve("b/Unrelated.class"));
        flipLastByte(classes.resolve("c/BehindJar.class")); // behind a jar: the jar is the unit
        assertThat(closure()).isEqualTo(before);

        flipLastByte(classes.resolve("b/Param.class"));
        assertThat(closure()).containsOnlyKeys(before.keySet())
                .extractingByKey("class b/Param").isNotEqualTo(before.get("class b/Param"));
    }

    @Test
    void aChangedJarChangesIt() throws IOException {
        Map<String, String> before = closure();
        byte[] inJar;
        try (JarFile read = new JarFile(jar.toFile())) {
            inJar = read.getInputStream(read.getEntry("lib/InJar.class")).readAllBytes();
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("lib/InJar.class"));
            out.write(inJar);
            out.putNextEntry(new JarEntry("lib/notes.txt")); // the same class, another jar
            out.write(1);
        }
        assertThat(closure().get("jar lib.jar")).isNotEqualTo(before.get("jar lib.jar"));
    }

    @Test
    void aClassFileItCannotReadIsAnErrorNamingIt() throws IOException {
        Files.write(classes.resolve("b/Param.class"), new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0});

        assertThatThrownBy(this::closure).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("b/Param.class").hasMessageContaining("truncated");
    }

    static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
    }
}
