package dev.topset.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Backoff work as a lifter writes it: {@code 3x8@7.5} = three sets of eight at RPE 7.5, {@code 3x8rir2} = with two
 * reps in reserve (the effort is optional).
 */
record BackoffSpec(int sets, int reps, Effort effort) {

    static final int MAX_SETS = 10;
    private static final Pattern FORMAT = Pattern.compile("(?<sets>\\d{1,2})[x×*](?<reps>\\d{1,3})" + Effort.PATTERN);

    static BackoffSpec parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not backoff work: write sets x reps, optionally @RPE"
                    + " or rir<reps in reserve>, e.g. 3x8@7.5 or 3x8rir2 (the load comes from the top set's"
                    + " prescription or --load)");
        }
        int sets = Integer.parseInt(matcher.group("sets"));
        int reps = Integer.parseInt(matcher.group("reps"));
        if (sets < 1 || sets > MAX_SETS) {
            throw new IllegalArgumentException("'" + text + "': between 1 and " + MAX_SETS + " sets at a time");
        }
        if (reps < 1) {
            throw new IllegalArgumentException("'" + text + "': reps must be at least 1");
        }
        return new BackoffSpec(sets, reps, Effort.of(matcher, text));
    }

    static final class Converter implements ITypeConverter<BackoffSpec> {
        @Override
        public BackoffSpec convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
