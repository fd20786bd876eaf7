package dev.topset.cli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A load with an optional unit: {@code 122.5}, {@code 122.5kg}, {@code 275lb}. */
record LoadSpec(BigDecimal amount, String unit) {

    private static final Pattern FORMAT = Pattern.compile("(?<load>\\d{1,4}(?:[.,]\\d{1,3})?)(?<unit>kg|kgs|lb|lbs)?");

    static LoadSpec parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a load: e.g. 122.5, 122.5kg or 275lb");
        }
        String unit = matcher.group("unit") == null ? null : matcher.group("unit").startsWith("kg") ? "KG" : "LB";
        return new LoadSpec(SetSpec.decimal(matcher.group("load")), unit);
    }

    static final class Converter implements ITypeConverter<LoadSpec> {
        @Override
        public LoadSpec convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
