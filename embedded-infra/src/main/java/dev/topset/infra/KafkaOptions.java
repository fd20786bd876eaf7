package dev.topset.infra;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start a {@link KafkaBroker}.
 *
 * <p>Unlike PostgreSQL there is no separate durability switch: Kafka has no "fast but unsafe" mode worth
 * turning off, so a broker is durable exactly when it is given a log directory to keep.
 *
 * @param logDirectory where partitions and the KRaft metadata log live; {@code null} means a temporary
 *                     directory deleted on close. A given directory is formatted on first use and never
 *                     deleted.
 * @param port         client (PLAINTEXT) port on 127.0.0.1; {@code 0} picks a free one once per
 *                     {@link KafkaBroker}, kept across {@link KafkaBroker#stop()}/{@link KafkaBroker#restart()}
 */
public record KafkaOptions(Path logDirectory, int port) {

    public KafkaOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (free port) or 1..65535, was " + port);
        }
    }

    /** Fast, disposable broker for tests: temporary log directory, free port. */
    public static KafkaOptions throwaway() {
        return new KafkaOptions(null, 0);
    }

    /** Broker for real users: topics, records and committed offsets kept in {@code logDirectory}. */
    public static KafkaOptions durable(Path logDirectory, int port) {
        return new KafkaOptions(Objects.requireNonNull(logDirectory, "logDirectory"), port);
    }
}
