package dev.topset.launcher;

import java.nio.file.Path;

/**
 * What the launcher starts and where. A port of 0 means "any free port" (tests run several systems).
 *
 * @param dataDirectory PostgreSQL data and Kafka logs live below it and survive restarts
 * @param servicesDirectory where the service jars are (next to the launcher jar after the build)
 */
public record LaunchSettings(Path dataDirectory, Path servicesDirectory, int postgresPort, int kafkaPort,
                             int commandPort, int queryPort, int analyticsPort, boolean demoData,
                             String serviceJvmOptions) {
}
