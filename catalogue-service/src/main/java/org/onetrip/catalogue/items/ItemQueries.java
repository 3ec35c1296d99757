package org.onetrip.catalogue.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finding items: the public search over published versions, and the administrators' list. */
@ApplicationScoped
public class ItemQueries {
    private final EntityManager entityManager;

    ItemQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The published catalogue, filtered; every filter is optional; {@code area}: a jurisdiction and everything below it. */
    public record Filter(String area, String department, Category category, Boolean proxyEligible,
                         Boolean zeroTrip, Boolean reformListed, String keyword) {
    }

    public Page<ItemVersion> published(Filter filter, PageRequest page) {
        Sql sql = new Sql("v.status = 'PUBLISHED'");
        if (filter.area() != null) {
            sql.and("v.jurisdiction_code like :area", "area", below(filter.area()));
        }
        sql.andIf(filter.department(), "v.department_code = :department", "department");
        sql.andIf(filter.category() == null ? null : filter.category().name(), "v.category = :category", "category");
        sql.andIf(filter.proxyEligible(), "v.proxy_eligible = :proxy", "proxy");
        sql.andIf(filter.zeroTrip(), "v.zero_trip = :zeroTrip", "zeroTrip");
        sql.andIf(filter.reformListed(), "v.reform_listed = :reform", "reform");
        sql.keyword(filter.keyword());
        return sql.page(entityManager, "v.code", page);
    }

    /** The latest version of every item of {@code area} and below, for its administrators. */
    public Page<ItemVersion> latest(ItemStatus status, String area, String jurisdiction, String keyword, PageRequest page) {
        Sql sql = new Sql("v.version = (select max(l.version) from item_version l where l.code = v.code)");
        sql.and("v.jurisdiction_code like :area", "area", Jurisdictions.likePattern(area));
        sql.andIf(status == null ? null : status.name(), "v.status = :status", "status");
        sql.andIf(jurisdiction, "v.jurisdiction_code = :jurisdiction", "jurisdiction");
        sql.keyword(keyword);
        return sql.page(entityManager, "v.code", page);
    }

    /** What the conditions' migration (V3) found in the items of {@code area} and below, by item and material. */
    @SuppressWarnings("unchecked")
    public Page<ConditionView.Migrated> conditionsMigrated(String area, PageRequest page) {
        String where = " from condition_migration where jurisdiction_code like :area";
        String pattern = Jurisdictions.likePattern(area);
        long total = ((Number) entityManager.createNativeQuery("select count(*)" + where).setParameter("area", pattern)
                .getSingleResult()).longValue();
        List<Object[]> rows = entityManager.createNativeQuery("select item_code, version, material, was, code, jurisdiction_code"
                        + where + " order by item_code, version, material").setParameter("area", pattern)
                .setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
        return new Page<>(rows.stream().map(r -> new ConditionView.Migrated((String) r[0], ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList(), page.page, page.size, total);
    }

    /** The version of an item offered now, or a 404. */
    public ItemVersion publishedVersion(String code) {
        return ItemVersion.current(code, ItemStatus.PUBLISHED).orElseThrow(() -> ProblemException.notFound("entity.item", code));
    }

    /** Every item offered now in {@code area} and below it (everywhere when null), by code. */
    public List<ItemVersion> publishedIn(String area) {
        return area == null ? ItemVersion.list("status = ?1 order by code", ItemStatus.PUBLISHED)
                : ItemVersion.list("status = ?1 and jurisdiction like ?2 order by code", ItemStatus.PUBLISHED, below(area));
    }

    /**
     * The {@code LIKE} pattern of a jurisdiction and everything below it, which the index on the items' jurisdictions
     * seeks (a province's 20,000 towns and villages are one prefix, not a list of codes); a code that is no code is
     * taken as it is, wildcards and all escaped, so it matches nothing rather than everything.
     */
    public static String below(String area) {
        return Jurisdictions.isValid(area) ? Jurisdictions.likePattern(area)
                : area.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Every version of an item, oldest first, for a caller who manages it. */
    public List<ItemVersion> history(String code, Caller caller) {
        ItemCode.requireManagedBy(caller, code);
        List<ItemVersion> versions = ItemVersion.list("code = ?1 order by version", code);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("entity.item", code);
        }
        return versions;
    }

    /** One version of an item, for a caller who manages it. */
    public ItemVersion version(String code, int version, Caller caller) {
        ItemCode.requireManagedBy(caller, code);
        return ItemVersion.of(code, version);
    }

    /** A WHERE clause built from the filters present, with its named parameters. */
    private static final class Sql {
        private final StringBuilder where;
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Sql(String first) {
            where = new StringBuilder(first);
        }

        void and(String condition, String name, Object value) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }

        void andIf(Object value, String condition, String name) {
            if (value != null) {
                and(condition, name, value);
            }
        }

        /** Every bigram of the keyword from the GIN index, then the substring itself. */
        void keyword(String keyword) {
            if (keyword == null || keyword.isBlank()) {
                return;
            }
            String[] grams = SearchGrams.ofQuery(keyword);
            List<String> placeholders = new ArrayList<>();
            for (int i = 0; i < grams.length; i++) {
                placeholders.add(":g" + i);
                parameters.put("g" + i, grams[i]);
            }
            where.append(" and v.search_grams @> cast(array[").append(String.join(", ", placeholders)).append("] as text[])");
            String needle = "%" + SearchGrams.normalize(keyword).replaceAll("\\s+", "")
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (lower(v.name) like :needle or lower(coalesce(v.short_name, '')) like :needle"
                    + " or lower(v.code) like :needle)");
            parameters.put("needle", needle);
        }

        @SuppressWarnings("unchecked")
        Page<ItemVersion> page(EntityManager em, String orderBy, PageRequest page) {
            Query count = em.createNativeQuery("select count(*) from item_version v where " + where);
            Query select = em.createNativeQuery("select v.* from item_version v where " + where + " order by " + orderBy,
                    ItemVersion.class);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                select.setParameter(name, value);
            });
            List<ItemVersion> items = select.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
            long total = ((Number) count.getSingleResult()).longValue();
            return new Page<>(items, page.page, page.size, total);
        }
    }
}
