package org.onetrip.oversight.board;

import io.quarkus.qute.Template;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.oversight.reviews.Rating;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.CsvCells;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The figures for dashboards, and the weekly public board as JSON, CSV and a printable page. Public, no personal data. */
@Path("/api/v1")
@Tag(name = "figures and the weekly board", description = "周三上墙日 and the reform's indicators")
public class BoardResource {
    private final FiguresCalculator calculator;
    private final WeeklyBoard board;
    private final WorkingDayCalendar calendar;
    private final Template weeklyBoard;
    private final Scope scope;
    private final Clock clock;

    BoardResource(FiguresCalculator calculator, WeeklyBoard board, WorkingDayCalendar calendar, Template weeklyBoard,
                  Scope scope, Clock clock) {
        this.clock = clock;
        this.scope = scope;
        this.calculator = calculator;
        this.board = board;
        this.calendar = calendar;
        this.weeklyBoard = weeklyBoard;
    }

    @GET
    @Path("/figures")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Figures", description = "Any jurisdiction and period (from..to, China time; this year by default).")
    public Figures figures(@QueryParam("jurisdiction") @NotBlank String jurisdiction, @QueryParam("from") LocalDate from,
                           @QueryParam("to") LocalDate to) {
        Jurisdictions.requireValid("jurisdiction", jurisdiction);
        LocalDate end = to != null ? to : calendar.today();
        return calculator.compute(jurisdiction, from != null ? from : end.withDayOfYear(1), end);
    }

    @GET
    @Path("/board/{jurisdiction}/weeks/{weekStart}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A weekly report", description = "As made on its Wednesday; the week still running, as it stands now "
            + "(anyone: the same figures as /figures for these days); recompute=true (supervisors) computes a past week again "
            + "from the events, for comparison.")
    public Figures week(@PathParam("jurisdiction") String jurisdiction, @PathParam("weekStart") LocalDate weekStart,
                        @QueryParam("recompute") @DefaultValue("false") boolean recompute) {
        return shown(jurisdiction, weekStart, recompute).figures();
    }

    @GET
    @Path("/board/{jurisdiction}/weeks/{weekStart}.csv")
    @PermitAll
    @Produces("text/csv")
    @Operation(summary = "A weekly report as CSV", description = "As for the JSON.")
    public String csv(@PathParam("jurisdiction") String jurisdiction, @PathParam("weekStart") LocalDate weekStart,
                      @QueryParam("recompute") @DefaultValue("false") boolean recompute) {
        Shown shown = shown(jurisdiction, weekStart, recompute);
        Figures f = shown.figures();
        StringBuilder csv = new StringBuilder("\uFEFF").append(CsvCells.line("指标", "数值"))
                .append(CsvCells.line("区划", (f.jurisdictionName() == null ? f.jurisdiction() : f.jurisdictionName())
                        + "（" + f.jurisdiction() + "）"))
                .append(CsvCells.line("统计周期", f.from() + " 至 " + f.to()))
                .append(CsvCells.line("生成", shown.made()));
        for (String[] row : rows(f)) {
            csv.append(CsvCells.line(row));
        }
        f.departments().forEach(r -> csv.append(CsvCells.line("部门排名 " + r.place(), r.name() + " " + r.percent() + "%")));
        f.villages().forEach(r -> csv.append(CsvCells.line("村社排名 " + r.place(), r.name() + " " + r.completed())));
        return csv.toString();
    }

