package org.onetrip.intake.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.onetrip.intake.cases.CaseService;
import org.onetrip.intake.cases.Channel;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.Submission;
import org.onetrip.intake.cases.SubmittedMaterial;
import org.onetrip.intake.replica.PublishedItem;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A civic app's Open311 request becomes a case at once (a realtime service): the applicant from the request's own
 * fields (last_name, first_name, phone, email) and the {@code APPLICANT_ID_NUMBER} attribute, sealed and masked like every
 * other case's; the materials from the other attributes of the service definition (code → where the material is).
 * The case is a mobile submission; the request keeps where and what the resident reported, nothing personal.
 */
@ApplicationScoped
public class Open311Service {
    public static final String APPLICANT_ID = "APPLICANT_ID_NUMBER";
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]{1,40})]");

    private final CaseService cases;
    private final Validator validator;
    private final Clock clock;

    Open311Service(CaseService cases, Validator validator, Clock clock) {
        this.cases = cases;
        this.validator = validator;
        this.clock = clock;
    }

    /** What a request says, as the GeoReport v2 form names it. */
    public record NewRequest(String serviceCode, String jurisdictionId, String lastName, String firstName, String phone, String email,
                             Map<String, String> attributes, String description, String address, Double lat, Double longitude,
                             String mediaUrl) {
    }

    @Transactional
    public Open311Request submit(NewRequest request, Open311App app) {
        if (request.serviceCode() == null || request.serviceCode().isBlank()) {
            throw ProblemException.invalid(List.of(new FieldViolation("service_code", "open311.required")));
        }
        PublishedItem item = PublishedItem.offered(request.serviceCode())
                .orElseThrow(() -> ProblemException.notFound("entity.item", request.serviceCode()));
        if (!item.requirements.online()) {
            throw new ProblemException(ProblemKind.VALIDATION, "open311.not-requestable", request.serviceCode());
        }
        String jurisdiction = request.jurisdictionId() != null ? request.jurisdictionId()
                : app.jurisdiction.length() >= 9 ? app.jurisdiction : item.requirements.jurisdiction();
        if (Jurisdictions.isValid(jurisdiction) && !Jurisdictions.covers(app.jurisdiction, jurisdiction)) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "open311.outside", app.jurisdiction);
        }
        List<FieldViolation> unknown = new ArrayList<>();
        List<SubmittedMaterial> materials = new ArrayList<>();
        request.attributes().forEach((code, value) -> {
            if (APPLICANT_ID.equals(code)) {
                return;
            }
            if (item.requirements.materials().stream().noneMatch(m -> m.code().equals(code))) {
                unknown.add(new FieldViolation("attribute[" + code + "]", "open311.unknown-attribute", code));
            } else if (value != null && !value.isBlank()) {
                materials.add(new SubmittedMaterial(code, value.strip(), false));
            }
        });
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        String name = (blankToEmpty(request.lastName()) + blankToEmpty(request.firstName())).strip();
        Submission submission = new Submission(request.serviceCode(), jurisdiction, Channel.MOBILE,
                new Submission.Applicant(IntakeCase.ApplicantKind.PERSON, name, request.attributes().get(APPLICANT_ID), null,
                        request.phone(), request.email()), null, List.of(), materials, Map.of());
        List<FieldViolation> invalid = validator.validate(submission).stream()
                .map(v -> new FieldViolation(open311Field(v), "open311.invalid", v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field)).toList();
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        IntakeCase c = cases.submit(submission, Caller.system("open311:" + app.name), null);
        Open311Request r = new Open311Request();
        r.token = UUID.randomUUID();
        r.caseId = c.id;
        r.appId = app.id;
        r.requestedAt = OffsetDateTime.now(clock);
        r.description = request.description();
        r.address = request.address();
        r.lat = request.lat();
        r.longitude = request.longitude();
        r.mediaUrl = request.mediaUrl();
        r.persist();
        return r;
    }

    /** The attribute codes of a GeoReport form: {@code attribute[M01]=...} → M01. */
    public static Map<String, String> attributes(Map<String, List<String>> form) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        form.forEach((key, values) -> {
            Matcher m = ATTRIBUTE.matcher(key);
            if (m.matches() && values != null && !values.isEmpty()) {
                attributes.put(m.group(1), values.get(0));
            }
        });
        return attributes;
    }

    /** A violation named as the GeoReport form names the field. */
    private static String open311Field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return switch (path) {
            case "applicant.name" -> "last_name";
            case "applicant.phone" -> "phone";
            case "applicant.email" -> "email";
            case "applicant.idNumber", "applicant" -> "attribute[" + APPLICANT_ID + "]";
            case "jurisdiction" -> "jurisdiction_id";
            case "itemCode" -> "service_code";
            default -> path.startsWith("materials") ? "attribute" : path;
        };
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
