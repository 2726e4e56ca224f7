package dev.racecard.report.ingest;

import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.vm.CompileMode;

import java.util.ArrayList;
import java.util.List;

/** How a jcstress configuration ran a test's actors, in words, for each configuration's row on the card. */
final class JcstressCompilation {

    private JcstressCompilation() {
    }

    /** One line naming the configuration as jcstress does: fork, JVM flags, compilation mode. */
    static String label(TestConfig config) {
        return "fork #" + (config.forkId + 1) + ", JVM args " + config.jvmArgs + ", compilation: "
                + CompileMode.description(config.getCompileMode(), config.actorNames).trim();
    }

    /**
     * Which compilers ran the actors, in words. Split: jcstress's compiler directives pin each
     * actor to the interpreter, C1 or C2. Unified: every actor runs as the JVM flags say.
     */
    static String describe(TestConfig config) {
        int mode = config.getCompileMode();
        if (mode == CompileMode.UNIFIED) {
            return "unified: " + unifiedCompilers(config.jvmArgs);
        }
        List<String> actors = new ArrayList<>();
        for (int a = 0; a < config.actorNames.size(); a++) {
            String compiler = CompileMode.isInt(mode, a) ? "interpreter" : CompileMode.isC1(mode, a) ? "C1" : "C2";
            actors.add(config.actorNames.get(a) + " " + compiler);
        }
        return "split: " + String.join(", ", actors);
    }

    /** Reads the compiler flags jcstress's own matrix uses; the last of conflicting flags wins. */
    static String unifiedCompilers(List<String> jvmArgs) {
        boolean interpreted = false;
        boolean tiered = true;
        int stopAtLevel = 4;
        for (String arg : jvmArgs) {
            if (arg.equals("-Xint")) {
                interpreted = true;
            } else if (arg.equals("-Xmixed") || arg.equals("-Xcomp")) {
                interpreted = false;
            } else if (arg.equals("-XX:-TieredCompilation")) {
                tiered = false;
            } else if (arg.equals("-XX:+TieredCompilation")) {
                tiered = true;
            } else if (arg.matches("-XX:TieredStopAtLevel=[0-4]")) {
                stopAtLevel = arg.charAt(arg.length() - 1) - '0';
            }
        }
        if (interpreted || (tiered && stopAtLevel == 0)) {
            return "interpreter only";
        }
        if (!tiered) {
            return "C2 only";
        }
        return stopAtLevel < 4 ? "C1 only" : "tiered (C1, then C2)";
    }
}
