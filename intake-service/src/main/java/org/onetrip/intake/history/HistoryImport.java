package org.onetrip.intake.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.onetrip.intake.cases.CaseDepartment;
import org.onetrip.intake.cases.CaseEvents;
import org.onetrip.intake.cases.CaseNumbers;
import org.onetrip.intake.cases.CaseService;
import org.onetrip.intake.cases.CaseStatus;
import org.onetrip.intake.cases.CaseTransition;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.LookupCodes;
import org.onetrip.intake.cases.Notice;
import org.onetrip.intake.replica.ItemRequirements;
import org.onetrip.intake.replica.PublishedItem;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings a town's finished cases over from the system it used before, all or nothing: every row is checked first and
 * any error imports none (each named by its row and field). An imported case keeps its dates and its old number, is
 * marked {@code imported}, and is announced once as {@code case.imported.v1} — for oversight's figures and boards of
 * those months, not for departments, which have decided it long ago.
 */
@ApplicationScoped
public class HistoryImport {
    /** Finished cases only: a running one would have to be worked on here, and is entered at the window instead. */
    private static final Set<CaseStatus> FINISHED = Set.of(CaseStatus.COMPLETED, CaseStatus.DELIVERED, CaseStatus.NOT_ACCEPTED,
            CaseStatus.WITHDRAWN);

    private final CaseService cases;
    private final CaseNumbers numbers;
    private final LookupCodes lookupCodes;
    private final CaseEvents events;
    private final WorkingDayCalendar calendar;
    private final Validator validator;
    private final Clock clock;

    HistoryImport(CaseService cases, CaseNumbers numbers, LookupCodes lookupCodes, CaseEvents events, WorkingDayCalendar calendar,
                  Validator validator, Clock clock) {
        this.cases = cases;
        this.numbers = numbers;
        this.lookupCodes = lookupCodes;
        this.events = events;
        this.calendar = calendar;
        this.validator = validator;
        this.clock = clock;
    }

    /** How an error is named: {@code [3].submittedAt} for the API, {@code rows[5].申请时间} for a spreadsheet. */
    public interface Naming {
        String field(int index, String field);
    }

    public record Result(int imported, List<String> numbers) {
    }

    @Transactional
    public Result importAll(List<HistoricalCase> rows, Naming naming, Caller caller) {
        return importAll(rows, naming, List.of(), caller);
    }

    /** @param found what reading the rows already found wrong (a cell that is no date, say): named once, with the rest */
    @Transactional
    public Result importAll(List<HistoricalCase> rows, Naming naming, List<FieldViolation> found, Caller caller) {
        List<FieldViolation> errors = new ArrayList<>(found);
        Set<String> named = new HashSet<>();
        found.forEach(f -> named.add(f.field()));
        Set<String> legacy = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            HistoricalCase row = rows.get(i);
            int index = i;
            validator.validate(row).stream().map(v -> new FieldViolation(naming.field(index, v.getPropertyPath().toString()),
                    "import.value", v.getMessage())).filter(v -> !named.contains(v.field())).forEach(errors::add);
            problems(row, caller).stream().map(p -> new FieldViolation(naming.field(index, p.field()), p.messageKey(), p.arguments()))
                    .filter(p -> !named.contains(p.field())).forEach(errors::add);
            if (row.legacyNumber() != null && (!legacy.add(row.legacyNumber())
                    || IntakeCase.count("legacyNumber", row.legacyNumber()) > 0)) {
                errors.add(new FieldViolation(naming.field(index, "legacyNumber"), "history.legacy-number-taken", row.legacyNumber()));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new FieldViolation("rows", "import.empty"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemKind.VALIDATION, errors, "import.invalid", errors.size());
        }
        return new Result(rows.size(), rows.stream().map(row -> create(row, caller).number).toList());
    }

