package dev.topset.command.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An RPE on the 1–10 scale in half steps (the scale lifters log: 7, 7.5, 8 ...). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RpeStepValidator.class)
public @interface RpeStep {

    String message() default "must be between 1 and 10 in steps of 0.5";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
