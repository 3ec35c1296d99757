package org.onetrip.intake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.time.OffsetDateTime;

/**
 * A case's applicant in full: only for the clerk of its jurisdiction or an officer of one of its departments,
 * every read and every refused attempt recorded; the trail for supervisors.
 */
@ApplicationScoped
public class CasePersonalData {

    public record FullApplicant(IntakeCase.ApplicantKind kind, String name, String code, String phone) {
    }

    /** One entry of the personal-data trail. */
    public record Access(String caseNumber, OffsetDateTime at, String actor, String role, boolean granted) {
    }

    private final PersonalData personalData;

    CasePersonalData(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** Opens the sealed applicant for an allowed caller; a refused attempt is recorded too. */
    @Transactional
    public FullApplicant open(String number, Caller caller) {
        IntakeCase c = IntakeCase.require(number);
        boolean allowed = caller.actsAs(Roles.OFFICER)
                ? CaseDepartment.count("caseId = ?1 and department = ?2", c.id, caller.department() == null ? "" : caller.department()) > 0
                : Jurisdictions.covers(caller.jurisdiction(), c.jurisdiction);
        if (!allowed) {
            PersonalDataRead.recordRefused(c, caller);
            throw caller.actsAs(Roles.OFFICER) ? ProblemException.notFound("entity.case", number)
                    : new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
        PersonalDataRead.record(c, caller);
        String code = c.applicantKind == IntakeCase.ApplicantKind.PERSON
                ? personalData.open(c.applicantCode.sealed, c.sealedAt("applicant_code_sealed")) : c.applicantCode.sealed;
        return new FullApplicant(c.applicantKind, c.applicantName, code, personalData.open(c.phone.sealed, c.sealedAt("phone_sealed")));
    }

    /** Newest first, within the supervisor's jurisdiction; optionally of one case. */
    @Transactional
    public Page<Access> reads(String caseNumber, PageRequest page, Caller caller) {
        String within = Jurisdictions.likePattern(caller.requireJurisdiction());
        var query = PersonalDataRead.getEntityManager().createQuery("""
                        select c.number, r.at, r.actor, r.role, r.granted
                        from PersonalDataRead r, IntakeCase c where c.id = r.caseId and c.jurisdiction like :within
                          and (:number is null or c.number = :number) order by r.at desc, r.id desc""", Object[].class)
                .setParameter("within", within).setParameter("number", caseNumber);
        long total = PersonalDataRead.getEntityManager().createQuery("""
                        select count(r) from PersonalDataRead r, IntakeCase c where c.id = r.caseId and c.jurisdiction like :within
                          and (:number is null or c.number = :number)""", Long.class)
                .setParameter("within", within).setParameter("number", caseNumber).getSingleResult();
        return new Page<>(query.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList(),
                page.page, page.size, total).map(row -> new Access((String) row[0], (OffsetDateTime) row[1],
                (String) row[2], (String) row[3], (Boolean) row[4]));
    }
}
