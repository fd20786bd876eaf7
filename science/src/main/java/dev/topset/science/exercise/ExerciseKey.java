package dev.topset.science.exercise;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key an exercise is stored under, made from any name in any script: "Squat (Barbell)" →
 * {@code squat-barbell}, "Присед со штангой" → {@code присед-со-штангой}, "スクワット" → {@code スクワット}.
 *
 * <p>Grammar of a key: 1 to {@value #MAX_LENGTH} UTF-16 characters, words of Unicode letters, combining
 * marks and decimal digits joined by single hyphens, NFKC-normalised and lower case (Locale.ROOT). For a
 * name in ASCII the key is exactly what the importers made before this class existed ({@code [^a-z0-9]+}
 * to a hyphen, cut at 60), so an accessory stored under such a key keeps its history.
 *
 * <p>A name without a single letter or digit ("—", "???", "💪") has no key: {@link #of} returns the
 * empty string and the caller must not invent one. An importer reports the row as unusable for lack of
 * an exercise name; a device API rejects the request. Everything else gets a key: an exercise the
 * catalogue does not know is still a lift of its own.
 */
public final class ExerciseKey {

    /** The same bound as {@code dev.topset.api.training.LiftName.MAX_LENGTH}: a key is stored as a lift name. */
    public static final int MAX_LENGTH = 60;

    private ExerciseKey() {
    }

    /** The key of a name, or {@code ""} when the name has no letter or digit (see the class comment). */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(Math.min(name.length(), MAX_LENGTH + 1));
        String text = normalized(name);
        boolean separated = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            // a mark with no letter before it in its word (a stray accent after a space) separates, so
            // every word starts with a letter or digit
            boolean wordChar = isLetterOrDigit(codePoint) || isMark(codePoint) && !separated && !key.isEmpty();
            if (!wordChar) {
                separated = true;
                continue;
            }
            if (separated && !key.isEmpty()) {
                key.append('-');
            }
            separated = false;
            key.appendCodePoint(codePoint);
            if (key.length() > MAX_LENGTH) {
                break;
            }
        }
        return cut(key);
    }

    /** True when {@code key} follows the grammar of the class comment, i.e. {@code of(key)} returns it unchanged. */
    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        return of(key).equals(key);
    }

    /**
     * NFKC folds compatibility forms ("ｓｑｕａｔ", "ℌ", ligatures) before lower-casing, and again after it,
     * because lower-casing can leave a sequence NFKC composes (İ → i + U+0307). Repeated until stable so
     * that the key of a key is the key itself.
     */
    private static String normalized(String name) {
        String text = name;
        for (int round = 0; round < 4; round++) {
            String next = Normalizer.normalize(
                    Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
            if (next.equals(text)) {
                break;
            }
            text = next;
        }
        return text;
    }

    /** At most MAX_LENGTH characters, never half a surrogate pair, never a trailing hyphen. */
    private static String cut(StringBuilder key) {
        int end = Math.min(key.length(), MAX_LENGTH);
        if (end < key.length() && Character.isLowSurrogate(key.charAt(end)) && end > 0
                && Character.isHighSurrogate(key.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && key.charAt(end - 1) == '-') {
            end--;
        }
        return key.substring(0, end);
    }

    private static boolean isLetterOrDigit(int codePoint) {
        return Character.isLetter(codePoint) || Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
