package dev.topset.command;

import dev.topset.security.devtokens.TestTokens;
import dev.topset.infra.KafkaBroker;
import dev.topset.infra.KafkaOptions;
import dev.topset.infra.PostgresOptions;
import dev.topset.infra.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, shared by every Spring test context
 * (they stop with the JVM). Each context gets the database named by the test, so contexts that must
 * not see each other's events use different names.
 */
public final class EmbeddedInfrastructure {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private EmbeddedInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start(PostgresOptions.throwaway());
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start(KafkaOptions.throwaway());
        }
        return kafka;
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        postgres().createDatabaseIfMissing(database);
        registry.add("spring.datasource.url", () -> postgres().jdbcUrl(database));
        registry.add("topset.kafka.bootstrap-servers", () -> kafka().bootstrapServers());
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("topset.security.issuer", TestTokens::issuer);
    }
}
