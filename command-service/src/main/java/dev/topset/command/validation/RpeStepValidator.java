package dev.topset.command.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

public class RpeStepValidator implements ConstraintValidator<RpeStep, BigDecimal> {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return value == null
                || value.compareTo(BigDecimal.ONE) >= 0
                && value.compareTo(BigDecimal.TEN) <= 0
                && value.remainder(HALF).signum() == 0;
    }
}
