package org.onetrip.intake.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.intake.cases.CaseDepartment;
import org.onetrip.intake.cases.CaseEvents;
import org.onetrip.intake.cases.CaseStatus;
import org.onetrip.intake.cases.CaseTransition;
import org.onetrip.intake.cases.ElectronicLicence;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.documents.CaseDocuments;
import org.onetrip.intake.documents.DocumentKind;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the two routes of a department meet: its own system over Kafka and the inbox API move a case
 * through the same steps. A suspension stops the clock and resuming moves the due date on by the
 * working days it stood still; the case completes when every department that must decide has decided.
 */
@ApplicationScoped
public class DepartmentProgress {
    private final CaseDocuments documents;
    private final CaseEvents events;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DepartmentProgress(CaseEvents events, CaseDocuments documents, WorkingDayCalendar calendar, Clock clock) {
        this.events = events;
        this.documents = documents;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Applies a department's report; a case the department was not routed is, to it, not there (404). */
    @Transactional
    public IntakeCase apply(String number, String department, Progress progress, String actor,
                            CaseEvents.ActorKind actorKind) {
        IntakeCase c = IntakeCase.byNumber(number).orElseThrow(() -> ProblemException.notFound("entity.case", number));
        CaseDepartment mine = CaseDepartment.<CaseDepartment>find("caseId = ?1 and department = ?2", c.id, department)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("entity.case", number));
        if (mine.stage == CaseDepartment.Stage.DECIDED) {
            throw ProblemException.illegalTransition("DECIDED", progress.kind());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Every report is a line of the case's history, with the department's words, whether or not the status moves.
        String note = historyNote(department, progress);
        List<CaseTransition> steps = new ArrayList<>();
        CaseEvents.Kind event = switch (progress.kind()) {
            case ACKNOWLEDGED, PROGRESSED -> {
                mine.stage = progress.kind() == Progress.Kind.ACKNOWLEDGED && mine.stage == CaseDepartment.Stage.ROUTED
                        ? CaseDepartment.Stage.ACKNOWLEDGED : CaseDepartment.Stage.IN_PROGRESS;
                if (c.status == CaseStatus.ROUTED) {
                    steps.add(c.moveTo(CaseStatus.IN_PROGRESS, actor, note, now));
                }
                requireRunning(c, progress);
                yield CaseEvents.Kind.PROGRESSED;
            }
            case MATERIALS_REQUESTED, SUSPENDED -> {
                mine.stage = CaseDepartment.Stage.SUSPENDED;
                if (c.status != CaseStatus.SUSPENDED) {
                    steps.add(c.moveTo(CaseStatus.SUSPENDED, actor, note, now));
                    c.suspendedOn = calendar.today();
                }
                yield CaseEvents.Kind.SUSPENDED;
            }
            case RESUMED -> {
                mine.stage = CaseDepartment.Stage.IN_PROGRESS;
                steps.add(c.moveTo(CaseStatus.IN_PROGRESS, actor, note, now));
                c.dueDate = calendar.days().plus(c.dueDate, calendar.days().between(c.suspendedOn, calendar.today()));
                c.suspendedOn = null;
                yield CaseEvents.Kind.RESUMED;
            }
            case DECIDED -> {
                if (progress.decision() == null) {
                    throw ProblemException.invalid(List.of(new ProblemException.FieldViolation("decision", "case.decision-needed")));
                }
                requireRunning(c, progress);
                requireSoundLicence(progress);
                mine.stage = CaseDepartment.Stage.DECIDED;
                mine.decision = progress.decision();
                mine.resultDocument = progress.resultDocument();
                mine.licence = progress.licence();
                mine.decisionDocument = progress.decisionDocument();
                mine.decidedAt = now;
                yield completeIfAllDecided(c, actor, note, now, steps) ? CaseEvents.Kind.COMPLETED : CaseEvents.Kind.PROGRESSED;
            }
        };
        if (steps.isEmpty()) {
            steps.add(c.note(actor, note, now));
        }
        steps.forEach(step -> step.persist());
        c.updatedAt = now;
        events.publish(event, c, actor, actorKind, department, progress.note(), now);
        if (progress.kind() == Progress.Kind.MATERIALS_REQUESTED) {
            c.sentAwayAt = now; // the applicant is to bring more: coming with it is a trip
            documents.issue(c, DocumentKind.SUPPLEMENT_REQUEST, actor, department, progress.note(), now);
        }
        return c;
    }

    /** What the history says of a report: which department, what it did, its decision and document, its note. */
    static String historyNote(String department, Progress progress) {
        StringBuilder note = new StringBuilder(department).append("：").append(progress.kind().label());
        if (progress.decision() != null) {
            note.append(progress.decision() == IntakeCase.Decision.APPROVED ? "，准予" : "，不予");
        }
        if (progress.resultDocument() != null && !progress.resultDocument().isBlank()) {
            note.append("，").append(progress.resultDocument());
        }
        if (progress.note() != null && !progress.note().isBlank()) {
            note.append("。").append(progress.note());
        }
        return note.toString();
    }

    /** A licence comes only with an approval, and its validity does not end before it starts (422 naming what is wrong). */
    private static void requireSoundLicence(Progress progress) {
        ElectronicLicence licence = progress.licence();
        if (licence == null) {
            return;
        }
        List<ProblemException.FieldViolation> problems = new ArrayList<>();
        if (progress.decision() != IntakeCase.Decision.APPROVED) {
            problems.add(new ProblemException.FieldViolation("licence", "case.licence-needs-approval"));
        }
        if (!licence.validPeriod()) {
            problems.add(new ProblemException.FieldViolation("licence.validUntil", "case.licence-validity", licence.validFrom()));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(org.onetrip.platform.errors.ProblemKind.UNPROCESSABLE, problems, "validation", problems.size());
        }
    }

    private static void requireRunning(IntakeCase c, Progress progress) {
        if (c.status != CaseStatus.ROUTED && c.status != CaseStatus.IN_PROGRESS) {
            throw ProblemException.illegalTransition(c.status, progress.kind());
        }
    }

    private static boolean completeIfAllDecided(IntakeCase c, String actor, String note, OffsetDateTime at,
                                                List<CaseTransition> steps) {
        List<CaseDepartment> all = CaseDepartment.of(c);
        if (all.stream().anyMatch(d -> d.stage != CaseDepartment.Stage.DECIDED)) {
            return false;
        }
        steps.add(c.moveTo(CaseStatus.COMPLETED, actor, note, at));
        c.decision = all.stream().allMatch(d -> d.decision == IntakeCase.Decision.APPROVED)
                ? IntakeCase.Decision.APPROVED : IntakeCase.Decision.DENIED;
        c.result = all.stream().map(d -> d.resultDocument).filter(r -> r != null && !r.isBlank())
                .collect(Collectors.joining("；"));
        c.completedAt = at;
        return true;
    }
}
