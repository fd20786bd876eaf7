package dev.topset.analytics.access;

import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.security.testing.ServiceInternals;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What analytics tells about itself, and to whom (issue 15; the rule is {@link ServiceInternals}). */
class InternalEndpointsIntegrationTest extends AnalyticsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theProbesTellOnlyTheirStatusWithoutTheAdminRole() throws Exception {
        new ServiceInternals(port).assertProbesTellOnlyTheirStatus("db");
    }

    @Test
    void metricsAndInfoAreForAdminAndServiceOnly() {
        // the Prometheus registry is not exported in analytics' tests (no @AutoConfigureObservability): 404 for
        // admin; the rule is the same path pattern, tested on command- and query-service
        new ServiceInternals(port).assertOnlyAdminAndServiceRead("/actuator/metrics", "/actuator/info");
    }

    @Test
    void theApiDocumentDoesNotRepeatAHostileHost() throws Exception {
        new ServiceInternals(port).assertApiDocumentIgnoresTheHost();
    }
}
