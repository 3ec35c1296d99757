package org.onetrip.oversight.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.oversight.OversightConfig;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A complaint's life: registered by a supervisor, answered by its department, closed with the outcome. */
@ApplicationScoped
public class ComplaintService {
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int replyDays;

    ComplaintService(WorkingDayCalendar calendar, Clock clock,
                     OversightConfig config) {
        this.calendar = calendar;
        this.clock = clock;
        this.replyDays = config.complaintReplyWorkingDays();
    }

    /** Within the supervisor's jurisdiction; the department must reply within the configured working days. */
    @Transactional
    public ComplaintView register(ComplaintResource.NewComplaint body, Caller caller) {
        caller.requireCovering(body.jurisdiction());
        Complaint c = new Complaint();
        c.id = UUID.randomUUID();
        c.source = body.source();
        c.content = body.content();
        c.jurisdiction = body.jurisdiction();
        c.caseNumber = body.caseNumber();
        c.agentId = body.agentId();
        c.department = body.department();
        c.status = Complaint.Status.REGISTERED;
        c.receivedOn = calendar.today();
        c.replyDue = calendar.days().plus(c.receivedOn, replyDays);
        c.registeredBy = caller.subject();
        c.persist();
        return ComplaintView.of(c);
    }

    /** The department's reply, to a complaint assigned to it (any other is not found). */
    @Transactional
    public ComplaintView reply(UUID id, String text, Caller caller) {
        String department = caller.requireDepartment();
        Complaint c = Complaint.<Complaint>findByIdOptional(id).filter(found -> department.equals(found.department))
                .orElseThrow(() -> ProblemException.notFound("entity.complaint", id));
        c.moveTo(Complaint.Status.REPLIED);
        c.reply = text;
        c.repliedAt = OffsetDateTime.now(clock);
        return ComplaintView.of(c);
    }

    /** Closed with the outcome by a supervisor over its jurisdiction (any other is not found). */
    @Transactional
    public ComplaintView close(UUID id, String outcome, Caller caller) {
        Complaint c = Complaint.<Complaint>findByIdOptional(id).filter(found -> caller.covers(found.jurisdiction))
                .orElseThrow(() -> ProblemException.notFound("entity.complaint", id));
        c.moveTo(Complaint.Status.CLOSED);
        c.outcome = outcome;
        c.closedAt = OffsetDateTime.now(clock);
        return ComplaintView.of(c);
    }
}
