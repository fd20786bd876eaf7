package dev.topset.command.importing;

import dev.topset.command.validation.InvalidRequestException;
import java.util.Locale;

/** The apps whose CSV exports can be imported. */
public enum ImportSource {
    STRONG,
    HEVY;

    static ImportSource parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("source", "must be one of [strong, hevy]");
        }
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
