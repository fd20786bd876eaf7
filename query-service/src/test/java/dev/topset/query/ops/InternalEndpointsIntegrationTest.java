package dev.topset.query.ops;

import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.security.testing.ServiceInternals;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What query-service tells about itself, and to whom (issue 15; the rule is {@link ServiceInternals}). */
class InternalEndpointsIntegrationTest extends QueryServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theProbesTellOnlyTheirStatusWithoutTheAdminRole() throws Exception {
        new ServiceInternals(port).assertProbesTellOnlyTheirStatus("ingest");
    }

    @Test
    void metricsAndInfoAreForAdminAndServiceOnly() {
        new ServiceInternals(port).assertOnlyAdminAndServiceRead("/actuator/prometheus", "/actuator/info");
    }

    @Test
    void theApiDocumentDoesNotRepeatAHostileHost() throws Exception {
        new ServiceInternals(port).assertApiDocumentIgnoresTheHost();
    }
}
