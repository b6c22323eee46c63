package dk.ecei.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date (or month) a person could mean in this system: from 1990 (before the first cluster labels) to 2100. Keeps
 * dates like +999999999-12-31 out of the engine, the date arithmetic and the database.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {PlausibleDate.Check.class, PlausibleDate.MonthCheck.class})
public @interface PlausibleDate {

    int MIN_YEAR = 1990;
    int MAX_YEAR = 2100;

    String message() default "{input.date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || isPlausible(value);
        }

        static boolean isPlausible(LocalDate date) {
            return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
        }
    }

    final class MonthCheck implements ConstraintValidator<PlausibleDate, YearMonth> {

        @Override
        public boolean isValid(YearMonth value, ConstraintValidatorContext context) {
            return value == null || (value.getYear() >= MIN_YEAR && value.getYear() <= MAX_YEAR);
        }
    }
}
