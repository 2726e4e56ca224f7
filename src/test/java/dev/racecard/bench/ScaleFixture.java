package dev.racecard.bench;

import dev.racecard.report.ingest.JcstressFiles;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.DiskWriteCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestConfig;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a large jcstress results file from a real one: every result of the template run is
 * copied under {@code n / size} new test names, with a matching {@code META-INF/TestList} so that
 * jcstress (and Racecard, through jcstress's grading) can grade each copy. Written with jcstress's
 * own DiskWriteCollector, so both readers see exactly what a real run of n tests would produce.
 */
public final class ScaleFixture {

    /** @param classpathRoot put this directory first on the classpath: it holds the TestList */
    public record Fixture(Path resultsFile, Path classpathRoot, int tests) {
    }

    private ScaleFixture() {
    }

    public static Fixture build(Path templateResults, Path workDir, int tests) throws Exception {
        List<TestResult> template = new ArrayList<>();
        for (Path file : JcstressFiles.resolve(templateResults)) {
            template.addAll(read(file));
        }
        Map<String, String> testListLines = testListLines();
        Map<String, List<TestResult>> byName = new HashMap<>();
        template.forEach(r -> byName.computeIfAbsent(r.getName(), k -> new ArrayList<>()).add(r));
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(null);

        Path root = Files.createDirectories(workDir.resolve("classpath/META-INF"));
        Path results = workDir.resolve("jcstress-results-scale.bin.gz");
        DiskWriteCollector writer = new DiskWriteCollector(results.toString());
        StringBuilder testList = new StringBuilder();
        Field nameField = TestConfig.class.getDeclaredField("name");
        nameField.setAccessible(true);
        try {
            for (int i = 0; i < tests; i++) {
                String original = names.get(i % names.size());
                String copyName = "bench.scale.Test" + i + "_" + original.substring(original.lastIndexOf('.') + 1);
                testList.append(renamed(testListLines.get(original), original, copyName)).append('\n');
                for (TestResult r : byName.get(original)) {
                    TestResult copy = deepCopy(r);
                    nameField.set(copy.getConfig(), copyName);
                    writer.add(copy);
                }
            }
        } finally {
            writer.close();
        }
        Files.writeString(root.resolve("TestList"), testList, StandardCharsets.UTF_8);
        return new Fixture(results, workDir.resolve("classpath"), tests);
    }

    private static List<TestResult> read(Path file) throws Exception {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(file.toString(), collector);
        try {
            reader.dump();
        } finally {
            reader.close();
        }
        return new ArrayList<>(collector.getTestResults());
    }

    /** The TestList lines of the compiled tests, by test name (the first length-prefixed field). */
    private static Map<String, String> testListLines() throws IOException {
        Map<String, String> lines = new HashMap<>();
        try (var in = ScaleFixture.class.getResourceAsStream("/META-INF/TestList")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("JCTEST")) {
                    int s = line.indexOf('S', 6);
                    int length = Integer.parseInt(line.substring(6, s));
                    lines.put(line.substring(s + 1, s + 1 + length), line);
                }
            }
        }
        return lines;
    }

    private static String renamed(String line, String original, String copy) {
        String field = original.length() + "S" + original;
        return line.replaceFirst(java.util.regex.Pattern.quote(field), copy.length() + "S" + copy);
    }

    private static TestResult deepCopy(TestResult r) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (TestResult) in.readObject();
        }
    }
}
