package dev.racecard.report.cli;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point of {@code java -jar racecard-cli.jar}. jcstress grades results from the
 * {@code META-INF/TestList} of the test classes that produced them, and {@code java -jar} allows
 * no other classpath; so {@code --test-classes PATH} (directories or jars, separated like a
 * classpath) are put in front of this jar in a fresh class loader, and the CLI runs inside it.
 */
public final class Launcher {

    static final String OPTION = "--test-classes";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int at = rest.indexOf(OPTION);
        if (at < 0) {
            RacecardCli.main(args);
            return;
        }
        if (at + 1 >= rest.size()) {
            System.err.println("racecard: " + OPTION + " needs a path (try --help)");
            System.exit(RacecardCli.BAD_INPUT);
        }
        String paths = rest.remove(at + 1);
        rest.remove(at);
        List<URL> urls = new ArrayList<>();
        for (String path : paths.split(File.pathSeparator)) {
            Path p = Path.of(path);
            if (!Files.exists(p)) {
                System.err.println("racecard: error: test classes " + RacecardCli.oneLine(path) + " do not exist");
                System.exit(RacecardCli.BAD_INPUT);
            }
            urls.add(p.toUri().toURL());
        }
        urls.add(Launcher.class.getProtectionDomain().getCodeSource().getLocation());
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        loader.loadClass(RacecardCli.class.getName()).getMethod("main", String[].class)
                .invoke(null, (Object) rest.toArray(String[]::new));
    }
}
