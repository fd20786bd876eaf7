package dev.topset.analytics.coach;

import dev.topset.analytics.review.SessionWindow;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code topset.analytics.review.*}.
 *
 * @param windowSessions            N, the sessions reviewed per athlete × lift when a request does not say (3)
 * @param maxWindowSessions         the most a request may ask for (52: a year of weekly sessions)
 * @param variationLookbackSessions sessions of a movement family checked for variation hopping (6)
 */
@ConfigurationProperties("topset.analytics.review")
public record ReviewProperties(Integer windowSessions, Integer maxWindowSessions, Integer variationLookbackSessions) {

    public ReviewProperties {
        windowSessions = windowSessions == null ? SessionWindow.MIN_SESSIONS : windowSessions;
        maxWindowSessions = maxWindowSessions == null ? 52 : maxWindowSessions;
        variationLookbackSessions = variationLookbackSessions == null ? 6 : variationLookbackSessions;
        if (windowSessions < SessionWindow.MIN_SESSIONS || windowSessions > maxWindowSessions) {
            throw new IllegalArgumentException("topset.analytics.review.window-sessions must be "
                    + SessionWindow.MIN_SESSIONS + "-" + maxWindowSessions + ", got " + windowSessions);
        }
        if (variationLookbackSessions < 3) {
            throw new IllegalArgumentException("topset.analytics.review.variation-lookback-sessions must be at least 3");
        }
    }

    public static ReviewProperties defaults() {
        return new ReviewProperties(null, null, null);
    }
}
