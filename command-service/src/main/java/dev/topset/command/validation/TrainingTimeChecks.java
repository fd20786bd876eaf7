package dev.topset.command.validation;

import dev.topset.api.training.TrainingTime;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link TrainingTime}'s range as a request constraint ({@link WithinTrainingTime}) and as a check the aggregates
 * make again before they record a time, so that no path to the event store (REST, /sync, imports) bypasses it.
 */
public final class TrainingTimeChecks {

    private TrainingTimeChecks() {
    }

    /** A 400 naming the field when the time is outside the range. */
    public static void require(String field, Instant at) {
        if (at != null && !TrainingTime.contains(at)) {
            throw new InvalidRequestException(field, TrainingTime.RANGE);
        }
    }

    public static void require(String field, LocalDate date) {
        if (date != null && !TrainingTime.contains(date)) {
            throw new InvalidRequestException(field, TrainingTime.DATE_RANGE);
        }
    }

    public static class Instants implements ConstraintValidator<WithinTrainingTime, Instant> {

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || TrainingTime.contains(value);
        }
    }

    public static class Dates implements ConstraintValidator<WithinTrainingTime, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null || TrainingTime.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(TrainingTime.DATE_RANGE).addConstraintViolation();
            return false;
        }
    }
}
