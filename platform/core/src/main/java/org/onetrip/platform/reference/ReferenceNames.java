package org.onetrip.platform.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.onetrip.platform.security.Jurisdictions;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of jurisdictions and departments, as this service replicated them from the catalogue
 * ({@link ReferenceReplica}); a code the replica does not know yet has no name, and callers print the code.
 */
@ApplicationScoped
@Transactional // joins the caller's transaction, or reads in one of its own
public class ReferenceNames {
    private final EntityManager entityManager;

    ReferenceNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<String> name(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(names(List.of(code)).get(code));
    }

    /** The name, or the code itself when none is known. */
    public String nameOrCode(String code) {
        return name(code).orElse(code);
    }

    /** The known names of {@code codes}; unknown codes are absent. */
    public Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        List<Object[]> rows = entityManager.createNativeQuery("select code, name from reference_name where code in (:codes)",
                Object[].class).setParameter("codes", codes).getResultList();
        rows.forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** The jurisdictions of one code length (12: villages) within {@code scope}, as far as the replica knows them. */
    public List<String> jurisdictionsWithin(String scope, int codeLength) {
        return entityManager.createNativeQuery("select code from reference_name where kind = 'JURISDICTION'"
                        + " and code like :within and length(code) = :length order by code", String.class)
                .setParameter("within", Jurisdictions.likePattern(scope)).setParameter("length", codeLength).getResultList();
    }

    void record(String code, String kind, String name, String parent) {
        entityManager.createNativeQuery("""
                        insert into reference_name (code, kind, name, parent) values (:code, :kind, :name, :parent)
                        on conflict (code) do update set kind = excluded.kind, name = excluded.name,
                            parent = excluded.parent, updated_at = now()""")
                .setParameter("code", code).setParameter("kind", kind).setParameter("name", name)
                .setParameter("parent", parent).executeUpdate();
    }
}
