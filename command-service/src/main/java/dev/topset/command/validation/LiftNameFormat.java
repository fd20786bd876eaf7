package dev.topset.command.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A lift name from which a lift key can be made ("Paused Squat", "bench_press", "ohp"). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LiftNameFormatValidator.class)
public @interface LiftNameFormat {

    String message() default "must be 1-60 letters or digits, words separated by spaces, hyphens or underscores";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
