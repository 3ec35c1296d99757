package org.onetrip.intake.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.intake.appointments.AppointmentViews.Called;
import org.onetrip.intake.appointments.AppointmentViews.CentreView;
import org.onetrip.intake.appointments.AppointmentViews.Display;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.security.Jurisdictions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.onetrip.platform.documents.DocumentHtml.escape;

/** Reading centres and the hall's display; the display and centres are public, and name no one. */
@ApplicationScoped
public class QueueQueries {
    private static final int CALLS_SHOWN = 8;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Centres centres;
    private final Clock clock;

    QueueQueries(Centres centres, Clock clock) {
        this.centres = centres;
        this.clock = clock;
    }

    @Transactional
    public List<CentreView> centres(String jurisdiction) {
        return ServiceCentre.<ServiceCentre>list("jurisdiction like ?1 order by code",
                        jurisdiction == null ? "%" : Jurisdictions.likePattern(jurisdiction))
                .stream().map(CentreView::of).toList();
    }

    @Transactional
    public CentreView centre(String code) {
        return CentreView.of(ServiceCentre.require(code));
    }

    @Transactional
    public List<Centres.Slot> slots(String code, LocalDate from, int days) {
        return centres.slots(ServiceCentre.require(code), from == null ? LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)) : from, days);
    }

    @Transactional
    public Display display(String code) {
        ServiceCentre centre = ServiceCentre.require(code);
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
        List<Called> calling = QueueTicket.<QueueTicket>find("centreCode = ?1 and day = ?2 and calledAt is not null order by calledAt desc",
                        centre.code, today).page(0, CALLS_SHOWN).list().stream()
                .map(t -> new Called(t.number, t.windowNumber, t.calledAt)).toList();
        long waiting = QueueTicket.count("centreCode = ?1 and day = ?2 and status = ?3", centre.code, today, QueueTicket.Status.WAITING);
        return new Display(centre.code, centre.name, today, OffsetDateTime.now(clock), calling, waiting);
    }

    /** The display as a page a screen in the hall shows full-screen; it reloads itself every five seconds. */
    public String displayPage(Display d) {
        StringBuilder rows = new StringBuilder();
        for (Called c : d.calling()) {
            rows.append("<tr><td class=\"ticket\">").append(escape(c.ticket())).append("</td><td>请到 ")
                    .append(escape(c.window())).append(" 号窗口</td><td class=\"time\">")
                    .append(HH_MM.format(c.calledAt().atZoneSameInstant(WorkingDayCalendar.ZONE))).append("</td></tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
                <title>%s 叫号</title>
                <style>body{font-family:sans-serif;background:#0b3d2e;color:#fff;margin:2rem}h1{font-size:2.5rem;margin:0 0 1rem}
                table{width:100%%;font-size:2.2rem;border-collapse:collapse}td{padding:.6rem;border-bottom:1px solid #2d6a4f}
                tr:first-child{color:#ffd166;font-weight:bold}.ticket{font-size:3rem;width:30%%}.time{text-align:right;opacity:.7}
                p{font-size:1.6rem}</style></head>
                <body><h1>%s</h1>
                <table>
                %s</table>
                <p>等候人数：%d</p></body></html>
                """.formatted(escape(d.name()), escape(d.name()), rows.isEmpty() ? "<tr><td>暂无叫号</td></tr>\n" : rows, d.waiting());
    }
}
