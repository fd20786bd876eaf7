package dev.topset.query.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.security.devtokens.TestTokens;
import dev.topset.security.testing.ServiceInternals;
import org.junit.jupiter.api.Test;

/** What operators and API users rely on besides the views: health, metrics, the API description. */
class OperationsIntegrationTest extends QueryServiceIntegrationTest {

    @Test
    void healthShowsTheConsumer() {
        registeredAthlete();
        awaitCaughtUp();

        token = ServiceInternals.ADMIN; // components are for operators
        JsonNode health = getJson("/actuator/health");

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("ingest").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("ingest").path("details").path("assignedPartitions")).isNotEmpty();
    }

    @Test
    void prometheusExposesTheConsumerMetrics() {
        registeredAthlete();
        awaitCaughtUp();

        token = TestTokens.service();
        String metrics = http.getForObject("/actuator/prometheus", String.class);

        assertThat(metrics).contains("topset_ingest_records_applied_total", "topset_ingest_last_applied_offset");
    }

    @Test
    void readModelsLiveInTheirOwnSchema() {
        assertThat(jdbc.sql("""
                        SELECT DISTINCT table_schema FROM information_schema.tables
                        WHERE table_name IN ('lift_trend', 'set_view', 'consumer_position', 'flyway_schema_history')
                        """).query(String.class).list()).containsExactly("query");
    }

    @Test
    void openApiDescribesTheViews() {
        JsonNode api = getJson("/v3/api-docs");

        assertThat(api.path("paths").has("/athletes/{athleteId}/lifts/{lift}/trend")).isTrue();
        assertThat(api.path("paths").has("/sessions/{sessionId}")).isTrue();
    }
}
