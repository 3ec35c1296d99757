package org.onetrip.catalogue.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.onetrip.catalogue.items.Completeness;
import org.onetrip.catalogue.items.ItemCode;
import org.onetrip.catalogue.items.ItemService;
import org.onetrip.catalogue.items.ItemStatus;
import org.onetrip.catalogue.items.ItemVersion;
import org.onetrip.catalogue.reference.Department;
import org.onetrip.catalogue.reference.DepartmentView;
import org.onetrip.catalogue.reference.Jurisdiction;
import org.onetrip.catalogue.reference.JurisdictionView;
import org.onetrip.catalogue.reference.ReferenceData;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.sheets.RowReader;
import org.onetrip.platform.sheets.SheetFormat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Bulk import and export of the catalogue in the spreadsheets staff keep. An import checks every row
 * and field and either applies the whole file or nothing: each row is applied in the one transaction
 * as soon as it is found good (so a village may follow its town in the same file), and any error
 * anywhere rolls the lot back and is reported with its row and column.
 */
@ApplicationScoped
public class CatalogueTransfer {
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public enum Kind { jurisdictions, departments, items }

    /** What an import did, and each value it took by a former label and what it took it for. */
    public record Result(Kind kind, int rows, int created, int updated, int published, List<String> mapped) {
    }

    private final ReferenceData reference;
    private final ItemService items;
    private final Completeness completeness;
    private final Validator validator;

    CatalogueTransfer(ReferenceData reference, ItemService items, Completeness completeness, Validator validator) {
        this.reference = reference;
        this.items = items;
        this.completeness = completeness;
        this.validator = validator;
    }

