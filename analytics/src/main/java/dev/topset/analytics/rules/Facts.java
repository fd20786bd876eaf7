package dev.topset.analytics.rules;

import dev.topset.analytics.review.SessionSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Collects the numbers a rule looked at, in the order a coach would read them. */
public final class Facts {

    private final Map<String, Object> numbers = new LinkedHashMap<>();

    private Facts() {
    }

    public static Facts facts() {
        return new Facts();
    }

    public Facts number(String name, Object value) {
        numbers.put(name, value);
        return this;
    }

    /** One value per session of the window, oldest first (null where the session has none). */
    public Facts perSession(String name, List<SessionSummary> sessions, Function<SessionSummary, Object> value) {
        List<Object> values = new ArrayList<>();
        sessions.forEach(session -> values.add(value.apply(session)));
        numbers.put(name, Collections.unmodifiableList(values));
        return this;
    }

    public Map<String, Object> map() {
        return numbers;
    }
}
