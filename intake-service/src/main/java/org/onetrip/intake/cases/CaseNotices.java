package org.onetrip.intake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onetrip.intake.replica.ItemRequirements;
import org.onetrip.platform.notifications.MessageKind;
import org.onetrip.platform.notifications.Notifications;
import org.onetrip.platform.personaldata.PersonalData;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a case's applicant hears without coming (SMS to the phone, e-mail if given): the one-time notice of what is
 * missing, acceptance (number, look-up code, promised date), a department's request for more, suspension and
 * resumption, completion and how the result comes, and the 好差评 invitation once it is delivered. Recorded with the
 * case's event, in its transaction; intake holds the phone, so intake sends and no address travels on a topic.
 */
@ApplicationScoped
public class CaseNotices implements MessageKind.Declared {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** What every case message may say (docs/notifications.md); a town's wording may name these and nothing else. */
    static final Set<String> FIELDS = Set.of("number", "item", "lookupCode", "lookupUrl", "note", "acceptedOn", "dueDate",
            "place", "phone", "missing", "defective", "gaps", "decision", "delivery", "collection", "electronicResults");
    /** Only the resident may read their look-up code: the record and the log show it masked. */
    private static final Set<String> SECRET = Set.of("lookupCode");
    private static final List<String> KINDS = List.of("case-incomplete", "case-supplement-requested", "case-accepted",
            "case-not-accepted", "case-suspended", "case-resumed", "case-completed", "case-rating-invitation");

    private final Notifications notifications;
    private final LookupCodes lookupCodes;
    private final PersonalData personalData;
    private final String lookupUrl;

    CaseNotices(Notifications notifications, LookupCodes lookupCodes, PersonalData personalData,
                @ConfigProperty(name = "onetrip.notifications.lookup-url", defaultValue = "http://localhost:8080/lookup") String lookupUrl) {
        this.notifications = notifications;
        this.lookupCodes = lookupCodes;
        this.personalData = personalData;
        this.lookupUrl = lookupUrl;
    }

    @Override
    public List<MessageKind> kinds() {
        return KINDS.stream().map(kind -> new MessageKind(kind, FIELDS, SECRET)).toList();
    }

    /** The message a case event calls for, if any: recorded once for the event. */
    void on(CaseEvents.Kind kind, IntakeCase c, UUID eventId, String department, String note) {
        String notice = switch (kind) {
            case SUPPLEMENT_REQUESTED -> department == null ? "case-incomplete" : "case-supplement-requested";
            case ACCEPTED -> "case-accepted";
            case NOT_ACCEPTED -> "case-not-accepted";
            case SUSPENDED -> "case-suspended";
            case RESUMED -> "case-resumed";
            case COMPLETED -> "case-completed";
            case DELIVERED -> "case-rating-invitation";
            default -> null;
        };
        if (notice == null || c.imported) {
            return;
        }
        notifications.record(new Notifications.Notice(eventId, notice, Notifications.categoryOf(c.itemCode), c.number, c.jurisdiction, data(c, note)),
                new Notifications.Recipient(personalData.open(c.phone, c.sealedAt("phone_sealed")),
                        personalData.open(c.email, c.sealedAt("email_sealed"))));
    }

    private Map<String, String> data(IntakeCase c, String note) {
        ItemRequirements item = CaseService.requirements(c);
        List<String> missing = c.notice == null ? List.of() : c.notice.missing().stream().map(m -> m.name()).toList();
        List<String> defective = c.notice == null ? List.of()
                : c.notice.defective().stream().map(m -> m.name() + "（" + m.reason() + "）").toList();
        List<String> gaps = new ArrayList<>(missing);
        defective.forEach(d -> gaps.add("需更正 " + d));
        String delivery = c.deliveryMethod == null ? "窗口领取" : switch (c.deliveryMethod) {
            case WINDOW_PICKUP -> "窗口领取";
            case EXPRESS_MAIL -> "邮寄送达";
            case PROXY_AGENT -> "代办员送达";
            case ELECTRONIC -> "电子送达";
        };
        String electronic = String.join("、", ElectronicResult.of(c).stream().map(ElectronicResult::title).toList());
        String place = item.place() == null ? "办事窗口" : item.place();
        boolean pickup = c.deliveryMethod == null || c.deliveryMethod == IntakeCase.DeliveryMethod.WINDOW_PICKUP;
        Map<String, String> data = new HashMap<>();
        data.put("number", c.number);
        data.put("item", c.itemName);
        data.put("lookupCode", String.valueOf(lookupCodes.of(c)));
        data.put("lookupUrl", lookupUrl);
        data.put("note", note == null ? "" : note);
        data.put("acceptedOn", date(c.acceptedOn));
        data.put("dueDate", date(c.dueDate));
        data.put("place", place);
        data.put("phone", item.consultationPhone() == null ? "" : item.consultationPhone());
        data.put("missing", String.join("；", missing));
        data.put("defective", String.join("；", defective));
        data.put("gaps", String.join("；", gaps));
        data.put("decision", c.decision == IntakeCase.Decision.APPROVED ? "准予" : "不予");
        data.put("delivery", c.deliveryMethod == IntakeCase.DeliveryMethod.ELECTRONIC && !electronic.isEmpty()
                ? delivery + "：" + electronic : delivery);
        data.put("electronicResults", electronic);
        data.put("collection", pickup ? "请带身份证件到" + place + "领取结果文书。" : "结果将以" + delivery + "方式送达。");
        return data;
    }

    private static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}
