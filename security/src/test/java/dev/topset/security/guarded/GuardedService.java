package dev.topset.security.guarded;

import dev.topset.security.Caller;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest service behind the shared security: one endpoint on athlete data, so the module's edge (tokens,
 * rate limit, API document) is tested as a service gets it, without a database.
 */
@SpringBootApplication
@RestController
public class GuardedService {

    @GetMapping("/athletes/{athleteId}/things")
    Map<String, Object> things(@PathVariable UUID athleteId, Caller caller) {
        return Map.of("athleteId", athleteId, "caller", caller.subject());
    }
}
