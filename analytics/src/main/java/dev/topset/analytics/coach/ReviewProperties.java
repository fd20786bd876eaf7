package dev.topset.analytics.coach;

import dev.topset.analytics.review.SessionWindow;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code topset.analytics.review.*}.
 *
 * @param windowSessions            N, the sessions reviewed per athlete × lift when a request does not say (3)
 * @param maxWindowSessions         the most a request may ask for (52: a year of weekly sessions)
 * @param variationLookbackSessions sessions of a movement family checked for variation hopping (6)
 * @param inferenceSessions         sessions a program is inferred from when the athlete stored no plan (6)
 */
@ConfigurationProperties("topset.analytics.review")
public record ReviewProperties(Integer windowSessions, Integer maxWindowSessions, Integer variationLookbackSessions,
                               Integer inferenceSessions) {

    public ReviewProperties {
        windowSessions = windowSessions == null ? SessionWindow.MIN_SESSIONS : windowSessions;
        maxWindowSessions = maxWindowSessions == null ? 52 : maxWindowSessions;
        variationLookbackSessions = variationLookbackSessions == null ? 6 : variationLookbackSessions;
        inferenceSessions = inferenceSessions == null ? 6 : inferenceSessions;
        if (windowSessions < SessionWindow.MIN_SESSIONS || windowSessions > maxWindowSessions) {
            throw new IllegalArgumentException("topset.analytics.review.window-sessions must be "
                    + SessionWindow.MIN_SESSIONS + "-" + maxWindowSessions + ", got " + windowSessions);
        }
        if (inferenceSessions < SessionWindow.MIN_SESSIONS) {
            throw new IllegalArgumentException("topset.analytics.review.inference-sessions must be at least "
                    + SessionWindow.MIN_SESSIONS);
        }
        if (variationLookbackSessions < 3) {
            throw new IllegalArgumentException("topset.analytics.review.variation-lookback-sessions must be at least 3");
        }
    }

    public static ReviewProperties defaults() {
        return new ReviewProperties(null, null, null, null);
    }
}
