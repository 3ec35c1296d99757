package org.onetrip.catalogue.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Jurisdictions (district → towns → villages) and departments: what items and figures are filed under. Every save
 * is announced on {@code catalogue.reference}, so the other services print names, not codes.
 */
@ApplicationScoped
public class ReferenceData {
    private final CatalogueReferenceEvents events;

    ReferenceData(CatalogueReferenceEvents events) {
        this.events = events;
    }

    @Transactional
    public JurisdictionView saveJurisdiction(JurisdictionView view) {
        List<FieldViolation> problems = jurisdictionProblems(view, "");
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Jurisdiction j = Jurisdiction.<Jurisdiction>findByIdOptional(view.code()).orElseGet(Jurisdiction::new);
        j.code = view.code();
        j.name = view.name();
        j.level = view.level();
        j.parent = view.parent();
        j.persist();
        events.saved(j);
        return JurisdictionView.of(j);
    }

    @Transactional
    public DepartmentView saveDepartment(DepartmentView view) {
        List<FieldViolation> problems = departmentProblems(view, "");
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Department d = Department.<Department>findByIdOptional(view.code()).orElseGet(Department::new);
        d.code = view.code();
        d.name = view.name();
        d.jurisdiction = view.jurisdiction();
        d.address = view.address();
        d.phone = view.phone();
        d.persist();
        events.saved(d);
        return DepartmentView.of(d);
    }

    /** What is wrong with a jurisdiction beyond its format: its code, level and parent must agree. */
    public List<FieldViolation> jurisdictionProblems(JurisdictionView view, String prefix) {
        List<FieldViolation> problems = new ArrayList<>();
        if (view.code().length() != view.level().codeLength()) {
            problems.add(new FieldViolation(prefix + "code", "jurisdiction.code-length", view.level().codeLength()));
        }
        JurisdictionLevel parentLevel = view.level().parent();
        if (parentLevel == null && view.parent() != null) {
            problems.add(new FieldViolation(prefix + "parent", "jurisdiction.district-has-no-parent"));
        }
        if (parentLevel != null) {
            Optional<Jurisdiction> parent = view.parent() == null ? Optional.empty() : Jurisdiction.findByIdOptional(view.parent());
            if (parent.isEmpty() || parent.get().level != parentLevel) {
                problems.add(new FieldViolation(prefix + "parent", "jurisdiction.parent-missing", parentLevel));
            } else if (!view.code().startsWith(view.parent())) {
                problems.add(new FieldViolation(prefix + "code", "jurisdiction.code-prefix", view.parent()));
            }
        }
        return problems;
    }

    public List<FieldViolation> departmentProblems(DepartmentView view, String prefix) {
        if (Jurisdiction.findByIdOptional(view.jurisdiction()).isEmpty()) {
            return List.of(new FieldViolation(prefix + "jurisdiction", "unknown-jurisdiction", view.jurisdiction()));
        }
        return List.of();
    }

    public JurisdictionView jurisdiction(String code) {
        return Jurisdiction.<Jurisdiction>findByIdOptional(code).map(JurisdictionView::of)
                .orElseThrow(() -> ProblemException.notFound("entity.jurisdiction", code));
    }

    public DepartmentView department(String code) {
        return Department.<Department>findByIdOptional(code).map(DepartmentView::of)
                .orElseThrow(() -> ProblemException.notFound("entity.department", code));
    }

    /** A department as the catalogue knows it, for a guide or a linked-data page that names it. */
    public Optional<Department> known(String department) {
        return department == null ? Optional.empty() : Department.findByIdOptional(department);
    }

    public Page<JurisdictionView> jurisdictions(String parent, JurisdictionLevel level, PageRequest page) {
        var query = Jurisdiction.<Jurisdiction>find(
                "(?1 is null or parent = ?1) and (?2 is null or level = ?2) order by code", parent, level);
        return Page.of(query, page)
                .map(JurisdictionView::of);
    }

    public Page<DepartmentView> departments(String jurisdiction, PageRequest page) {
        var query = Department.<Department>find("(?1 is null or jurisdiction = ?1) order by code", jurisdiction);
        return Page.of(query, page)
                .map(DepartmentView::of);
    }

    /** Whether {@code manages} holds for the department's jurisdiction, and for the one it has now if it exists. */
    public boolean manages(DepartmentView view, Predicate<String> manages) {
        return manages.test(view.jurisdiction()) && Department.<Department>findByIdOptional(view.code())
                .map(existing -> manages.test(existing.jurisdiction)).orElse(true);
    }

    public void requireManaged(DepartmentView view, Scope scope) {
        if (!manages(view, scope.caller()::covers)) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
    }
}
