package dev.topset.science.guidance;

import dev.topset.science.Inputs;
import java.math.BigDecimal;

/** Formatting shared by the guidance messages, so "9.50" never shows up as anything but "9.5". */
final class Numbers {

    private Numbers() {
    }

    static String text(BigDecimal value) {
        return Inputs.plain(value).toPlainString();
    }
}
