package org.onetrip.intake.cases;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.personaldata.IdentityCodes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A person's resident ID number or an organisation's credit code, with its check digit, reported on
 * the field that is wrong together with every other bad field of the request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidApplicantCode.Validator.class)
public @interface ValidApplicantCode {
    String message() default "{onetrip.applicant.code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidApplicantCode, Submission.Applicant> {
        @Override
        public boolean isValid(Submission.Applicant a, ConstraintValidatorContext context) {
            if (a == null || a.kind() == null) {
                return true;
            }
            boolean person = a.kind() == IntakeCase.ApplicantKind.PERSON;
            boolean valid = person ? IdentityCodes.isResidentId(a.idNumber(), LocalDate.now(WorkingDayCalendar.ZONE))
                    : IdentityCodes.isUnifiedSocialCreditCode(a.creditCode());
            if (!valid) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(person ? "{onetrip.applicant.id-number}" : "{onetrip.applicant.credit-code}")
                        .addPropertyNode(person ? "idNumber" : "creditCode").addConstraintViolation();
            }
            return valid;
        }
    }
}
