package dev.topset.command.history;

import dev.topset.command.validation.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque catch-up cursor: base64url of the athlete sequence number of the last event read. */
public final class EventCursor {

    private EventCursor() {
    }

    static String encode(long athleteSeq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("s" + athleteSeq).getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code null} or blank: from the start. */
    public static long decode(String cursor) {
        return decode(cursor, "after");
    }

    /** @param field the request part the cursor came in, named in the 400 answer */
    static long decode(String cursor, String field) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.matches("s\\d{1,18}")) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring(1));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "not a cursor returned by this endpoint");
        }
    }
}
