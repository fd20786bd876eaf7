package dev.topset.analytics.support;

import dev.topset.api.envelope.EventEnvelope;
import dev.topset.infra.KafkaBroker;
import dev.topset.infra.KafkaOptions;
import java.util.Map;

/**
 * One real single-node KRaft broker per test JVM with the {@code topset.events} topic, started on first use,
 * stopped with the JVM. The application's consumer reads from it in every integration test.
 */
public final class AnalyticsKafka {

    public static final int PARTITIONS = 2;

    private static KafkaBroker kafka;

    private AnalyticsKafka() {
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start(KafkaOptions.throwaway());
            kafka.createTopic(EventEnvelope.TOPIC, PARTITIONS, Map.of("retention.ms", "-1"));
        }
        return kafka;
    }
}