    /** What is wrong with a row beyond the form of its fields: the item, the place, the status and the order of its dates. */
    private List<FieldViolation> problems(HistoricalCase row, Caller caller) {
        List<FieldViolation> problems = new ArrayList<>();
        if (Jurisdictions.isValid(row.jurisdiction()) && !caller.covers(row.jurisdiction())) {
            problems.add(new FieldViolation("jurisdiction", "history.outside", row.jurisdiction()));
        }
        if (row.itemCode() != null) {
            Optional<PublishedItem> item = latest(row.itemCode());
            if (item.isEmpty()) {
                problems.add(new FieldViolation("itemCode", "history.unknown-item", row.itemCode()));
            } else if (Jurisdictions.isValid(row.jurisdiction())
                    && !Jurisdictions.covers(item.get().requirements.jurisdiction(), row.jurisdiction())) {
                problems.add(new FieldViolation("jurisdiction", "case.not-implemented-here", row.itemCode(),
                        item.get().requirements.jurisdiction()));
            }
        }
        if (row.status() == null || row.submittedAt() == null) {
            return problems; // the form check names these
        }
        if (!FINISHED.contains(row.status())) {
            problems.add(new FieldViolation("status", "history.unfinished"));
        }
        if (Jurisdictions.isValid(row.jurisdiction())) {
            Optional<LocalDate> goLive = GoLive.of(row.jurisdiction());
            if (goLive.isEmpty()) {
                problems.add(new FieldViolation("jurisdiction", "history.no-go-live", row.jurisdiction()));
            } else {
                beforeGoLive(problems, goLive.get(), "submittedAt", row.submittedAt());
                beforeGoLive(problems, goLive.get(), "completedAt", row.completedAt());
                beforeGoLive(problems, goLive.get(), "deliveredAt", row.deliveredAt());
            }
        }
        if (row.submittedAt().isAfter(OffsetDateTime.now(clock))) {
            problems.add(new FieldViolation("submittedAt", "history.future"));
        }
        boolean decided = row.status() == CaseStatus.COMPLETED || row.status() == CaseStatus.DELIVERED;
        if (decided) {
            require(problems, row.acceptedOn(), "acceptedOn");
            require(problems, row.promisedDays(), "promisedDays");
            require(problems, row.completedAt(), "completedAt");
            require(problems, row.decision(), "decision");
            if (row.acceptedOn() != null && row.acceptedOn().isBefore(day(row.submittedAt()))) {
                problems.add(new FieldViolation("acceptedOn", "history.date-order"));
            }
            if (row.completedAt() != null && row.acceptedOn() != null && day(row.completedAt()).isBefore(row.acceptedOn())) {
                problems.add(new FieldViolation("completedAt", "history.date-order"));
            }
        }
        if (row.status() == CaseStatus.DELIVERED) {
            require(problems, row.deliveryMethod(), "deliveryMethod");
            require(problems, row.deliveredAt(), "deliveredAt");
            if (row.deliveredAt() != null && row.completedAt() != null && row.deliveredAt().isBefore(row.completedAt())) {
                problems.add(new FieldViolation("deliveredAt", "history.date-order"));
            }
        }
        return problems;
    }

    /** History is what was finished before the jurisdiction went live; anything later belongs at the window. */
    private static void beforeGoLive(List<FieldViolation> problems, LocalDate goLive, String field, OffsetDateTime at) {
        if (at != null && !day(at).isBefore(goLive)) {
            problems.add(new FieldViolation(field, "history.after-go-live", goLive));
        }
    }

    private IntakeCase create(HistoricalCase row, Caller caller) {
        PublishedItem item = latest(row.itemCode()).orElseThrow();
        ItemRequirements requirements = item.requirements;
        OffsetDateTime last = Stream.of(row.submittedAt(), row.completedAt(), row.deliveredAt()).filter(t -> t != null)
                .max(OffsetDateTime::compareTo).orElseThrow();
        IntakeCase c = new IntakeCase();
        c.number = numbers.next(row.jurisdiction(), day(row.submittedAt()).getYear());
        c.status = row.status();
        c.itemCode = item.code;
        c.itemVersion = item.version;
        c.itemName = item.name;
        c.jurisdiction = row.jurisdiction();
        c.channel = row.channel();
        cases.sealApplicant(c, row.applicant());
        lookupCodes.issue(c);
        c.facts = List.of();
        c.materials = List.of();
        c.notice = new Notice(List.of(), List.of(), List.of(), List.of());
        c.submittedBy = caller.subject();
        c.submittedAs = caller.primaryRole();
        c.submittedAt = row.submittedAt();
        c.trips = row.trips();
        c.imported = true;
        c.legacyNumber = row.legacyNumber();
        if (row.acceptedOn() != null && row.promisedDays() != null) {
            c.acceptedOn = row.acceptedOn();
            c.acceptedAt = row.acceptedOn().atTime(9, 0).atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
            c.promisedDays = row.promisedDays();
            c.dueDate = calendar.days().plus(row.acceptedOn(), row.promisedDays());
        }
        c.completedAt = row.completedAt();
        c.decision = row.decision();
        c.result = row.result();
        c.deliveryMethod = row.deliveryMethod();
        c.deliveredAt = row.deliveredAt();
        if (row.status() == CaseStatus.NOT_ACCEPTED || row.status() == CaseStatus.WITHDRAWN) {
            c.closingReason = "历史办件";
        }
        c.updatedAt = last;
        c.persist();
        if (c.acceptedOn != null) {
            for (CaseDepartment d : CaseDepartment.routeTo(c, requirements)) {
                d.stage = CaseDepartment.Stage.DECIDED;
                d.decision = row.decision();
                d.decidedAt = row.completedAt();
            }
        }
        String note = "历史办件导入" + (row.legacyNumber() == null ? "" : "（原编号 " + row.legacyNumber() + "）");
        CaseTransition.of(c, null, c.status, caller.subject(), note, last).persist();
        events.publish(CaseEvents.Kind.IMPORTED, c, caller.subject(), CaseEvents.ActorKind.of(caller), null, note, last);
        return c;
    }

    /** The item's latest published version, withdrawn or not: an old case may be of an item no longer offered. */
    private static Optional<PublishedItem> latest(String code) {
        return PublishedItem.<PublishedItem>find("code = ?1 order by version desc", code).firstResultOptional();
    }

    private static void require(List<FieldViolation> problems, Object value, String field) {
        if (value == null) {
            problems.add(new FieldViolation(field, "history.required"));
        }
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
