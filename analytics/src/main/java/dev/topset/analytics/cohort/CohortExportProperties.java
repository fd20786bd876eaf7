package dev.topset.analytics.cohort;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pseudonymKey the secret of the keyed hash (HMAC-SHA256) that turns athlete and session ids into the
 *                     pseudonymous keys of cohort exports; the same key gives the same pseudonyms in every export.
 *                     Without it (or shorter than {@value Pseudonyms#MIN_KEY_LENGTH} characters) cohort exports
 *                     answer 503: a built-in default would be a published key, i.e. no pseudonymization at all.
 */
@ConfigurationProperties("topset.analytics.export")
public record CohortExportProperties(String pseudonymKey) {
}
