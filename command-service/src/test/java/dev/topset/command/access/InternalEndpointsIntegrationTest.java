package dev.topset.command.access;

import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.security.testing.ServiceInternals;
import org.junit.jupiter.api.Test;

/** What command-service tells about itself, and to whom (issue 15; the rule is {@link ServiceInternals}). */
class InternalEndpointsIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void theProbesTellOnlyTheirStatusWithoutTheAdminRole() throws Exception {
        new ServiceInternals(port).assertProbesTellOnlyTheirStatus("kafka");
    }

    @Test
    void metricsAndInfoAreForAdminAndServiceOnly() {
        new ServiceInternals(port).assertOnlyAdminAndServiceRead("/actuator/prometheus", "/actuator/metrics",
                "/actuator/info");
    }

    @Test
    void theApiDocumentDoesNotRepeatAHostileHost() throws Exception {
        new ServiceInternals(port).assertApiDocumentIgnoresTheHost();
    }
}
