package org.onetrip.intake.documents;

import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.Notice;
import org.onetrip.intake.replica.ItemRequirements;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.documents.PrintedDocument.Block;
import org.onetrip.platform.documents.PrintedDocument.Field;
import org.onetrip.platform.documents.PrintedDocument.Fields;
import org.onetrip.platform.documents.PrintedDocument.Heading;
import org.onetrip.platform.documents.PrintedDocument.Items;
import org.onetrip.platform.documents.PrintedDocument.Paragraph;
import org.onetrip.platform.documents.PrintedDocument.Signatures;
import org.onetrip.platform.documents.PrintedDocument;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What each document says about a case, in the words a service centre uses. The applicant is named and the look-up
 * code printed, both kept sealed in the stored document ({@code seal}: for the document's own row); the ID number
 * only ever appears masked.
 *
 * @param c           the case as it stands when the document is issued
 * @param item        the requirements of the item version the case is judged by
 * @param issuer      the issuing centre
 * @param departments the names of the departments that decide, by code
 * @param department  the department that acted (asked for materials), or null
 * @param note        what the act said: the refusal's reasons, the department's request
 * @param issuedOn    the date printed on it
 * @param lookupCode  the case's look-up code, in clear
 * @param seal        seals a value for the stored document
 */
record DocumentTexts(IntakeCase c, ItemRequirements item, Issuer issuer, Map<String, String> departments,
                     String department, String note, LocalDate issuedOn, String lookupCode, UnaryOperator<String> seal) {

    PrintedDocument write(DocumentKind kind, String number, String replaces) {
        List<Block> body = switch (kind) {
            case ONE_TIME_NOTICE -> oneTimeNotice();
            case ACCEPTANCE -> acceptance();
            case REFUSAL -> refusal();
            case SUPPLEMENT_REQUEST -> supplementRequest();
            case DELIVERY_RECEIPT -> deliveryReceipt();
        };
        return new PrintedDocument(issuer.centre(), kind.title(), number, replaces, seal.apply(c.applicantName + "："), body, issuedOn, true);
    }

    private Field sealed(String label, String value) {
        return new Field(label, value == null ? null : seal.apply(value), true);
    }

    private String applicant() {
        return c.applicantName + "（" + c.applicantCode.masked + "）";
    }

    private List<Block> oneTimeNotice() {
        Notice notice = c.notice;
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("您（单位）于" + date(c.submittedAt) + "申请办理“" + c.itemName + "”（案件编号 " + c.number
                + "），经审查，申请材料不齐全或者不符合法定形式。现将需要补正的全部内容一次性告知如下："));
        body.add(new Heading("一、需要补正的材料"));
        List<String> entries = new ArrayList<>();
        notice.missing().forEach(m -> entries.add(m.name() + "：未提交" + (m.tolerable() ? tolerable() : "")));
        notice.defective().forEach(m -> entries.add(m.name() + "：" + (m.reason() == null ? "不符合要求" : m.reason())));
        body.add(new Items(entries));
        if (!notice.fetched().isEmpty() || !notice.waived().isEmpty()) {
            body.add(new Paragraph("以下材料无需您提供：" + String.join("、", materialNames(notice.fetched())) + (notice.fetched().isEmpty() ? "" : "（窗口通过数据共享调取）")
                    + (notice.waived().isEmpty() ? "" : (notice.fetched().isEmpty() ? "" : "；") + String.join("、", materialNames(notice.waived())) + "（按便利规则免交）")
                    + "。"));
        }
        body.add(new Heading("二、依据"));
        body.add(basis());
        body.add(new Paragraph("请您按本告知书一次性补齐上述材料后，到窗口或者通过网上办事大厅提交。除本告知书所列内容外，"
                + "本中心不再要求您补正其他材料。"));
        body.add(contact(true));
        body.add(new Signatures(List.of("申请人签收")));
        return body;
    }

    private List<Block> acceptance() {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("您（单位）于" + date(c.submittedAt) + "提交的“" + c.itemName + "”申请，经审查，"
                + (c.commitment == null ? "申请材料齐全、符合法定形式" : "除下列容缺材料外申请材料齐全")
                + "，本中心决定予以受理。"));
        List<Field> fields = new ArrayList<>(List.of(
                Field.of("案件编号", c.number),
                sealed("查询码", lookupCode),
                sealed("申请人", applicant()),
                Field.of("受理日期", date(c.acceptedOn)),
                Field.of("承诺办结时限", c.promisedDays + " 个工作日" + (item.statutoryDays() == null ? "" : "（法定 " + item.statutoryDays() + " 个工作日）")),
                Field.of("承诺办结日期", date(c.dueDate) + "前"),
                Field.of("办理部门", String.join("、", item.deciders().stream().map(d -> departments.getOrDefault(d, d)).toList()))));
        body.add(new Fields(fields));
        if (c.commitment != null) {
            body.add(new Heading("容缺受理"));
            body.add(new Paragraph("本件为容缺受理。您已书面承诺（" + c.commitment.note() + "），在" + date(c.commitment.due())
                    + "前补交下列材料；逾期未补交的，本中心将依照承诺书的约定处理。"));
            body.add(new Items(materialNames(c.commitment.materials())));
        }
        body.add(new Paragraph("您可以凭案件编号和查询码查询办理进度。本中心和办理部门不会要求您为本件再次提交已提交的材料。"));
        body.add(contact(false));
        body.add(new Signatures(List.of("申请人签收")));
        return body;
    }

    private List<Block> refusal() {
        return List.of(
                new Paragraph("您（单位）于" + date(c.submittedAt) + "提交的“" + c.itemName + "”申请（案件编号 " + c.number
                        + "），经审查，本中心决定不予受理。理由如下："),
                new Paragraph(note == null ? "（未说明）" : note),
                new Heading("救济途径"),
                new Paragraph("如不服本决定，您可以自收到本决定书之日起六十日内向" + issuer.parentName() + "申请行政复议，"
                        + "也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。"),
                contact(false),
                new Signatures(List.of("申请人签收")));
    }

    private List<Block> supplementRequest() {
        String asking = department == null ? "办理部门" : departments.getOrDefault(department, department);
        return List.of(
                new Paragraph("您（单位）申请的“" + c.itemName + "”（案件编号 " + c.number + "）正在" + asking
                        + "办理。因办理需要，请您补正下列内容："),
                new Paragraph(note == null ? "（见办理部门说明）" : note),
                new Paragraph("补正期间办理时限中止计算，自您补齐之日起继续计算。请您一次性补齐后到窗口或者通过网上办事大厅提交。"),
                contact(true),
                new Signatures(List.of("申请人签收")));
    }

    private List<Block> deliveryReceipt() {
        return List.of(
                new Fields(List.of(
                        Field.of("送达文书", "“" + c.itemName + "”办理结果" + (c.result == null ? "" : "（" + c.result + "）")),
                        Field.of("案件编号", c.number),
                        sealed("受送达人", applicant()),
                        Field.of("送达方式", method()),
                        Field.of("送达时间", c.deliveredAt == null ? "" : date(c.deliveredAt)),
                        Field.of("送达地点", c.deliveryMethod == IntakeCase.DeliveryMethod.WINDOW_PICKUP && item.place() != null
                                ? item.place() : "—"))),
                new Signatures(List.of("受送达人签名", "送达人签名")),
                new Paragraph("受送达人拒绝签收的，送达人应当在本回证上注明拒收事由和日期，并由见证人签名。"));
    }

    private String tolerable() {
        return "（可容缺受理，须在受理后 " + (item.commitmentDays() == null ? "承诺" : item.commitmentDays() + " 个工作日内")
                + "补交）";
    }

    private Block basis() {
        if (item.legalBasis().isEmpty()) {
            return new Paragraph("本事项办事指南所列申请材料。");
        }
        return new Items(item.legalBasis().stream().map(ItemRequirements.LegalBasis::cited).toList());
    }

    private Fields contact(boolean withCode) {
        List<Field> fields = new ArrayList<>();
        if (withCode) {
            fields.add(Field.of("案件编号", c.number));
            fields.add(sealed("查询码", lookupCode));
        }
        if (item.place() != null) {
            fields.add(Field.of("办理地点", item.place()));
        }
        if (item.consultationPhone() != null) {
            fields.add(Field.of("咨询电话", item.consultationPhone()));
        }
        if (item.supervisionPhone() != null) {
            fields.add(Field.of("监督电话", item.supervisionPhone()));
        }
        return new Fields(fields);
    }

    private List<String> materialNames(List<String> codes) {
        return codes.stream().map(code -> item.materials().stream().filter(m -> m.code().equals(code))
                .map(ItemRequirements.Material::name).findFirst().orElse(code)).toList();
    }

    private String method() {
        if (c.deliveryMethod == null) {
            return "";
        }
        return switch (c.deliveryMethod) {
            case WINDOW_PICKUP -> "窗口领取";
            case EXPRESS_MAIL -> "邮寄送达";
            case PROXY_AGENT -> "代办员送达";
            case ELECTRONIC -> "电子送达";
        };
    }

    private static String date(OffsetDateTime at) {
        return date(at.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate());
    }

    private static String date(LocalDate day) {
        return day == null ? "" : PrintedDocument.date(day);
    }
}