    @GET
    @Path("/board/{jurisdiction}/weeks/{weekStart}.html")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A weekly report as a printable page", description = "In Chinese, fit to post on the wall; the week still "
            + "running and a recomputed week are marked as not posted.")
    public String html(@PathParam("jurisdiction") String jurisdiction, @PathParam("weekStart") LocalDate weekStart,
                       @QueryParam("recompute") @DefaultValue("false") boolean recompute) {
        Shown shown = shown(jurisdiction, weekStart, recompute);
        return weeklyBoard.data("made", shown.made()).data("f", shown.figures()).data("rows", rows(shown.figures())).render();
    }

    /** A week's figures and what the page says of when and how they were made. */
    private record Shown(Figures figures, String made) {
    }

    /**
     * The posted report; the week still running as it stands (anyone may see it, as /figures shows any period); or,
     * for a supervisor who asks, a past week computed again from the events.
     */
    private Shown shown(String jurisdiction, LocalDate weekStart, boolean recompute) {
        Jurisdictions.requireValid("jurisdiction", jurisdiction);
        LocalDate monday = weekStart.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate today = calendar.today();
        boolean running = !today.isBefore(monday) && !today.isAfter(monday.plusDays(6));
        if (recompute || running) {
            if (recompute) {
                requireSupervisorOf(jurisdiction);
            }
            return new Shown(calculator.compute(jurisdiction, monday, monday.plusDays(6)), OffsetDateTime.now(clock)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + (recompute ? "（重新计算，未上墙）" : "（本周进行中，未上墙）"));
        }
        WeeklyReport report = board.posted(jurisdiction, monday);
        return new Shown(report.figures, String.valueOf(report.madeAt));
    }

    @POST
    @Path("/board/{jurisdiction}/weeks/{weekStart}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a week's report", description = "For a past week that has none; an existing report is returned unchanged.")
    public Figures make(@PathParam("jurisdiction") String jurisdiction, @PathParam("weekStart") LocalDate weekStart) {
        Jurisdictions.requireValid("jurisdiction", jurisdiction);
        requireSupervisorOf(jurisdiction);
        return board.make(jurisdiction, weekStart).figures;
    }

    private void requireSupervisorOf(String jurisdiction) {
        if (scope.caller().subject() == null) {
            throw new UnauthorizedException();
        }
        if (!scope.caller().is(Roles.SUPERVISOR)) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
        scope.caller().requireCovering(jurisdiction);
    }

    /** The board's lines, in the order they are posted. */
    static List<String[]> rows(Figures f) {
        List<String[]> rows = new java.util.ArrayList<>(List.of(
                new String[] {"改革清单事项 / 全部事项", f.reformListedItems() + " / " + f.items() + "（" + f.reformListedPercent() + "%）"},
                new String[] {"本周申请办件", String.valueOf(f.casesSubmitted())},
                new String[] {"本周受理办件", String.valueOf(f.casesAccepted())},
                new String[] {"本周办结办件", String.valueOf(f.casesCompleted())},
                new String[] {"其中经综合受理窗口办结", f.completedThroughWindow() + "（" + f.windowPercent() + "%）"},
                new String[] {"按时办结率", f.onTimePercent() + "%"},
                new String[] {"零跑腿占比", f.zeroTripPercent() + "%"},
                new String[] {"最多跑一次占比", f.atMostOneTripPercent() + "%"},
                new String[] {"临期预警 / 超期办件", f.deadlineWarnings() + " / " + f.deadlineBreaches()},
                new String[] {"代办申请 / 代办送达", f.proxyRequestsReceived() + " / " + f.proxyRequestsDelivered()},
                new String[] {"差评 / 回访率 / 差评整改率", f.badReviews() + " / " + percent(f.calledBackPercent()) + " / " + percent(f.rectifiedPercent())},
                new String[] {"整改中 / 逾期整改", f.openRectifications() + " / " + f.overdueRectifications()},
                new String[] {"未在期限内评价（按默认评价）", String.valueOf(f.reviewsDefaulted())},
                new String[] {"收到投诉 / 办结投诉", f.complaintsReceived() + " / " + f.complaintsClosed()},
                new String[] {"容缺受理 / 按期补交 / 逾期未补", f.toleratedAcceptances() + " / " + f.commitmentsKept() + " / "
                        + f.commitmentsBroken()}));
        if (f.channels() != null) { // after the window's share; reports made before the channels were counted have none
            rows.add(5, new String[] {"办结件受理渠道：综合窗口 / 代办 / 部门窗口 / 网上", f.channels().window() + " / "
                    + f.channels().proxy() + " / " + f.channels().departmentCounter() + " / " + f.channels().online()});
        }
        if (f.hall() != null) { // reports made before the halls were counted have none
            rows.add(new String[] {"大厅叫号 / 平均等候（分钟） / 最长等候（分钟）", f.hall().numbersCalled() + " / "
                    + f.hall().averageWaitMinutes() + " / " + f.hall().longestWaitMinutes()});
            rows.add(new String[] {"过号未到 / 预约爽约", f.hall().numbersNotAnswered() + " / " + f.hall().bookingsMissed()});
        }
        for (Rating rating : Rating.values()) {
            rows.add(new String[] {"评价：" + rating.label(), String.valueOf(f.reviews().getOrDefault(rating.name(), 0L))});
        }
        return rows;
    }

    /** A share as posted; reports made before a share was counted show a dash. */
    private static String percent(java.math.BigDecimal share) {
        return share == null ? "—" : share + "%";
    }
}
