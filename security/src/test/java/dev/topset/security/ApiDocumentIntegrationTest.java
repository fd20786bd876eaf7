package dev.topset.security;

import dev.topset.security.testing.ServiceInternals;
import org.junit.jupiter.api.Test;

/** The shared OpenAPI setup as every service gets it: a hostile Host is not written into the document. */
class ApiDocumentIntegrationTest extends GuardedServiceTest {

    @Test
    void theApiDocumentDoesNotRepeatAHostileHost() throws Exception {
        new ServiceInternals(port).assertApiDocumentIgnoresTheHost();
    }
}
