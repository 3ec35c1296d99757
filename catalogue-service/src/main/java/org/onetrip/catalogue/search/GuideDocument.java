package org.onetrip.catalogue.search;

import org.onetrip.catalogue.items.ItemGuide;
import org.onetrip.catalogue.items.ItemVersion;
import org.onetrip.catalogue.items.NationalListing;
import org.onetrip.catalogue.reference.Department;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.documents.PrintedDocument;
import org.onetrip.platform.documents.PrintedDocument.Block;
import org.onetrip.platform.documents.PrintedDocument.Field;
import org.onetrip.platform.documents.PrintedDocument.Fields;
import org.onetrip.platform.documents.PrintedDocument.Heading;
import org.onetrip.platform.documents.PrintedDocument.Items;
import org.onetrip.platform.documents.PrintedDocument.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A published item's guide (办事指南) as a printed document: the same page as HTML to print and as PDF. */
final class GuideDocument {
    private GuideDocument() {
    }

    /** @param department the implementing department, or null when the catalogue does not know it */
    static PrintedDocument of(ItemVersion item, Department department, List<Department> coDepartments) {
        ItemGuide g = item.guide;
        List<Block> body = new ArrayList<>();
        List<Field> identity = new ArrayList<>(List.of(
                Field.of("事项编码", item.code + "（第 " + item.version + " 版）"),
                Field.of("事项类型", g.category().label()),
                Field.of("办理方式", tags(item, g))));
        NationalListing n = g.national();
        if (n != null) {
            addIf(identity, "基本编码", n.basicCode());
            addIf(identity, "实施编码", n.implementationCode());
            addIf(identity, "办件类型", n.caseType() == null ? null : n.caseType().label());
            addIf(identity, "服务对象", n.serviceObjects().isEmpty() ? null
                    : n.serviceObjects().stream().map(NationalListing.ServiceObject::label).collect(Collectors.joining("、")));
            addIf(identity, "办理结果", n.resultType() == null ? null
                    : n.resultType().label() + (n.resultSample() == null ? "" : "（样本：" + n.resultSample() + "）"));
            addIf(identity, "通办范围", n.serviceScope() == null ? null : n.serviceScope().label());
        }
        body.add(new Fields(identity));
        body.add(new Heading("实施主体"));
        String implementing = department == null ? g.department()
                : department.name + (department.address == null ? "" : "（" + department.address + "）");
        body.add(new Paragraph(implementing + (coDepartments.isEmpty() ? ""
                : "；联办部门：" + coDepartments.stream().map(d -> d.name).collect(Collectors.joining("、")))));
        if (!g.legalBasis().isEmpty()) {
            body.add(new Heading("设定依据"));
            body.add(new Items(g.legalBasis().stream()
                    .map(b -> b.title() + (b.article() == null ? "" : " " + b.article())).toList()));
        }
        if (g.conditions() != null) {
            body.add(new Heading("受理条件"));
            body.add(new Paragraph(g.conditions()));
        }
        body.add(new Heading("申报材料"));
        body.add(new Items(g.materials().stream().map(GuideDocument::material).toList()));
        if (!g.facilitationRules().isEmpty()) {
            body.add(new Heading("便利措施"));
            body.add(new Items(g.facilitationRules().stream().map(r -> r.name() + "：适用 " + String.join("、", r.applicantClasses())
                    + (r.waivedMaterials().isEmpty() ? "" : "，免交 " + String.join("、", r.waivedMaterials()))
                    + (r.promisedDays() == null ? "" : "，承诺 " + r.promisedDays() + " 个工作日")).toList()));
        }
        if (!g.steps().isEmpty()) {
            body.add(new Heading("办理流程"));
            body.add(new Items(g.steps().stream().map(s -> s.name() + (s.actor() == null ? "" : "（" + s.actor() + "）")
                    + (s.days() == null ? "" : "，" + s.days() + " 个工作日")).toList()));
        }
        body.add(new Heading("办理时限"));
        body.add(new Paragraph("法定时限：" + days(g.statutoryDays()) + "；承诺时限：" + days(g.promisedDays())
                + (g.commitmentDays() == null ? "" : "；容缺材料承诺补交期限：" + g.commitmentDays() + " 个工作日")));
        body.add(new Heading("收费标准"));
        body.add(new Paragraph(g.fees().isEmpty() ? "不收费" : g.fees().stream().map(f -> f.name() + "：" + f.amount() + " 元"
                + (f.basis() == null ? "" : "（依据：" + f.basis() + "）")).collect(Collectors.joining("；"))));
        body.add(new Heading("办理地点与咨询监督"));
        body.add(new Fields(List.of(
                Field.of("办理地点", g.place() == null ? "—" : g.place()),
                Field.of("办理时间", g.openingHours() == null ? "—" : g.openingHours()),
                Field.of("咨询电话", g.consultationPhone() == null ? "—" : g.consultationPhone()),
                Field.of("监督电话", g.supervisionPhone() == null ? "—" : g.supervisionPhone()))));
        if (!g.faq().isEmpty()) {
            body.add(new Heading("常见问题"));
            g.faq().forEach(q -> body.add(new Paragraph("问：" + q.question() + " 答：" + q.answer())));
        }
        body.add(new Paragraph("本指南自 " + PrintedDocument.date(item.publishedAt.atZoneSameInstant(WorkingDayCalendar.ZONE)
                .toLocalDate()) + " 起施行。"));
        String issuer = department == null ? g.jurisdiction() : department.name;
        return new PrintedDocument(issuer, g.name() + " 办事指南", null, null, null, body,
                item.publishedAt.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate());
    }

    /** 居民身份证：必要；原件 1 份；纸质；申请人提供（可容缺受理） */
    private static String material(ItemGuide.Material m) {
        return m.name() + "：" + m.necessity().label() + (m.condition() == null ? "" : "（" + m.condition() + "）")
                + "；" + m.form().label() + " " + m.copies() + " 份；" + m.medium().label() + "；" + m.source().label()
                + (m.tolerable() ? "（可容缺受理）" : "") + (m.notes() == null ? "" : "。" + m.notes());
    }

    private static String tags(ItemVersion item, ItemGuide g) {
        return java.util.stream.Stream.of(g.reformListed() ? "最多跑一次" : null,
                        item.zeroTrip ? "零跑腿" : "到现场 " + g.trips() + " 次",
                        g.proxyEligible() ? "可代办" : null, g.online() ? "可网上办理" : null)
                .filter(Objects::nonNull).collect(Collectors.joining("、"));
    }

    private static void addIf(List<Field> fields, String label, String value) {
        if (value != null) {
            fields.add(Field.of(label, value));
        }
    }

    private static String days(Integer days) {
        return days == null ? "—" : days + " 个工作日";
    }
}
