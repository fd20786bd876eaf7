package dev.topset.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyticsApplicationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void reportsHealthAndServesItsOpenApiDocument() {
        assertThat(http.getForObject("/actuator/health/readiness", String.class)).contains("UP");
        assertThat(http.getForObject("/v3/api-docs", String.class)).contains("openapi");
    }
}
