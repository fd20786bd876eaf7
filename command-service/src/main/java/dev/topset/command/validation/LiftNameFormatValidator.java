package dev.topset.command.validation;

import dev.topset.api.training.LiftName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class LiftNameFormatValidator implements ConstraintValidator<LiftNameFormat, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            LiftName.key(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
