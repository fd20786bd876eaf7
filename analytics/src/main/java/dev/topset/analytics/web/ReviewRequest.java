package dev.topset.analytics.web;

import dev.topset.analytics.coach.ReviewProperties;
import dev.topset.analytics.review.SessionWindow;
import dev.topset.api.training.LiftName;

/** Turns the lift and window parameters every review endpoint takes into checked values. */
final class ReviewRequest {

    private ReviewRequest() {
    }

    /** The canonical key, so "Paused Squat", "paused_squat" and "paused-squat" are one lift. */
    static String lift(String lift) {
        try {
            return LiftName.typedKey(lift);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("lift", lift, e.getMessage());
        }
    }

    static int sessions(Integer sessions, ReviewProperties properties) {
        if (sessions == null) {
            return properties.windowSessions();
        }
        if (sessions < SessionWindow.MIN_SESSIONS || sessions > properties.maxWindowSessions()) {
            throw new BadParameterException("sessions", sessions, "must be " + SessionWindow.MIN_SESSIONS + "-"
                    + properties.maxWindowSessions() + ": progression is judged from a trend of several sessions");
        }
        return sessions;
    }
}
