package dev.topset.query.support;

import dev.topset.api.envelope.EventEnvelope;
import dev.topset.infra.KafkaBroker;
import dev.topset.infra.KafkaOptions;
import dev.topset.infra.PostgresOptions;
import dev.topset.infra.PostgresServer;
import java.util.Map;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, started on first use. Starting them costs
 * seconds, and every integration test shares one Spring context anyway. Both stop themselves in their
 * own JVM shutdown hooks.
 */
public final class TestInfrastructure {

    public static final String DATABASE = "topset_query";
    public static final int PARTITIONS = 2;

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start(PostgresOptions.throwaway());
            postgres.createDatabaseIfMissing(DATABASE);
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start(KafkaOptions.throwaway());
            kafka.createTopic(EventEnvelope.TOPIC, PARTITIONS, Map.of("retention.ms", "-1"));
        }
        return kafka;
    }
}
