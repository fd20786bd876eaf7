package dev.topset.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paging of the session history.
 *
 * @param defaultPageSize sessions per page when the client does not ask for a size
 * @param maxPageSize     largest page a client may ask for, so one request cannot read an athlete's whole history
 */
@ConfigurationProperties("topset.sessions")
public record SessionQueryProperties(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize) {
}
