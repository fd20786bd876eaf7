package dev.topset.command.validation;

import dev.topset.api.training.TrainingTime;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A time or date a lifter trains at lies in {@link TrainingTime}'s range (null passes: required is another
 * constraint). Outside it no read model could hold the event, so the request is refused instead of accepted and
 * skipped downstream.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {TrainingTimeChecks.Instants.class, TrainingTimeChecks.Dates.class})
public @interface WithinTrainingTime {

    String message() default TrainingTime.RANGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
