package org.onetrip.proxyagent.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.personaldata.IdentityCodes;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.personaldata.PersonalDataExchange;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.proxyagent.agents.Agent;
import org.onetrip.proxyagent.replica.ProxyItem;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The proxy request's life, from the resident's call to their confirmation; every step kept and announced. */
@ApplicationScoped
public class RequestService {
    private static final Logger LOG = Logger.getLogger(RequestService.class);

    /** A resident's request, as a clerk, an agent or the resident online records it. */
    public record NewRequest(@NotBlank @Schema(example = "330109013-JF-0003") String itemCode,
                             @NotBlank @Pattern(regexp = "\\d{12}") @Schema(example = "330109013201") String village,
                             @NotNull ProxyRequest.Source source,
                             @NotBlank @Size(max = 50) @Schema(example = "李阿婆") String residentName,
                             @NotBlank @Schema(example = "360426199101010071") String residentIdNumber,
                             @NotBlank @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}") @Schema(example = "13900001111") String phone,
                             @Size(max = 1000) String notes) {
    }

    /** Who acts: an agent (their record), a clerk of a town, or the system following intake. */
    public record Actor(String subject, Agent agent, String town) {
        boolean may(ProxyRequest r) {
            return agent != null ? agent.id.equals(r.agentId) : town == null || Jurisdictions.covers(town, r.village);
        }

        /** Whether the actor may record requests for residents of this village. */
        boolean serves(String village) {
            return Jurisdictions.covers(agent != null ? agent.jurisdiction : town, village) || agent == null && town == null;
        }

        /** The resident, confirming receipt through intake with their own applicant login. */
        static Actor resident() {
            return new Actor("resident", null, null);
        }

        /** An agent acts as their active agent record; a clerk for the town of their jur claim. */
        public static Actor of(Caller caller) {
            if (caller.is(Roles.CLERK)) {
                String jur = caller.requireJurisdiction();
                if (jur.length() != 9) {
                    throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
                }
                return new Actor(caller.subject(), null, jur);
            }
            Agent agent = Agent.bySubject(caller.subject()).filter(a -> a.active)
                    .orElseThrow(() -> new ProblemException(ProblemKind.FORBIDDEN, "forbidden"));
            return new Actor(caller.subject(), agent, null);
        }
    }

    private final Assignment assignment;
    private final RequestEvents events;
    private final PersonalData personalData;
    private final PersonalDataExchange exchange;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int firstContactDays;

    RequestService(Assignment assignment, RequestEvents events, PersonalData personalData, PersonalDataExchange exchange,
                   WorkingDayCalendar calendar, Clock clock, @ConfigProperty(name = "onetrip.proxy.first-contact-working-days") int firstContactDays) {
        this.assignment = assignment;
        this.events = events;
        this.personalData = personalData;
        this.exchange = exchange;
        this.calendar = calendar;
        this.clock = clock;
        this.firstContactDays = firstContactDays;
    }

    /** Records a request and assigns it at once; an item agents may not handle is refused with where to go instead. */
    @Transactional
    public ProxyRequest create(NewRequest n, String actor) {
        ProxyItem item = ProxyItem.<ProxyItem>findByIdOptional(n.itemCode())
                .orElseThrow(() -> ProblemException.notFound("entity.item", n.itemCode()));
        if (!item.requestable()) {
            throw new ProblemException(ProblemKind.UNPROCESSABLE, List.of(new FieldViolation("itemCode",
                    "request.apply-instead", item.name, item.place == null ? "—" : item.place)),
                    "request.not-proxy-eligible", item.name);
        }
        if (!IdentityCodes.isResidentId(n.residentIdNumber(), calendar.today())) {
            throw ProblemException.invalid(List.of(new FieldViolation("residentIdNumber", "request.bad-id-number")));
        }
        OffsetDateTime now = now();
        ProxyRequest r = new ProxyRequest();
        r.id = UUID.randomUUID();
        r.status = RequestStatus.REQUESTED;
        r.itemCode = item.code;
        r.itemName = item.name;
        r.village = n.village();
        r.town = n.village().substring(0, 9);
        r.source = n.source();
        r.notes = n.notes();
        r.residentName = n.residentName();
        String id = n.residentIdNumber().toUpperCase();
        r.residentId = personalData.sealId(id, r.sealedAt("resident_id_sealed"));
        r.phone = personalData.sealPhone(n.phone(), r.sealedAt("phone_sealed"));
        r.materials = List.of();
        r.facts = List.of();
        r.requestedBy = actor;
        r.requestedAt = now;
        r.updatedAt = now;
        r.persist();
        RequestTransition.of(r.id, null, RequestStatus.REQUESTED, actor, null, now).persist();
        events.publish(RequestEvents.Kind.REQUESTED, r, null, actor, null, now, null);
        assignment.choose(r.village, r.town, r.itemCode).ifPresentOrElse(agent -> assign(r, agent, "system", null, now),
                () -> LOG.infof("proxy request %s: no agent free in %s or its town; waiting for the clerk", r.id, r.village));
        return r;
    }

    /** A clerk's choice of agent, with the reason. */
    @Transactional
    public ProxyRequest reassign(UUID id, UUID agentId, String reason, Actor actor) {
        ProxyRequest r = visible(id, actor);
        Agent agent = Agent.<Agent>findByIdOptional(agentId).filter(a -> a.active && Jurisdictions.covers(a.jurisdiction, r.village))
                .orElseThrow(() -> ProblemException.invalid(List.of(new FieldViolation("agentId", "request.agent-not-available"))));
        assign(r, agent, actor.subject(), reason, now());
        return r;
    }

    @Transactional
    public ProxyRequest contact(UUID id, String note, Actor actor) {
        return step(id, actor, RequestStatus.CONTACTED, RequestEvents.Kind.CONTACTED, note, (r, now) -> r.contactedAt = now);
    }

    @Transactional
    public ProxyRequest collect(UUID id, List<String> materials, List<String> facts, Actor actor) {
        return step(id, actor, RequestStatus.MATERIALS_COLLECTED, RequestEvents.Kind.MATERIALS_COLLECTED, null, (r, now) -> {
            r.materials = List.copyOf(materials);
            r.facts = List.copyOf(facts);
        });
    }

    /**
     * Hands the collected materials to the window: intake opens the case from this event. The resident's
     * name, ID and phone travel sealed for intake alone (PersonalDataExchange).
     */
    @Transactional
    public ProxyRequest submit(UUID id, Actor actor) {
        ProxyRequest r = visible(id, actor);
        OffsetDateTime now = now();
        r.moveTo(RequestStatus.SUBMITTED, actor.subject(), null, now);
        r.submittedAt = now;
        r.task = null;
        Map<String, Object> submission = Map.of(
                "itemCode", r.itemCode, "jurisdiction", r.town, "channel", "PROXY",
                "applicant", Map.of("kind", "PERSON", "sealed", exchange.sealFields(Map.of(
                        "name", r.residentName, "idNumber", personalData.open(r.residentId.sealed, r.sealedAt("resident_id_sealed")),
                        "phone", personalData.open(r.phone.sealed, r.sealedAt("phone_sealed"))))),
                "facts", r.facts,
                "materials", r.materials.stream().map(code -> Map.of("code", code, "reference", "代办员收件")).toList());
        publish(RequestEvents.Kind.SUBMITTED, r, actor, null, now, submission);
        return r;
    }

    /** The materials intake's one-time notice asked for, collected and handed in. */
    @Transactional
    public ProxyRequest supplement(UUID id, List<String> materials, Actor actor) {
        return step(id, actor, RequestStatus.SUBMITTED, RequestEvents.Kind.SUPPLEMENTED, "补正", (r, now) -> {
            java.util.Set<String> all = new java.util.LinkedHashSet<>(r.materials);
            all.addAll(materials);
            r.materials = List.copyOf(all);
            r.task = null;
        });
    }

    @Transactional
    public ProxyRequest deliver(UUID id, String note, Actor actor) {
        return step(id, actor, RequestStatus.RESULT_DELIVERED, RequestEvents.Kind.DELIVERED, note, (r, now) -> r.deliveredAt = now);
    }

    /** The resident confirms they have the result. */
    @Transactional
    public ProxyRequest close(UUID id, String confirmation, Actor actor) {
        return step(id, actor, RequestStatus.CLOSED, RequestEvents.Kind.CLOSED, confirmation, (r, now) -> r.closedAt = now);
    }

    @Transactional
    public ProxyRequest cancel(UUID id, String reason, Actor actor) {
        return step(id, actor, RequestStatus.CANCELLED, RequestEvents.Kind.CANCELLED, reason, (r, now) -> r.cancelReason = reason);
    }

    /** One step of a request: the transition, what it changes, and its event. */
    private ProxyRequest step(UUID id, Actor actor, RequestStatus next, RequestEvents.Kind kind, String note,
                              java.util.function.BiConsumer<ProxyRequest, OffsetDateTime> change) {
        ProxyRequest r = visible(id, actor);
        OffsetDateTime now = now();
        r.moveTo(next, actor.subject(), note, now);
        change.accept(r, now);
        publish(kind, r, actor, note, now, null);
        return r;
    }

    ProxyRequest visible(UUID id, Actor actor) {
        ProxyRequest r = ProxyRequest.require(id);
        if (!actor.may(r)) {
            throw ProblemException.notFound("entity.request", id);
        }
        return r;
    }

    private void assign(ProxyRequest r, Agent agent, String actor, String reason, OffsetDateTime now) {
        boolean first = r.agentId == null;
        r.moveTo(RequestStatus.ASSIGNED, actor, first ? agent.name : agent.name + "：" + reason, now);
        r.agentId = agent.id;
        r.assignedAt = now;
        r.firstContactDue = calendar.days().plus(calendar.today(), firstContactDays);
        events.publish(first ? RequestEvents.Kind.ASSIGNED : RequestEvents.Kind.REASSIGNED, r, agent.level.name(), actor,
                reason, now, null);
    }

    private void publish(RequestEvents.Kind kind, ProxyRequest r, Actor actor, String note, OffsetDateTime now, Object submission) {
        String level = r.agentId == null ? null : Agent.<Agent>findByIdOptional(r.agentId).map(a -> a.level.name()).orElse(null);
        events.publish(kind, r, level, actor.subject(), note, now, submission);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
