package org.onetrip.catalogue.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.onetrip.catalogue.items.ItemQueries;
import org.onetrip.catalogue.items.ItemVersion;
import org.onetrip.catalogue.reference.Department;
import org.onetrip.catalogue.reference.ReferenceData;
import org.onetrip.platform.documents.PrintedDocument;

import java.util.List;
import java.util.Optional;

/** What the public catalogue answers besides the search: a printable guide, and a jurisdiction's figures. */
@ApplicationScoped
public class CatalogueQueries {
    private final ItemQueries items;
    private final ReferenceData reference;
    private final EntityManager entityManager;

    CatalogueQueries(ItemQueries items, ReferenceData reference, EntityManager entityManager) {
        this.items = items;
        this.reference = reference;
        this.entityManager = entityManager;
    }

    /** The published guide with its departments' names and addresses, as printed. */
    public PrintedDocument guide(String code) {
        ItemVersion item = items.publishedVersion(code);
        List<Department> coDepartments = item.guide.coDepartments().stream()
                .map(reference::known).flatMap(Optional::stream).toList();
        return GuideDocument.of(item, reference.known(item.department).orElse(null), coDepartments);
    }

    /** Published items of a jurisdiction (and below it): total, reform-listed and their share, proxy, zero-trip, online. */
    public CatalogueFigures figures(String jurisdiction, boolean includeSubordinates) {
        reference.jurisdiction(jurisdiction);
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select count(*), count(*) filter (where reform_listed), count(*) filter (where proxy_eligible),
                               count(*) filter (where zero_trip), count(*) filter (where online)
                        from item_version where status = 'PUBLISHED' and jurisdiction_code %s :area"""
                        .formatted(includeSubordinates ? "like" : "="))
                .setParameter("area", includeSubordinates ? ItemQueries.below(jurisdiction) : jurisdiction).getSingleResult();
        long total = ((Number) row[0]).longValue();
        long reform = ((Number) row[1]).longValue();
        return new CatalogueFigures(jurisdiction, includeSubordinates, total, reform,
                CatalogueFigures.percent(reform, total), ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                ((Number) row[4]).longValue());
    }
}
