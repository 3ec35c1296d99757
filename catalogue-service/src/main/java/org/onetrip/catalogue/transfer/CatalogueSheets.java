package org.onetrip.catalogue.transfer;

import org.onetrip.catalogue.items.Category;
import org.onetrip.catalogue.items.ItemGuide.MaterialForm;
import org.onetrip.catalogue.items.ItemGuide.MaterialSource;
import org.onetrip.catalogue.items.ItemGuide.Medium;
import org.onetrip.catalogue.items.ItemGuide.Necessity;
import org.onetrip.catalogue.items.ItemGuide;
import org.onetrip.catalogue.items.NationalListing;
import org.onetrip.catalogue.reference.DepartmentView;
import org.onetrip.catalogue.reference.JurisdictionLevel;
import org.onetrip.catalogue.reference.JurisdictionView;
import org.onetrip.platform.reference.Condition;
import org.onetrip.platform.sheets.RowReader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the three catalogue spreadsheets, as staff keep them, and the mapping of a row to
 * and from the records the services speak. Import and export use the same columns, so an export
 * imports back unchanged. See docs/catalogue-import.md.
 */
final class CatalogueSheets {
    static final List<String> JURISDICTION_COLUMNS = List.of("区划代码", "名称", "层级", "上级代码");
    static final List<String> DEPARTMENT_COLUMNS = List.of("部门编码", "部门名称", "所属区划", "地址", "电话");
    static final List<String> ITEM_COLUMNS = List.of("事项编码", "事项名称", "简称", "事项类别", "发布区划", "实施部门",
            "联办部门", "设定依据", "受理条件", "申报材料", "办理流程", "法定时限", "承诺时限", "收费标准", "到现场次数",
            "网上办理", "可代办", "改革清单", "办理地点", "办公时间", "咨询电话", "监督电话", "常见问题", "便利措施",
            "承诺补交期限", "基本编码", "实施编码", "办件类型", "服务对象", "办理结果类型", "结果样本", "通办范围");
    /**
     * Columns added after the first sheets went out: a sheet without them still imports (its items have no 容缺 and
     * no national listing).
     */
    static final Set<String> OPTIONAL_COLUMNS = Set.of("承诺补交期限", "基本编码", "实施编码", "办件类型", "服务对象",
            "办理结果类型", "结果样本", "通办范围");
    private static final String LIST = "、";
    /** The 13th field of a material in the sheets: 容缺 where the window may accept without it. */
    private static final String TOLERABLE = "容缺";

    /** The column a field of a record comes from, so that errors name what staff see. */
    static final Map<String, String> JURISDICTION_FIELDS = Map.of(
            "code", "区划代码", "name", "名称", "level", "层级", "parent", "上级代码");
    static final Map<String, String> DEPARTMENT_FIELDS = Map.of(
            "code", "部门编码", "name", "部门名称", "jurisdiction", "所属区划", "address", "地址", "phone", "电话");
    static final Map<String, String> ITEM_FIELDS = Map.ofEntries(
            Map.entry("code", "事项编码"), Map.entry("name", "事项名称"), Map.entry("shortName", "简称"),
            Map.entry("category", "事项类别"), Map.entry("jurisdiction", "发布区划"), Map.entry("department", "实施部门"),
            Map.entry("coDepartments", "联办部门"), Map.entry("legalBasis", "设定依据"), Map.entry("conditions", "受理条件"),
            Map.entry("materials", "申报材料"), Map.entry("steps", "办理流程"), Map.entry("statutoryDays", "法定时限"),
            Map.entry("promisedDays", "承诺时限"), Map.entry("fees", "收费标准"), Map.entry("trips", "到现场次数"),
            Map.entry("online", "网上办理"), Map.entry("proxyEligible", "可代办"), Map.entry("reformListed", "改革清单"),
            Map.entry("place", "办理地点"), Map.entry("openingHours", "办公时间"), Map.entry("consultationPhone", "咨询电话"),
            Map.entry("supervisionPhone", "监督电话"), Map.entry("faq", "常见问题"), Map.entry("facilitationRules", "便利措施"),
            Map.entry("commitmentDays", "承诺补交期限"), Map.entry("national.basicCode", "基本编码"),
            Map.entry("national.implementationCode", "实施编码"), Map.entry("national.caseType", "办件类型"),
            Map.entry("national.serviceObjects", "服务对象"), Map.entry("national.resultType", "办理结果类型"),
            Map.entry("national.resultSample", "结果样本"), Map.entry("national.serviceScope", "通办范围"));

