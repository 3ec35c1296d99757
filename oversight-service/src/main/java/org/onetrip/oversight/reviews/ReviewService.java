package org.onetrip.oversight.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.onetrip.oversight.OversightConfig;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.errors.ProblemMessages;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reviews of completed cases and the rectification of bad ones. */
@ApplicationScoped
public class ReviewService {
    private static final Logger LOG = Logger.getLogger(ReviewService.class);
    /** Who a review from the public look-up is by: whoever held the case's number and lookup code. */
    private static final String LOOKUP_REVIEWER = "lookup-code";

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final DefaultRatings defaultRatings;
    private final int callbackDays;
    private final int rectificationDays;

    ReviewService(WorkingDayCalendar calendar, Clock clock, DefaultRatings defaultRatings, OversightConfig config) {
        this.calendar = calendar;
        this.defaultRatings = defaultRatings;
        this.clock = clock;
        this.callbackDays = config.callbackWorkingDays();
        this.rectificationDays = config.rectificationWorkingDays();
    }

    /**
     * The applicant rates their own completed case (online, as its submitter), or at the window's rating
     * device through the clerk. Once; a second time only after a bad review's rectification was verified.
     */
    @Transactional
    public ReviewView rate(NewReview given, Caller caller) {
        String caseNumber = given.caseNumber();
        WatchedCase c = WatchedCase.<WatchedCase>findByIdOptional(caseNumber)
                .filter(found -> caller.actsAs(Roles.APPLICANT)
                        ? caller.subject().equals(found.submittedBy) && Roles.APPLICANT.equals(found.submittedAs)
                        : caller.covers(found.jurisdiction))
                .orElseThrow(() -> ProblemException.notFound("entity.case", caseNumber));
        ReviewChannel channel = given.channel() != null ? given.channel()
                : caller.actsAs(Roles.CLERK) ? ReviewChannel.WINDOW_DEVICE : ReviewChannel.PORTAL;
        return ReviewView.of(record(c, given, caller.subject(), channel, OffsetDateTime.now(clock)));
    }

    /**
     * A rating the resident gave on intake's public look-up, with the case's lookup code (intake checked it and that
     * the case was completed, and forwarded it after the case's earlier events). The first rating of a case counts:
     * one given meanwhile at the window or online keeps its place, and this one is left out, said in the log.
     */
    @Transactional
    public void rateByLookupCode(WatchedCase c, NewReview given, OffsetDateTime at) {
        if (Review.count("caseNumber", c.number) > 0) {
            LOG.infof("Case %s was rated already; the rating from the look-up at %s is left out", c.number, at);
            return;
        }
        record(c, given, LOOKUP_REVIEWER, given.channel() == null ? ReviewChannel.PORTAL : given.channel(), at);
    }

    /** Records a rating of a completed case, once (or a second time after a verified rectification), opening the rectification of a bad one. */
    private Review record(WatchedCase c, NewReview given, String reviewer, ReviewChannel channel, OffsetDateTime at) {
        String caseNumber = c.number;
        if (!"COMPLETED".equals(c.status) && !"DELIVERED".equals(c.status)) {
            throw new ProblemException(ProblemKind.CONFLICT, "review.not-completed", new ProblemMessages.Key("status." + c.status));
        }
        List<Review> earlier = Review.list("caseNumber = ?1 order by round", caseNumber);
        int round = earlier.size() + 1;
        if (round == 2) {
            Optional<Rectification> rect = Rectification.find("reviewId", earlier.get(0).id).firstResultOptional();
            if (rect.isEmpty() || rect.get().status != Rectification.Status.VERIFIED) {
                throw new ProblemException(ProblemKind.CONFLICT, "review.already-rated");
            }
        } else if (round > 2) {
            throw new ProblemException(ProblemKind.CONFLICT, "review.already-rated");
        }
        ReviewTarget target = given.evaluates() == null ? ReviewTarget.CASE : given.evaluates();
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.caseNumber = caseNumber;
        review.round = round;
        review.rating = given.rating();
        review.comment = given.comment();
        review.dimensions = given.dimensions() == null ? Map.of() : Map.copyOf(given.dimensions());
        review.reviewer = reviewer;
        review.caseChannel = c.channel;
        review.channel = channel;
        review.evaluates = target;
        review.evaluated = evaluated(target, given.evaluated(), c);
        review.jurisdiction = c.jurisdiction;
        review.departments = c.departments;
        review.reviewedAt = at;
        review.persist();
        defaultRatings.rated(caseNumber);
        if (round == 1 && given.rating().bad()) {
            open(review, c);
        }
        return review;
    }

