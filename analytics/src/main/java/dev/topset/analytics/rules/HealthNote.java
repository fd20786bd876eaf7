package dev.topset.analytics.rules;

import dev.topset.analytics.review.SessionRef;

/**
 * Pain, illness or a technique breakdown recorded in a session of the window: a set or session flag, or words in a
 * set or session note ({@link HealthWords}).
 *
 * @param source where it was written: "set flag", "set note", "session flag", "session note"
 * @param text   the note as written, or the flag's name
 */
public record HealthNote(SessionRef session, Concern concern, String source, String text) {

    public enum Concern {
        PAIN("pain"),
        ILLNESS("illness"),
        TECHNIQUE("technique breakdown");

        private final String words;

        Concern(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Notes are quoted up to this length: the advice is one sentence, a note may be a paragraph. */
    static final int QUOTED = 80;

    /** "pain on 2026-01-12 (set note: "left knee hurt")". */
    public String describe() {
        String quoted = text.length() <= QUOTED ? text : text.substring(0, QUOTED - 3).stripTrailing() + "...";
        return concern.words() + " on " + session.date() + " (" + source + ": \"" + quoted + "\")";
    }
}