    /** The column of a field path such as {@code materials[2].name} or {@code national.basicCode}. */
    static String column(Map<String, String> fields, String path) {
        String nested = path.replaceAll("\\[\\d+]", "");
        if (fields.containsKey(nested)) {
            return fields.get(nested);
        }
        String property = path.split("[.\\[]", 2)[0];
        return fields.getOrDefault(property, property);
    }

    private CatalogueSheets() {
    }

    /** An item as a row reads it: its code and its guide. */
    record ItemRow(String code, ItemGuide guide) {
    }

    static JurisdictionView readJurisdiction(RowReader r) {
        return new JurisdictionView(r.text("区划代码"), r.text("名称"),
                r.choice("层级", JurisdictionLevel.class, JurisdictionLevel::label), r.text("上级代码"));
    }

    static List<String> writeJurisdiction(JurisdictionView j) {
        return cells(j.code(), j.name(), j.level().label(), j.parent());
    }

    static DepartmentView readDepartment(RowReader r) {
        return new DepartmentView(r.text("部门编码"), r.text("部门名称"), r.text("所属区划"), r.text("地址"), r.text("电话"));
    }

    static List<String> writeDepartment(DepartmentView d) {
        return cells(d.code(), d.name(), d.jurisdiction(), d.address(), d.phone());
    }

    static ItemRow readItem(RowReader r) {
        List<ItemGuide.LegalBasis> legalBasis = r.entries("设定依据", 2).stream()
                .map(e -> new ItemGuide.LegalBasis(e[0], e[1])).toList();
        List<ItemGuide.Material> materials = r.entries("申报材料", 13).stream().map(e -> new ItemGuide.Material(
                e[0], e[1], choice(r, "申报材料", Necessity.class, Necessity::label, e[2]), condition(r, e[3]), e[4],
                choice(r, "申报材料", MaterialForm.class, MaterialForm::label, e[5]),
                e[6] == null ? 1 : orZero(r.integer("申报材料", e[6])),
                choice(r, "申报材料", Medium.class, Medium::label, e[7]),
                choice(r, "申报材料", MaterialSource.class, MaterialSource::label, e[8]), e[10], e[11], e[9],
                TOLERABLE.equals(e[12]))).toList();
        List<ItemGuide.Step> steps = r.entries("办理流程", 3).stream()
                .map(e -> new ItemGuide.Step(e[0], e[1], r.integer("办理流程", e[2]))).toList();
        List<ItemGuide.Fee> fees = r.entries("收费标准", 3).stream()
                .filter(e -> !"不收费".equals(e[0]))
                .map(e -> new ItemGuide.Fee(e[0], amount(r, e[1]), e[2])).toList();
        List<ItemGuide.Faq> faq = r.entries("常见问题", 2).stream().map(e -> new ItemGuide.Faq(e[0], e[1])).toList();
        List<ItemGuide.FacilitationRule> rules = r.entries("便利措施", 5).stream()
                .map(e -> new ItemGuide.FacilitationRule(e[0], e[1], split(e[2]), split(e[3]), r.integer("便利措施", e[4])))
                .toList();
        ItemGuide guide = new ItemGuide(r.text("事项名称"), r.text("简称"),
                r.choice("事项类别", Category.class, Category::label, Category::formerLabels), r.text("发布区划"), r.text("实施部门"),
                r.entries("联办部门", 1).stream().map(e -> e[0]).toList(), legalBasis, r.text("受理条件"), materials,
                steps, r.integer("法定时限"), r.integer("承诺时限"), fees, r.integer("到现场次数"), r.yesNo("网上办理"),
                r.yesNo("可代办"), r.yesNo("改革清单"), r.text("办理地点"), r.text("办公时间"), r.text("咨询电话"),
                r.text("监督电话"), faq, rules, r.integer("承诺补交期限"), national(r));
        return new ItemRow(r.text("事项编码"), guide);
    }

