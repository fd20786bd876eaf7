package dev.topset.command.validation;

import dev.topset.science.Inputs;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

public class RpeStepValidator implements ConstraintValidator<RpeStep, BigDecimal> {

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return value == null || Inputs.isRpe(value);
    }
}
