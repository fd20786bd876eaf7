package dev.topset.cli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One set as a lifter writes it: {@code 140x5@8}, {@code 100lbx5}, {@code 142.5kgx3@8.5}, {@code 140x5rir2}; the
 * effort (RPE after {@code @}, or reps in reserve after {@code rir}) is optional.
 *
 * @param unit "KG" or "LB" when written, null to use the default unit
 */
record SetSpec(BigDecimal load, String unit, int reps, Effort effort) {

    private static final Pattern FORMAT = Pattern.compile(
            "(?<load>\\d{1,4}(?:[.,]\\d{1,3})?)(?<unit>kg|kgs|lb|lbs)?[x×*](?<reps>\\d{1,3})" + Effort.PATTERN);

    static SetSpec parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a set: write load x reps, optionally a unit and"
                    + " @RPE or rir<reps in reserve>, e.g. 140x5@8, 100lbx5, 142.5kgx3@8.5 or 140x5rir2");
        }
        int reps = Integer.parseInt(matcher.group("reps"));
        if (reps < 1) {
            throw new IllegalArgumentException("'" + text + "': reps must be at least 1");
        }
        String unit = matcher.group("unit") == null ? null : matcher.group("unit").startsWith("kg") ? "KG" : "LB";
        return new SetSpec(decimal(matcher.group("load")), unit, reps, Effort.of(matcher, text));
    }

    BigDecimal rpe() {
        return effort.rpe();
    }

    Integer rir() {
        return effort.rir();
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }

    /** For picocli: a malformed set is a usage error with the message above. */
    static final class Converter implements ITypeConverter<SetSpec> {
        @Override
        public SetSpec convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
