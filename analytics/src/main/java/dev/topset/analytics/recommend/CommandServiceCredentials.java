package dev.topset.analytics.recommend;

import org.springframework.http.HttpHeaders;

/**
 * How analytics proves to command-service that it is a topset service (role {@code service}): a fixed dev token
 * or a client-credentials grant at the OpenID provider; see {@link CommandServiceCredentialsConfiguration}.
 */
@FunctionalInterface
public interface CommandServiceCredentials {

    /** Adds the Authorization header to a request for command-service. */
    void authorize(HttpHeaders headers);
}
