package org.onetrip.platform.reference;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A code of the {@link Condition} vocabulary; with {@code declared}, one a submission may declare (a fact a service
 * decides itself is refused, saying who decides it). A refusal lists the codes that would do.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConditionCode.Validator.class)
public @interface ConditionCode {
    String message() default "{onetrip.condition.unknown}";

    /** Only conditions a submission declares: the window's and the agents' ticks. */
    boolean declared() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConditionCode, String> {
        private boolean declared;

        @Override
        public void initialize(ConditionCode annotation) {
            declared = annotation.declared();
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            if (code == null) {
                return true;
            }
            var condition = Condition.of(code);
            if (condition.isPresent() && (!declared || condition.get().declared())) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.addMessageParameter("known", Condition.listed(declared));
            condition.ifPresent(decided -> {
                hibernate.addMessageParameter("label", decided.label());
                hibernate.disableDefaultConstraintViolation();
                hibernate.buildConstraintViolationWithTemplate("{onetrip.condition.decided." + decided.basis().name().toLowerCase() + "}")
                        .addConstraintViolation();
            });
            return false;
        }
    }
}
