package org.onetrip.intake.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.intake.cases.CaseStatus;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.replica.PublishedItem;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.reference.ReferenceNames;

import org.onetrip.platform.security.Jurisdictions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Open311 requests as GeoReport v2 shows them, to anyone: status (open or closed) and its notes, the item, the
 * department responsible, when it was requested, last changed and is expected done — never who asked.
 */
@ApplicationScoped
public class Open311Queries {
    /** The spec's default window and its most requests in one answer. */
    private static final int DEFAULT_DAYS = 90;
    private static final int MAX_REQUESTS = 1000;
    private static final List<CaseStatus> CLOSED = List.of(CaseStatus.COMPLETED, CaseStatus.DELIVERED, CaseStatus.NOT_ACCEPTED,
            CaseStatus.WITHDRAWN);

    private final ReferenceNames names;
    private final Clock clock;

    Open311Queries(ReferenceNames names, Clock clock) {
        this.names = names;
        this.clock = clock;
    }

    /** The filters of GET /requests: any of them may be absent. */
    public record Filter(String jurisdiction, List<String> ids, String serviceCode, OffsetDateTime start, OffsetDateTime end, String status) {
    }

    @Transactional
    public List<Map<String, Object>> requests(Filter f) {
        OffsetDateTime end = f.end() != null ? f.end() : OffsetDateTime.now(clock);
        OffsetDateTime start = f.start() != null ? f.start() : end.minusDays(DEFAULT_DAYS);
        List<Object[]> rows = Open311Request.getEntityManager().createQuery("""
                        select r, c from Open311Request r, IntakeCase c where c.id = r.caseId
                          and (:noIds = true or c.number in :ids) and (:code is null or c.itemCode = :code)
                          and c.jurisdiction like :within
                          and (:status is null or (:status = 'closed' and c.status in :closed)
                                               or (:status = 'open' and c.status not in :closed))
                          and r.requestedAt between :start and :end order by r.requestedAt desc""", Object[].class)
                .setParameter("noIds", f.ids().isEmpty()).setParameter("ids", f.ids().isEmpty() ? List.of("") : f.ids())
                .setParameter("code", f.serviceCode()).setParameter("status", f.status())
                .setParameter("within", f.jurisdiction() == null ? "%" : Jurisdictions.likePattern(f.jurisdiction())).setParameter("closed", CLOSED)
                .setParameter("start", start).setParameter("end", end)
                .setMaxResults(MAX_REQUESTS).getResultList();
        return rows.stream().map(row -> request((Open311Request) row[0], (IntakeCase) row[1])).toList();
    }

    @Transactional
    public Map<String, Object> request(String number) {
        IntakeCase c = IntakeCase.byNumber(number).orElseThrow(() -> ProblemException.notFound("entity.case", number));
        Open311Request r = Open311Request.<Open311Request>find("caseId", c.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("entity.case", number));
        return request(r, c);
    }

    /** What a token became: the request's id (the case number) once there is a case — at once, for a realtime service. */
    @Transactional
    public Map<String, Object> token(UUID token) {
        Open311Request r = Open311Request.<Open311Request>findByIdOptional(token)
                .orElseThrow(() -> ProblemException.notFound("entity.token", token));
        IntakeCase c = IntakeCase.findById(r.caseId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", c.number);
        answer.put("token", r.token.toString());
        return answer;
    }

    /** The answer to a POST: the request's id (the case number) and its token. */
    @Transactional
    public Map<String, Object> created(Open311Request r) {
        IntakeCase c = IntakeCase.findById(r.caseId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", c.number);
        answer.put("token", r.token.toString());
        answer.put("service_notice", "案件 " + c.number + "：" + c.status.label() + "；凭查询码可查询进度");
        answer.put("account_id", null);
        return answer;
    }

    private Map<String, Object> request(Open311Request r, IntakeCase c) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", c.number);
        request.put("status", CLOSED.contains(c.status) ? "closed" : "open");
        request.put("status_notes", c.status.label() + "（" + c.status.code() + "）");
        request.put("service_name", c.itemName);
        request.put("service_code", c.itemCode);
        request.put("description", r.description);
        request.put("agency_responsible", PublishedItem.version(c.itemCode, c.itemVersion)
                .map(item -> names.nameOrCode(item.requirements.department())).orElse(null));
        request.put("service_notice", null);
        request.put("requested_datetime", iso(r.requestedAt));
        request.put("updated_datetime", iso(c.updatedAt));
        request.put("expected_datetime", c.dueDate == null ? null : endOf(c.dueDate));
        request.put("address", r.address);
        request.put("address_id", null);
        request.put("zipcode", null);
        request.put("lat", r.lat);
        request.put("long", r.longitude);
        request.put("media_url", r.mediaUrl);
        return request;
    }

    private static String iso(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(WorkingDayCalendar.ZONE).toOffsetDateTime().withNano(0).toString();
    }

    /** The end of the due day, China time. */
    private static String endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(WorkingDayCalendar.ZONE).toOffsetDateTime().toString();
    }

    static OffsetDateTime parse(String value) {
        return value == null || value.isBlank() ? null : OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
