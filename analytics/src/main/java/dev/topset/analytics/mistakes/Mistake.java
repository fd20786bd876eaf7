package dev.topset.analytics.mistakes;

import dev.topset.analytics.review.SessionRef;
import java.util.List;

/** One mistake seen in the window, with the sessions it was seen in and what to do about it. */
public record Mistake(MistakeCode code, String detail, List<SessionRef> sessions) {

    public Mistake {
        sessions = List.copyOf(sessions);
    }
}
