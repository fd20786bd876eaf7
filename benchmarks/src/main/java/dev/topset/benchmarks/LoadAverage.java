package dev.topset.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's 1/5/15-minute load average, printed next to figures taken on a shared machine. */
final class LoadAverage {

    private LoadAverage() {
    }

    static String now() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
