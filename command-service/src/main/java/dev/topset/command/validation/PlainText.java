package dev.topset.command.validation;

/**
 * Text a lifter can type: no control characters except tab and line breaks, and no half of a UTF-16 surrogate
 * pair. A NUL in a stored event breaks every PostgreSQL text/jsonb read of it downstream (the read models would
 * have to skip the event), other control characters have no business in names, notes or device ids, and a lone
 * surrogate ({@code "\ud800"} in JSON) is no character at all: it has no UTF-8 form, so an event holding one
 * cannot be read back as JSON by PostgreSQL.
 */
public final class PlainText {

    public static final String MESSAGE = "must not contain control characters or lone UTF-16 surrogates";

    private PlainText() {
    }

    public static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a pair: one character outside the Basic Multilingual Plane (an emoji)
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
