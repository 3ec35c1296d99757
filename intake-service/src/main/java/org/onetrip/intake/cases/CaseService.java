package org.onetrip.intake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.onetrip.intake.documents.CaseDocuments;
import org.onetrip.intake.documents.DocumentKind;
import org.onetrip.intake.replica.ItemRequirements;
import org.onetrip.intake.replica.PublishedItem;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.errors.ProblemMessages;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The window's work on a case, from submission to delivery; every change is kept and announced. */
@ApplicationScoped
public class CaseService {
    /** When a guide marks tolerable materials without saying how soon they must follow (the catalogue requires it). */
    private static final int DEFAULT_COMMITMENT_DAYS = 5;
    private static final Logger LOG = Logger.getLogger(CaseService.class);
    private static final String FETCHED = "数据共享调取";

    private final CaseNumbers numbers;
    private final LookupCodes lookupCodes;
    private final CaseEvents events;
    private final PersonalData personalData;
    private final WorkingDayCalendar calendar;
    private final CaseDocuments documents;
    private final Clock clock;
    private final Duration sameVisit;

    CaseService(CaseNumbers numbers, LookupCodes lookupCodes, CaseEvents events, PersonalData personalData,
                WorkingDayCalendar calendar, CaseDocuments documents, Clock clock,
                @ConfigProperty(name = "onetrip.trips.same-visit", defaultValue = "PT30M") Duration sameVisit) {
        this.sameVisit = sameVisit;
        this.documents = documents;
        this.numbers = numbers;
        this.lookupCodes = lookupCodes;
        this.events = events;
        this.personalData = personalData;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The one-time notice for a submission, without opening a case. */
    public Notice check(Submission s, Caller caller) {
        if (caller.actsAs(Roles.CLERK)) {
            caller.requireCovering(s.jurisdiction()); // a window checks only what it may then accept
        }
        return notice(s);
    }

    private Notice notice(Submission s) {
        ItemRequirements item = offered(s.itemCode()).requirements;
        return notice(item, s.applicantClass(), s.conditions(calendar.today()), s.materials(), s.defects());
    }

    /**
     * Opens a case. With every material there it waits for the clerk's acceptance (SUBMITTED); otherwise
     * it waits for the supplement (SUPPLEMENT_REQUESTED) with the one-time notice.
     */
    @Transactional
    public IntakeCase submit(Submission s, Caller caller, UUID proxyRequestId) {
        return open(s, caller, proxyRequestId, null);
    }

    private IntakeCase open(Submission s, Caller caller, UUID proxyRequestId, String legacyNumber) {
        PublishedItem item = offered(s.itemCode());
        if (!Jurisdictions.covers(item.requirements.jurisdiction(), s.jurisdiction())) {
            throw new ProblemException(ProblemKind.UNPROCESSABLE, List.of(new FieldViolation("jurisdiction",
                    "case.not-implemented-here", s.itemCode(), item.requirements.jurisdiction())), "validation", 1);
        }
        OffsetDateTime now = now();
        IntakeCase c = new IntakeCase();
        c.number = numbers.next(s.jurisdiction(), calendar.today().getYear());
        c.status = CaseStatus.SUBMITTED;
        c.itemCode = item.code;
        c.itemVersion = item.version;
        c.itemName = item.name;
        c.jurisdiction = s.jurisdiction();
        c.channel = s.channel();
        sealApplicant(c, s.applicant());
        lookupCodes.issue(c);
        c.applicantClass = s.applicantClass();
        c.ruleCode = item.requirements.ruleFor(s.applicantClass()).map(ItemRequirements.Rule::code).orElse(null);
        c.facts = s.conditions(calendar.today());
        c.proxyRequestId = proxyRequestId;
        c.legacyNumber = legacyNumber;
        c.submittedBy = caller.subject();
        c.submittedAs = caller.primaryRole();
        c.submittedAt = now;
        c.updatedAt = now;
        c.materials = new ArrayList<>(s.materials());
        c.notice = notice(item.requirements, c.applicantClass, c.facts, c.materials, s.defects());
        recordFetched(c);
        c.persist();
        CaseTransition.of(c, null, CaseStatus.SUBMITTED, caller.subject(), null, now).persist();
        if (c.channel == Channel.WINDOW) {
            present(c, "窗口递交申请", caller, now);
        } else if (c.channel == Channel.DEPARTMENT_COUNTER) {
            present(c, "部门窗口递交申请", caller, now);
        }
        publish(CaseEvents.Kind.SUBMITTED, c, caller, null, now);
        LOG.infof("case %s submitted for %s by %s (applicant %s)", c.number, c.itemCode, caller.subject(), c.applicantCode.masked);
        if (!c.notice.complete()) {
            c.moveTo(CaseStatus.SUPPLEMENT_REQUESTED, caller.subject(), "一次性告知", now).persist();
            c.sentAwayAt = now; // to fetch what is missing
            publish(CaseEvents.Kind.SUPPLEMENT_REQUESTED, c, caller, "一次性告知", now);
            documents.issue(c, DocumentKind.ONE_TIME_NOTICE, caller.subject(), null, null, now);
        }
        return c;
    }

    /**
     * The applicant's one supplement brings the case back to the clerk; on a case accepted with a tolerable gap,
     * it hands in what the commitment promised, and the commitment is kept once all of it is in.
     */
    @Transactional
    public IntakeCase supplement(String number, Submission.Supplement supplement, Caller caller) {
        IntakeCase c = IntakeCase.require(number);
        authorize(c, caller);
        OffsetDateTime now = now();
        Map<String, SubmittedMaterial> byCode = new LinkedHashMap<>();
        c.materials.forEach(m -> byCode.put(m.code(), m));
        supplement.materials().forEach(m -> byCode.put(m.code(), m));
        c.materials = new ArrayList<>(byCode.values());
        if (c.commitment != null && c.commitment.open() && c.status != CaseStatus.SUPPLEMENT_REQUESTED) {
            return keepCommitment(c, caller, now);
        }
        Set<String> facts = new HashSet<>(c.facts);
        facts.addAll(supplement.facts());
        c.facts = List.copyOf(facts);
        c.moveTo(CaseStatus.SUBMITTED, caller.subject(), "补正", now).persist();
        c.notice = notice(requirements(c), c.applicantClass, c.facts, c.materials, Map.of());
        recordFetched(c);
        if (caller.actsAs(Roles.CLERK)) {
            present(c, "窗口补正材料", caller, now);
        }
        publish(CaseEvents.Kind.SUBMITTED, c, caller, "补正", now);
        return c;
    }

    /**
     * The clerk accepts: the clock starts and the case goes to every department that must decide. With only
     * tolerable materials missing (容缺), the applicant's written commitment lets it go on at once; any other
     * missing or defective material still blocks it (409 naming each).
     */
    @Transactional
    public IntakeCase accept(String number, String commitment, Caller caller) {
        IntakeCase c = IntakeCase.require(number);
        caller.requireCovering(c.jurisdiction);
        return accepted(c, commitment, caller);
    }

    /**
     * A case a department accepted at its own counter (分散受理), registered by its officer: opened and accepted at once,
     * then tracked, deadlined and reviewed like any other. The applicant was at the counter (a trip); the department
     * must be one that decides the item (else 403), and the materials must be complete (else 409 naming each).
     * The department's own file number ({@code reference}, may be null) is kept as the case's legacy number and makes
     * the registration idempotent: the same reference from the same department returns the case it opened.
     */
    @Transactional
    public IntakeCase registerAtCounter(Submission s, String reference, Caller officer) {
        String department = officer.requireDepartment();
        if (reference != null) {
            Optional<IntakeCase> registered = IntakeCase.find("channel = ?1 and submittedBy = ?2 and legacyNumber = ?3",
                    Channel.DEPARTMENT_COUNTER, officer.subject(), reference).firstResultOptional();
            if (registered.isPresent()) {
                return registered.get();
            }
        }
        if (!offered(s.itemCode()).requirements.deciders().contains(department)) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
        Notice notice = notice(s); // before anything is written: a counter accepts only what is complete
        if (!notice.complete()) {
            List<Notice.Entry> missing = new ArrayList<>(notice.blocking());
            missing.addAll(notice.tolerated());
            throw incomplete(missing);
        }
        return accepted(open(s, officer, null, reference), null, officer);
    }

    private IntakeCase accepted(IntakeCase c, String commitment, Caller caller) {
        ItemRequirements item = requirements(c);
        if (c.status == CaseStatus.SUBMITTED || c.status == CaseStatus.SUPPLEMENT_REQUESTED) {
            c.notice = notice(item, c.applicantClass, c.facts, c.materials, Map.of());
            if (!c.notice.complete()) {
                tolerate(c, item, commitment);
            }
        }
        OffsetDateTime now = now();
        c.moveTo(CaseStatus.ACCEPTED, caller.subject(), c.commitment == null ? null : "容缺受理：" + c.commitment.note(), now).persist();
        c.promisedDays = item.ruleFor(c.applicantClass).map(ItemRequirements.Rule::promisedDays)
                .filter(days -> days != null).orElse(item.promisedDays());
        c.acceptedAt = now;
        c.acceptedOn = calendar.today();
        c.dueDate = calendar.days().plus(c.acceptedOn, c.promisedDays);
        publish(CaseEvents.Kind.ACCEPTED, c, caller, null, now);
        CaseDepartment.routeTo(c, item);
        c.moveTo(CaseStatus.ROUTED, "system", String.join(",", item.deciders()), now).persist();
        c.sentAwayAt = now; // the case left the window for its departments
        events.publish(CaseEvents.Kind.ROUTED, c, "system", CaseEvents.ActorKind.INTAKE, null, null, now);
        // Last: the notice's gapless number locks its counter until commit, so as little as possible runs after it.
        documents.issue(c, DocumentKind.ACCEPTANCE, caller.subject(), null, null, now);
        return c;
    }

    @Transactional
    public IntakeCase refuse(String number, String reason, Caller caller) {
        IntakeCase c = IntakeCase.require(number);
        caller.requireCovering(c.jurisdiction);
        OffsetDateTime now = now();
        c.moveTo(CaseStatus.NOT_ACCEPTED, caller.subject(), reason, now).persist();
        c.closingReason = reason;
        publish(CaseEvents.Kind.NOT_ACCEPTED, c, caller, reason, now);
        documents.issue(c, DocumentKind.REFUSAL, caller.subject(), null, reason, now);
        return c;
    }

    @Transactional
    public IntakeCase withdraw(String number, String reason, Caller caller) {
        IntakeCase c = IntakeCase.require(number);
        authorize(c, caller);
        OffsetDateTime now = now();
        c.moveTo(CaseStatus.WITHDRAWN, caller.subject(), reason, now).persist();
        c.closingReason = reason;
        publish(CaseEvents.Kind.WITHDRAWN, c, caller, reason, now);
        return c;
    }

    /**
     * An in-person visit the system could not see for itself (a consultation at the window, say); counted with
     * the others as in {@link #present}.
     */
    @Transactional
    public IntakeCase recordVisit(String number, String purpose, Caller caller) {
        IntakeCase c = IntakeCase.require(number);
        caller.requireCovering(c.jurisdiction);
        if (!c.status.takesVisits()) {
            throw new ProblemException(ProblemKind.CONFLICT, "case.closed-for-visits", new ProblemMessages.Key("status." + c.status));
        }
        OffsetDateTime now = now();
        present(c, purpose, caller, now);
        c.updatedAt = now;
        publish(CaseEvents.Kind.VISIT_RECORDED, c, caller, purpose, now);
        return c;
    }

    @Transactional
    public IntakeCase deliver(String number, IntakeCase.DeliveryMethod method, Caller caller) {
        IntakeCase c = IntakeCase.require(number);
        if (!caller.is(Roles.SYSTEM)) {
            caller.requireCovering(c.jurisdiction);
        }
        OffsetDateTime now = now();
        if (method == IntakeCase.DeliveryMethod.ELECTRONIC) {
            c.deliveredDocuments = electronicResults(c);
        }
        c.moveTo(CaseStatus.DELIVERED, caller.subject(), method.name(), now).persist();
        c.deliveryMethod = method;
        c.deliveredAt = now;
        if (method == IntakeCase.DeliveryMethod.WINDOW_PICKUP) {
            present(c, "窗口领取结果", caller, now);
        }
        publish(CaseEvents.Kind.DELIVERED, c, caller, method.name(), now);
        documents.issue(c, DocumentKind.DELIVERY_RECEIPT, caller.subject(), null, null, now);
        return c;
    }

    /**
     * The resident confirms the result reached them (签收), with their own applicant login: the applicant who
     * submitted the case, or — for a case an agent or a clerk submitted for them — whoever holds its look-up code,
     * which is on the notices the resident was handed. A wrong code is a 404, as for a case that does not exist.
     * Confirming again changes nothing.
     */
    @Transactional
    public IntakeCase confirmReceipt(String number, String code, Caller caller) {
        IntakeCase c = IntakeCase.byNumber(number).filter(found -> found.ownedBy(caller) || lookupCodes.matches(found, code))
                .orElseThrow(() -> ProblemException.notFound("entity.case", number));
        if (c.status != CaseStatus.DELIVERED) {
            throw new ProblemException(ProblemKind.CONFLICT, "case.not-delivered", new ProblemMessages.Key("status." + c.status));
        }
        if (c.receiptConfirmedAt != null) {
            return c;
        }
        OffsetDateTime now = now();
        c.receiptConfirmedAt = now;
        c.receiptConfirmedBy = caller.subject();
        c.note(caller.subject(), "申请人确认收到办理结果", now).persist();
        publish(CaseEvents.Kind.RECEIPT_CONFIRMED, c, caller, "申请人确认收到办理结果", now);
        return c;
    }

    /** What electronic delivery delivers: the licence files and decision documents the departments issued; with none there is nothing to send (409). */
    private static List<String> electronicResults(IntakeCase c) {
        List<String> documents = ElectronicResult.of(c).stream().map(ElectronicResult::documentRef).toList();
        if (documents.isEmpty()) {
            throw new ProblemException(ProblemKind.CONFLICT, "case.nothing-electronic");
        }
        return documents;
    }

    private IntakeCase keepCommitment(IntakeCase c, Caller caller, OffsetDateTime now) {
        if (caller.actsAs(Roles.CLERK)) {
            present(c, "窗口补交容缺材料", caller, now);
        }
        Set<String> handedIn = new HashSet<>();
        c.materials.forEach(m -> handedIn.add(m.code()));
        if (!handedIn.containsAll(c.commitment.materials())) {
            c.note(caller.subject(), "补交部分容缺材料", now).persist();
            return c;
        }
        c.commitment = c.commitment.keptAt(now);
        c.note(caller.subject(), "容缺材料已补齐，承诺履行", now).persist();
        publish(CaseEvents.Kind.COMMITMENT_KEPT, c, caller, "容缺材料已补齐", now);
        return c;
    }

    /** 容缺: the missing materials are all tolerable and the applicant committed to bring them; else a 409 naming what blocks. */
    private void tolerate(IntakeCase c, ItemRequirements item, String commitment) {
        List<Notice.Entry> blocking = c.notice.blocking();
        if (!blocking.isEmpty()) {
            throw incomplete(blocking);
        }
        List<String> tolerated = c.notice.tolerated().stream().map(Notice.Entry::code).toList();
        if (commitment == null || commitment.isBlank()) {
            List<FieldViolation> named = c.notice.tolerated().stream()
                    .map(m -> new FieldViolation("materials." + m.code(), "case.material-tolerable", m.name())).toList();
            throw new ProblemException(ProblemKind.CONFLICT, named, "case.commitment-needed", named.size());
        }
        int days = item.commitmentDays() == null ? DEFAULT_COMMITMENT_DAYS : item.commitmentDays();
        c.commitment = new Commitment(tolerated, commitment.strip(), calendar.days().plus(calendar.today(), days), null);
    }

    /** A 409 naming each material that keeps the case from acceptance. */
    private static ProblemException incomplete(List<Notice.Entry> missing) {
        List<FieldViolation> named = missing.stream()
                .map(m -> new FieldViolation("materials." + m.code(), "case.material-missing", m.name())).toList();
        return new ProblemException(ProblemKind.CONFLICT, named, "case.incomplete", named.size());
    }

    /**
     * The applicant was at the window: submitting there, supplementing there, picking the result up there, or a
     * visit the clerk records. A trip (跑次) is each time the applicant had to come: the first presence, one on another
     * day, and one after they were sent away (a one-time notice, the case leaving the window for its departments)
     * unless it follows within {@code onetrip.trips.same-visit} (30 minutes), when they never left: a supplement
     * handed in on the spot, a 即办件 decided and handed over while they wait. A return the same afternoon is a trip.
     * Proxy, online and mobile submissions and delivery by post, agent or electronically are no presence.
     */
    private void present(IntakeCase c, String purpose, Caller caller, OffsetDateTime now) {
        if (startsATrip(CaseVisit.lastAt(c.id), c.sentAwayAt, now, sameVisit)) {
            c.trips++;
        }
        CaseVisit visit = new CaseVisit();
        visit.caseId = c.id;
        visit.at = now;
        visit.purpose = purpose;
        visit.recordedBy = caller.subject();
        visit.persist();
    }

    static boolean startsATrip(OffsetDateTime lastPresence, OffsetDateTime sentAway, OffsetDateTime now, Duration sameVisit) {
        if (lastPresence == null || !day(lastPresence).equals(day(now))) {
            return true;
        }
        boolean leftSince = sentAway != null && !sentAway.isBefore(lastPresence);
        return leftSince && Duration.between(sentAway, now).compareTo(sameVisit) > 0;
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }

    private void publish(CaseEvents.Kind kind, IntakeCase c, Caller caller, String note, OffsetDateTime now) {
        events.publish(kind, c, caller.subject(), CaseEvents.ActorKind.of(caller), null, note, now);
    }

    /** The clerk who handles the case's jurisdiction, or the applicant who submitted it. */
    private static void authorize(IntakeCase c, Caller caller) {
        if (caller.actsAs(Roles.APPLICANT)) {
            if (!c.ownedBy(caller)) {
                throw ProblemException.notFound("entity.case", c.number);
            }
            return;
        }
        if (!caller.is(Roles.SYSTEM)) {
            caller.requireCovering(c.jurisdiction);
        }
    }

    private Notice notice(ItemRequirements item, String applicantClass, List<String> facts,
                          List<SubmittedMaterial> materials, Map<String, String> defects) {
        Set<String> handedIn = new HashSet<>();
        materials.forEach(m -> handedIn.add(m.code()));
        return MaterialCheck.check(item, applicantClass, Set.copyOf(facts), handedIn, defects);
    }

    /** Materials fetched from shared data are recorded as such, so nobody asks the applicant for them. */
    private static void recordFetched(IntakeCase c) {
        Set<String> present = new HashSet<>();
        c.materials.forEach(m -> present.add(m.code()));
        List<SubmittedMaterial> materials = new ArrayList<>(c.materials);
        c.notice.fetched().stream().filter(code -> !present.contains(code))
                .forEach(code -> materials.add(new SubmittedMaterial(code, FETCHED, true)));
        c.materials = materials;
    }

    /** The applicant as a case keeps them: the ID number sealed, hashed and masked, an organisation's public code as is. */
    public void sealApplicant(IntakeCase c, Submission.Applicant a) {
        c.applicantKind = a.kind();
        c.applicantName = a.name();
        String code = a.kind() == IntakeCase.ApplicantKind.PERSON ? a.idNumber().toUpperCase() : a.creditCode();
        c.applicantCode = a.kind() == IntakeCase.ApplicantKind.PERSON ? personalData.sealId(code, c.sealedAt("applicant_code_sealed"))
                : personalData.publicCode(code);
        c.phone = personalData.sealPhone(a.phone(), c.sealedAt("phone_sealed"));
        c.email = a.email() == null || a.email().isBlank() ? null : personalData.sealEmail(a.email(), c.sealedAt("email_sealed"));
    }

    static PublishedItem offered(String itemCode) {
        return PublishedItem.offered(itemCode)
                .orElseThrow(() -> new ProblemException(ProblemKind.UNPROCESSABLE, "case.item-not-offered", itemCode));
    }

    /** The requirements of the version the case is judged by, not the latest. */
    static ItemRequirements requirements(IntakeCase c) {
        return PublishedItem.version(c.itemCode, c.itemVersion).orElseThrow().requirements;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
