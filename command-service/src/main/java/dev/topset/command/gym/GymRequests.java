package dev.topset.command.gym;

/** Constraints shared by the gym requests. */
final class GymRequests {

    /**
     * A user id (token subject): any printable text, no control characters (U+0000-U+001F, U+007F). Written as a
     * range, not Java's {@code \p{Cntrl}}, so that the API document's pattern means the same to ECMA-262 clients.
     */
    static final String SUBJECT = "[^\\x00-\\x1F\\x7F]+";

    private GymRequests() {
    }
}
