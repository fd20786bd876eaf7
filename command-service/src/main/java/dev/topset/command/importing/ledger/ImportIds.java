package dev.topset.command.importing.ledger;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The names an import gives: its own id, from the athlete, the file's content and the options that change what it
 * records, so the same upload is one import however often it is sent; the device id its sets carry; and the ids that
 * take over from ids an undone import used, so that importing the rows again records them anew.
 */
public final class ImportIds {

    /** The reason of every set an undo voids: a session whose sets all carry it was taken back whole. */
    public static final String UNDO_REASON = "import undone";

    private ImportIds() {
    }

    public static UUID importOf(UUID athleteId, String source, String fileSha256, String options) {
        return name("topset-import-file|" + athleteId + "|" + source + "|" + fileSha256 + "|" + options);
    }

    /** The device id of the sets and sessions the import records. */
    public static String deviceOf(UUID importId) {
        return "import-" + importId;
    }

    /** The id that stands for {@code id} once what {@code id} named was undone. */
    public static UUID afterUndo(UUID id) {
        return name("topset-after-undo|" + id);
    }

    private static UUID name(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
