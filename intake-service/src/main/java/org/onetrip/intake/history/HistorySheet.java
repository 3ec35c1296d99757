package org.onetrip.intake.history;

import org.onetrip.intake.cases.CaseStatus;
import org.onetrip.intake.cases.Channel;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.Submission;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.sheets.RowReader;
import org.onetrip.platform.sheets.SheetFormat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The historical cases spreadsheet, as a town's old system exports it (CSV or XLSX, columns in Chinese; see
 * docs/intake.md). Values are read by their Chinese labels; a time is {@code 2026-03-02 09:30}, ISO 8601, or a date
 * alone (noon, China time).
 */
final class HistorySheet {
    static final List<String> COLUMNS = List.of("原办件编号", "事项编码", "办件区划", "受理渠道", "申请人类型", "申请人名称",
            "证件号码", "联系电话", "申请时间", "受理日期", "承诺时限", "办结时间", "办理结果", "结果文书", "送达方式", "送达时间",
            "到现场次数", "办件状态");
    static final Set<String> OPTIONAL = Set.of("原办件编号", "结果文书");
    /** The column each field of a {@link HistoricalCase} is read from, so that errors name what staff see. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("legacyNumber", "原办件编号"), Map.entry("itemCode", "事项编码"),
            Map.entry("jurisdiction", "办件区划"), Map.entry("channel", "受理渠道"), Map.entry("applicant.kind", "申请人类型"),
            Map.entry("applicant.name", "申请人名称"), Map.entry("applicant.idNumber", "证件号码"),
            Map.entry("applicant.creditCode", "证件号码"), Map.entry("applicant", "证件号码"), Map.entry("applicant.phone", "联系电话"),
            Map.entry("submittedAt", "申请时间"), Map.entry("acceptedOn", "受理日期"), Map.entry("promisedDays", "承诺时限"),
            Map.entry("completedAt", "办结时间"), Map.entry("decision", "办理结果"), Map.entry("result", "结果文书"),
            Map.entry("deliveryMethod", "送达方式"), Map.entry("deliveredAt", "送达时间"), Map.entry("trips", "到现场次数"),
            Map.entry("status", "办件状态"));

    private static final Map<Channel, String> CHANNELS = Map.of(Channel.WINDOW, "综合窗口", Channel.PROXY, "代办",
            Channel.ONLINE, "网上", Channel.MOBILE, "移动端", Channel.DEPARTMENT_COUNTER, "部门窗口");
    private static final Map<IntakeCase.ApplicantKind, String> KINDS = Map.of(IntakeCase.ApplicantKind.PERSON, "个人",
            IntakeCase.ApplicantKind.ORGANISATION, "单位");
    private static final Map<IntakeCase.Decision, String> DECISIONS = Map.of(IntakeCase.Decision.APPROVED, "准予",
            IntakeCase.Decision.DENIED, "不予");
    private static final Map<IntakeCase.DeliveryMethod, String> DELIVERIES = Map.of(IntakeCase.DeliveryMethod.WINDOW_PICKUP, "窗口领取",
            IntakeCase.DeliveryMethod.EXPRESS_MAIL, "邮寄送达", IntakeCase.DeliveryMethod.PROXY_AGENT, "代办员送达",
            IntakeCase.DeliveryMethod.ELECTRONIC, "电子送达");
    private static final Map<CaseStatus, String> STATUSES = Map.of(CaseStatus.COMPLETED, "已办结", CaseStatus.DELIVERED, "已送达",
            CaseStatus.NOT_ACCEPTED, "不予受理", CaseStatus.WITHDRAWN, "已撤回");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    /** An import of more rows than this is split by the town: ten years of a town's cases fit. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private HistorySheet() {
    }

    /** The cases of a sheet and the row each was read from (as the spreadsheet numbers rows: its header is row 1). */
    record Read(List<HistoricalCase> cases, List<Integer> rows, List<FieldViolation> errors) {
        /** {@code rows[N].列} for a field of the case at {@code index}. */
        String field(int index, String field) {
            String path = field.replaceAll("\\[\\d+]", "");
            return "rows[" + rows.get(index) + "]." + FIELDS.getOrDefault(path, path);
        }
    }

    /** The rows of the sheet, and every cell that could not be read (named, for the import to report with the rest). */
    static Read read(SheetFormat format, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "import.too-large", MAX_BYTES / 1024 / 1024);
        }
        List<List<String>> rows = format.rows(bytes);
        List<FieldViolation> errors = new ArrayList<>();
        Map<String, Integer> header = RowReader.header(rows, COLUMNS, OPTIONAL, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<HistoricalCase> cases = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).stream().allMatch(String::isBlank)) {
                continue;
            }
            RowReader r = new RowReader(i + 1, header, rows.get(i), errors);
            IntakeCase.ApplicantKind kind = r.choice("申请人类型", IntakeCase.ApplicantKind.class, KINDS::get);
            String code = r.text("证件号码");
            Integer trips = r.integer("到现场次数");
            numbers.add(i + 1);
            cases.add(new HistoricalCase(r.text("原办件编号"), r.text("事项编码"), r.text("办件区划"),
                    r.choice("受理渠道", Channel.class, CHANNELS::get),
                    new Submission.Applicant(kind, r.text("申请人名称"), kind == IntakeCase.ApplicantKind.PERSON ? code : null,
                            kind == IntakeCase.ApplicantKind.ORGANISATION ? code : null, r.text("联系电话"), null),
                    time(r, "申请时间"), date(r, "受理日期"), r.integer("承诺时限"), time(r, "办结时间"),
                    r.choice("办理结果", IntakeCase.Decision.class, DECISIONS::get), r.text("结果文书"),
                    r.choice("送达方式", IntakeCase.DeliveryMethod.class, DELIVERIES::get), time(r, "送达时间"),
                    trips == null ? 0 : trips, r.choice("办件状态", CaseStatus.class, s -> STATUSES.getOrDefault(s, s.name()))));
        }
        return new Read(cases, numbers, errors);
    }

    private static OffsetDateTime time(RowReader r, String column) {
        String value = r.text(column);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atTime(12, 0).atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
            }
            if (value.contains("T")) {
                return value.matches(".*([+-]\\d{2}:\\d{2}|Z)$") ? OffsetDateTime.parse(value)
                        : LocalDateTime.parse(value).atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
            }
            return LocalDateTime.parse(value, MINUTES).atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            r.error(column, "import.value", value);
            return null;
        }
    }

    private static LocalDate date(RowReader r, String column) {
        String value = r.text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            r.error(column, "import.value", value);
            return null;
        }
    }
}
