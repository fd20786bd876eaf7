package dev.topset.command.validation;

/**
 * Text a lifter can type: no control characters except tab and line breaks. A NUL in a stored event breaks every
 * PostgreSQL text/jsonb read of it downstream (the read models would have to skip the event), and other control
 * characters have no business in names, notes or device ids.
 */
public final class PlainText {

    public static final String MESSAGE = "must not contain control characters";

    private PlainText() {
    }

    public static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
