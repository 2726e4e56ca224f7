package dev.racecard.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

/** The facts about the running JVM and machine that every piece of evidence carries. */
public final class EnvironmentInfo {

    private EnvironmentInfo() {
    }

    public static Map<String, String> current() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("jdk", System.getProperty("java.version"));
        env.put("vendor", System.getProperty("java.vendor"));
        env.put("vm", System.getProperty("java.vm.name"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        env.put("arch", System.getProperty("os.arch"));
        env.put("cpus", Integer.toString(Runtime.getRuntime().availableProcessors()));
        return env;
    }
}
