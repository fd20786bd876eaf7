package dev.topset.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.coach.ReviewProperties;
import dev.topset.analytics.rules.RuleThresholds;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AnalyticsApplicationTest extends AnalyticsIntegrationTest {

    @Autowired
    RuleThresholds thresholds;

    @Autowired
    ReviewProperties reviewProperties;

    @Test
    void reportsHealthAndServesItsOpenApiDocument() {
        assertThat(http.getForObject("/actuator/health/readiness", String.class)).contains("UP");
        assertThat(http.getForObject("/v3/api-docs", String.class)).contains("openapi")
                .contains("/athletes/{athleteId}/recommendations");
    }

    @Test
    void theThresholdsListedInApplicationYmlAreTheCodeDefaults() {
        // application.yml documents every default; this keeps the two from drifting apart.
        assertThat(thresholds).isEqualTo(RuleThresholds.defaults());
        assertThat(reviewProperties).isEqualTo(ReviewProperties.defaults());
    }

    @Test
    void flywayCreatedTheSetTablesInTheAnalyticsSchema() {
        assertThat(jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'analytics' AND table_name IN ('athlete', 'training_session', 'logged_set')
                        ORDER BY table_name
                        """).query(String.class).list())
                .containsExactly("athlete", "logged_set", "training_session");
    }
}