    @Transactional
    public Result importSheet(Kind kind, SheetFormat format, byte[] bytes, boolean publish, Caller caller) {
        Predicate<String> manages = ItemCode.managedBy(caller);
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "import.too-large", MAX_BYTES / 1024 / 1024);
        }
        List<List<String>> rows = format.rows(bytes);
        List<FieldViolation> errors = new ArrayList<>();
        List<String> columns = columns(kind);
        Map<String, Integer> header = RowReader.header(rows, columns, CatalogueSheets.OPTIONAL_COLUMNS, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Counter counter = new Counter();
        Set<String> seen = new HashSet<>();
        List<String> mapped = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).stream().allMatch(String::isBlank)) {
                continue;
            }
            RowReader row = new RowReader(i + 1, header, rows.get(i), errors, mapped);
            int before = errors.size();
            switch (kind) {
                case jurisdictions -> importJurisdiction(row, before, errors, seen, counter, manages);
                case departments -> importDepartment(row, before, errors, seen, counter, manages);
                case items -> importItem(row, before, errors, seen, counter, publish, caller, manages);
            }
        }
        if (counter.rows == 0 && errors.isEmpty()) {
            errors.add(new FieldViolation("rows", "import.empty"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemKind.VALIDATION, errors, "import.invalid", errors.size());
        }
        return new Result(kind, counter.rows, counter.created, counter.updated, counter.published, List.copyOf(mapped));
    }

    /** @param jurisdiction only what belongs to this jurisdiction and those below it (a valid code) */
    public byte[] export(Kind kind, SheetFormat format, String jurisdiction) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns(kind));
        String within = Jurisdictions.likePattern(jurisdiction);
        switch (kind) {
            case jurisdictions -> Jurisdiction.<Jurisdiction>list("code like ?1 order by code", within).forEach(j ->
                    rows.add(CatalogueSheets.writeJurisdiction(new JurisdictionView(j.code, j.name, j.level, j.parent))));
            case departments -> Department.<Department>list("jurisdiction like ?1 order by code", within).forEach(d ->
                    rows.add(CatalogueSheets.writeDepartment(new DepartmentView(d.code, d.name, d.jurisdiction, d.address, d.phone))));
            case items -> ItemVersion.<ItemVersion>list("status = ?1 and jurisdiction like ?2 order by code", ItemStatus.PUBLISHED, within)
                    .forEach(v -> rows.add(CatalogueSheets.writeItem(v.code, v.guide)));
        }
        return format.bytes(rows);
    }

    private void importJurisdiction(RowReader row, int before, List<FieldViolation> errors, Set<String> seen, Counter counter,
                                    Predicate<String> manages) {
        JurisdictionView view = CatalogueSheets.readJurisdiction(row);
        if (!valid(row, view, CatalogueSheets.JURISDICTION_FIELDS, before, errors, seen, view.code())) {
            return;
        }
        if (!report(row, outside(manages.test(view.code()), "code"), CatalogueSheets.JURISDICTION_FIELDS)
                || !report(row, reference.jurisdictionProblems(view, ""), CatalogueSheets.JURISDICTION_FIELDS)) {
            return;
        }
        counter.count(Jurisdiction.findById(view.code()) == null);
        reference.saveJurisdiction(view);
        Jurisdiction.flush();
    }

    private void importDepartment(RowReader row, int before, List<FieldViolation> errors, Set<String> seen, Counter counter,
                                  Predicate<String> manages) {
        DepartmentView view = CatalogueSheets.readDepartment(row);
        if (!valid(row, view, CatalogueSheets.DEPARTMENT_FIELDS, before, errors, seen, view.code())) {
            return;
        }
        if (!report(row, outside(reference.manages(view, manages), "jurisdiction"), CatalogueSheets.DEPARTMENT_FIELDS)
                || !report(row, reference.departmentProblems(view, ""), CatalogueSheets.DEPARTMENT_FIELDS)) {
            return;
        }
        counter.count(Department.findById(view.code()) == null);
        reference.saveDepartment(view);
    }

    private void importItem(RowReader row, int before, List<FieldViolation> errors, Set<String> seen, Counter counter,
                            boolean publish, Caller caller, Predicate<String> manages) {
        CatalogueSheets.ItemRow item = CatalogueSheets.readItem(row);
        if (!valid(row, item.guide(), CatalogueSheets.ITEM_FIELDS, before, errors, seen, item.code())) {
            return;
        }
        List<FieldViolation> problems = new ArrayList<>(ItemCode.mismatches(item.code(), item.guide(), "code", ""));
        problems.addAll(outside(manages.test(ItemCode.jurisdictionOf(item.code())), "code"));
        if (publish) {
            problems.addAll(completeness.missing(item.guide()));
        }
        if (!report(row, problems, CatalogueSheets.ITEM_FIELDS)) {
            return;
        }
        boolean exists = ItemVersion.count("code", item.code()) > 0;
        counter.count(!exists);
        if (exists) {
            items.saveDraft(item.code(), item.guide(), caller);
        } else {
            items.create(item.code(), item.guide(), caller);
        }
        if (publish) {
            items.publish(item.code(), caller);
            counter.published++;
        }
    }

    /** Bean validation of what a row made, and its code once per file; reports under the row's columns. */
    private boolean valid(RowReader row, Object record, Map<String, String> fields, int before,
                          List<FieldViolation> errors, Set<String> seen, String code) {
        List<FieldViolation> problems = new ArrayList<>();
        validator.validate(record).forEach(v -> problems.add(new FieldViolation(v.getPropertyPath().toString(), v.getMessage())));
        if (code == null) {
            problems.add(new FieldViolation("code", "item.required"));
        } else if (!seen.add(code)) {
            problems.add(new FieldViolation("code", "import.duplicate-row", code));
        }
        // A cell the reader already found bad is not reported a second time as missing.
        Set<String> alreadyBad = new HashSet<>();
        errors.subList(before, errors.size()).forEach(e -> alreadyBad.add(e.field()));
        problems.removeIf(p -> alreadyBad.contains(row.field(CatalogueSheets.column(fields, p.field()))));
        return report(row, problems, fields) && errors.size() == before;
    }

    /** A row about a jurisdiction the admin does not manage: reported on its row like any other error. */
    private static List<FieldViolation> outside(boolean managed, String field) {
        return managed ? List.of() : List.of(new FieldViolation(field, "import.outside-scope"));
    }

    private static boolean report(RowReader row, List<FieldViolation> problems, Map<String, String> fields) {
        problems.forEach(p -> row.error(CatalogueSheets.column(fields, p.field()), p.messageKey(), p.arguments()));
        return problems.isEmpty();
    }

    private static List<String> columns(Kind kind) {
        return switch (kind) {
            case jurisdictions -> CatalogueSheets.JURISDICTION_COLUMNS;
            case departments -> CatalogueSheets.DEPARTMENT_COLUMNS;
            case items -> CatalogueSheets.ITEM_COLUMNS;
        };
    }

    private static final class Counter {
        int rows;
        int created;
        int updated;
        int published;

        void count(boolean isNew) {
            rows++;
            if (isNew) {
                created++;
            } else {
                updated++;
            }
        }
    }
}