    static List<String> writeItem(String code, ItemGuide g) {
        return cells(code, g.name(), g.shortName(), g.category().label(), g.jurisdiction(), g.department(),
                lines(g.coDepartments(), c -> c),
                lines(g.legalBasis(), b -> fields(b.title(), b.article())),
                g.conditions(),
                lines(g.materials(), m -> fields(m.code(), m.name(), m.necessity().label(), m.conditionCode(),
                        m.condition(), m.form().label(), String.valueOf(m.copies()), m.medium().label(),
                        m.source().label(), m.notes(), m.blankForm(), m.example(), m.tolerable() ? TOLERABLE : null)),
                lines(g.steps(), s -> fields(s.name(), s.actor(), text(s.days()))),
                text(g.statutoryDays()), text(g.promisedDays()),
                g.fees().isEmpty() ? "不收费" : lines(g.fees(), f -> fields(f.name(), f.amount().toPlainString(), f.basis())),
                text(g.trips()), yesNo(g.online()), yesNo(g.proxyEligible()), yesNo(g.reformListed()),
                g.place(), g.openingHours(), g.consultationPhone(), g.supervisionPhone(),
                lines(g.faq(), q -> fields(q.question(), q.answer())),
                lines(g.facilitationRules(), rule -> fields(rule.code(), rule.name(),
                        String.join(LIST, rule.applicantClasses()), String.join(LIST, rule.waivedMaterials()),
                        text(rule.promisedDays()))),
                text(g.commitmentDays()), national(g, NationalListing::basicCode), national(g, NationalListing::implementationCode),
                national(g, n -> n.caseType() == null ? null : n.caseType().label()),
                national(g, n -> n.serviceObjects().isEmpty() ? null
                        : n.serviceObjects().stream().map(NationalListing.ServiceObject::label).collect(Collectors.joining(LIST))),
                national(g, n -> n.resultType() == null ? null : n.resultType().label()),
                national(g, NationalListing::resultSample),
                national(g, n -> n.serviceScope() == null ? null : n.serviceScope().label()));
    }

    /** The national listing's columns, or none when all of them are empty. */
    private static NationalListing national(RowReader r) {
        String basic = r.text("基本编码");
        String implementation = r.text("实施编码");
        String caseType = r.text("办件类型");
        List<String> objects = split(r.text("服务对象"));
        String resultType = r.text("办理结果类型");
        String sample = r.text("结果样本");
        String scope = r.text("通办范围");
        if (basic == null && implementation == null && caseType == null && objects.isEmpty() && resultType == null
                && sample == null && scope == null) {
            return null;
        }
        return new NationalListing(basic, implementation,
                choice(r, "办件类型", NationalListing.CaseType.class, NationalListing.CaseType::label, caseType),
                objects.stream().map(o -> choice(r, "服务对象", NationalListing.ServiceObject.class,
                        NationalListing.ServiceObject::label, o)).filter(java.util.Objects::nonNull).toList(),
                choice(r, "办理结果类型", NationalListing.ResultType.class, NationalListing.ResultType::label, resultType),
                sample,
                choice(r, "通办范围", NationalListing.ServiceScope.class, NationalListing.ServiceScope::label, scope));
    }

    private static String national(ItemGuide g, Function<NationalListing, String> field) {
        return g.national() == null ? null : field.apply(g.national());
    }

    private static <E extends Enum<E>> E choice(RowReader r, String column, Class<E> type, Function<E, String> label,
                                                 String value) {
        return value == null ? null : r.choice(column, type, label, value);
    }

    /**
     * A material's condition by its code, or by a town's own word for it (its label, an alias the vocabulary knows),
     * noted as mapped; any other word is refused with the codes that would do.
     */
    private static String condition(RowReader r, String value) {
        if (value == null) {
            return null;
        }
        String code = Condition.canonical(value);
        Optional<Condition> condition = Condition.of(code);
        if (condition.isEmpty()) {
            r.error("申报材料", "import.choice", value, Condition.listed(false));
            return null;
        }
        if (!code.equals(value)) {
            r.mapped("申报材料", value, code + "（" + condition.get().label() + "）");
        }
        return code;
    }

    private static BigDecimal amount(RowReader r, String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            r.error("收费标准", "import.value", value);
            return null;
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(LIST)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <T> String lines(List<T> entries, Function<T, String> entry) {
        return entries.stream().map(entry).collect(Collectors.joining(RowReader.ENTRY_SEPARATOR));
    }

    private static String fields(String... values) {
        int last = values.length;
        while (last > 1 && (values[last - 1] == null || values[last - 1].isEmpty())) {
            last--;
        }
        return Arrays.stream(values, 0, last).map(v -> v == null ? "" : v).collect(Collectors.joining(RowReader.FIELD_SEPARATOR));
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private static List<String> cells(String... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (String v : values) {
            cells.add(v == null ? "" : v);
        }
        return cells;
    }
}