    /**
     * A rating as given: the case and the rating, optional comment and dimension scores, the channel it came through
     * (the window's rating device for a clerk, the government service portal for an applicant, when not said), and
     * what it evaluates (the case when not said; a department of the case by its code; the window clerk by login).
     */
    public record NewReview(@NotBlank @Size(max = 40) String caseNumber, @NotNull Rating rating,
                            @Size(max = 1000) String comment,
                            @Size(max = 4) Map<@Pattern(regexp = "efficiency|guideAccuracy|convenience|attitude") String,
                                    @NotNull @Min(1) @Max(5) Integer> dimensions,
                            ReviewChannel channel, ReviewTarget evaluates, @Size(max = 100) String evaluated) {
    }

    /** Whom a review evaluates: a department must be one of the case's, a clerk must be named; the case is itself. */
    private static String evaluated(ReviewTarget target, String evaluated, WatchedCase c) {
        return switch (target) {
            case CASE -> null;
            case DEPARTMENT -> {
                if (evaluated == null || !List.of(c.departments).contains(evaluated)) {
                    throw new ProblemException(ProblemKind.UNPROCESSABLE, List.of(new FieldViolation("evaluated",
                            "review.department-not-of-case", String.join("、", c.departments))), "validation", 1);
                }
                yield evaluated;
            }
            case CLERK -> {
                if (evaluated == null || evaluated.isBlank()) {
                    throw ProblemException.invalid(List.of(new FieldViolation("evaluated", "review.clerk-needed")));
                }
                yield evaluated.strip();
            }
        };
    }

    @Transactional
    public RectificationView callBack(UUID id, String note, Caller caller) {
        Rectification r = departments(id, caller);
        r.moveTo(Rectification.Status.CALLED_BACK);
        r.calledBackAt = OffsetDateTime.now(clock);
        r.callbackNote = note;
        return RectificationView.of(r);
    }

    @Transactional
    public RectificationView report(UUID id, String report, Caller caller) {
        Rectification r = departments(id, caller);
        r.moveTo(Rectification.Status.REPORTED);
        r.reportedAt = OffsetDateTime.now(clock);
        r.report = report;
        return RectificationView.of(r);
    }

    /** A supervisor accepts the report (the applicant may then rate again) or sends it back. */
    @Transactional
    public RectificationView verify(UUID id, boolean accepted, String verdict, Caller caller) {
        Rectification r = departments(id, caller);
        r.moveTo(accepted ? Rectification.Status.VERIFIED : Rectification.Status.CALLED_BACK);
        r.verdict = verdict;
        if (accepted) {
            r.verifiedAt = OffsetDateTime.now(clock);
            r.verifiedBy = caller.subject();
        } else {
            r.reportedAt = null;
        }
        return RectificationView.of(r);
    }

    @Transactional
    public RectificationView appeal(UUID id, String reason, Caller caller) {
        Rectification r = departments(id, caller);
        r.moveTo(Rectification.Status.APPEALED);
        r.appealReason = reason;
        return RectificationView.of(r);
    }

    /** Upheld: the review stays on record but leaves the figures. Rejected: the rectification goes on. */
    @Transactional
    public RectificationView decideAppeal(UUID id, boolean upheld, Caller caller) {
        Rectification r = departments(id, caller);
        r.moveTo(upheld ? Rectification.Status.APPEAL_UPHELD : Rectification.Status.OPEN);
        r.appealDecision = upheld ? "UPHELD" : "REJECTED";
        if (upheld) {
            Review.<Review>findByIdOptional(r.reviewId).ifPresent(review -> review.excluded = true);
        }
        return RectificationView.of(r);
    }

    private void open(Review review, WatchedCase c) {
        LocalDate today = calendar.today();
        Rectification r = new Rectification();
        r.id = UUID.randomUUID();
        r.reviewId = review.id;
        r.caseNumber = c.number;
        r.department = review.evaluates == ReviewTarget.DEPARTMENT ? review.evaluated
                : c.departments.length == 0 ? "-" : c.departments[0];
        r.jurisdiction = c.jurisdiction;
        r.status = Rectification.Status.OPEN;
        r.openedOn = today;
        r.callbackDue = calendar.days().plus(today, callbackDays);
        r.reportDue = calendar.days().plus(today, rectificationDays);
        r.persist();
    }

    private static Rectification require(UUID id) {
        return Rectification.<Rectification>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("entity.rectification", id));
    }

    /** An officer acts only on their own department's rectifications, a supervisor on their jurisdiction's. */
    private static Rectification departments(UUID id, Caller caller) {
        Rectification r = require(id);
        boolean mine = caller.is(Roles.OFFICER) && !caller.is(Roles.SUPERVISOR) ? r.department.equals(caller.department())
                : caller.covers(r.jurisdiction);
        if (!mine) {
            throw ProblemException.notFound("entity.rectification", id);
        }
        return r;
    }
}
