package dev.topset.command.validation;

import dev.topset.api.training.LiftName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class LiftNameFormatValidator implements ConstraintValidator<LiftNameFormat, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || LiftName.isTypedName(value);
    }
}
