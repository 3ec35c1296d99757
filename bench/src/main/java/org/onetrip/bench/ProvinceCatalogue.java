package org.onetrip.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The province's catalogue for scenario 8: its ~90 districts, 1,300 towns with 15 villages each and the sample town's
 * departments, announced on {@code catalogue.reference} as the catalogue announces what it saves (so every service
 * names them); and the sample town's published items offered again by every other town (~60,000 items), in the
 * catalogue and in the services' replicas of it, as their events would have left them. Written once, before the
 * first size.
 */
final class ProvinceCatalogue {
    /** The sample town whose items and departments every generated town offers too. */
    private static final String SAMPLE_TOWN = "330109013";
    private static final int VILLAGES = 15;

    private ProvinceCatalogue() {
    }

    /** The towns of {@link DataScale#town}, as SQL. */
    private static String towns() {
        return """
                towns as (select '33' || lpad((100 + n %% 90)::text, 4, '0') || lpad((n / 90 + 1)::text, 3, '0') as town
                          from generate_series(0, %d) n)""".formatted(DataScale.TOWNS - 1);
    }

    /** Writes it unless a run before did; returns the number of published items the catalogue then offers. */
    static long generate() throws Exception {
        try (Connection c = Bench.connect("catalogue"); Statement s = c.createStatement()) {
            if (count(s, "select count(*) from jurisdiction where code = '" + DataScale.town(0) + "'") == 0) {
                s.execute(("""
                        with %s,
                        places as (
                            insert into jurisdiction (code, name, level, parent_code)
                            select distinct left(town, 6), '规模' || left(town, 6) || '区', 'DISTRICT', null::varchar from towns
                            union all select town, '规模' || town || '镇', 'TOWN', left(town, 6) from towns
                            union all select town || (200 + v), '规模' || town || '镇' || v || '村', 'VILLAGE', town
                            from towns, generate_series(1, %d) v
                            on conflict (code) do nothing
                            returning code, name, level, parent_code),
                        departments as (
                            insert into department (code, name, jurisdiction_code, address, phone)
                            select t.town || substring(d.code from 10), replace(d.name, '义桥镇', '规模' || t.town || '镇'), t.town,
                                   d.address, d.phone
                            from department d, towns t where d.jurisdiction_code = '%s'
                            on conflict (code) do nothing
                            returning code, name, jurisdiction_code, address, phone),
                        announced as (
                            insert into outbox_event (event_id, topic, event_key, event_type, source, payload)
                            select gen_random_uuid(), 'catalogue.reference', code, 'org.onetrip.catalogue.jurisdiction.saved.v1',
                                   '/onetrip/catalogue', json_build_object('code', code, 'name', name, 'level', level,
                                   'parent', parent_code)::text
                            from (select * from places order by length(code), code) p
                            returning 1)
                        insert into outbox_event (event_id, topic, event_key, event_type, source, payload)
                        select gen_random_uuid(), 'catalogue.reference', code, 'org.onetrip.catalogue.department.saved.v1',
                               '/onetrip/catalogue', json_build_object('code', code, 'name', name, 'jurisdiction', jurisdiction_code,
                               'address', address, 'phone', phone)::text
                        from departments""").formatted(towns(), VILLAGES, SAMPLE_TOWN));
                s.execute(("""
                        with %s
                        insert into item_version (code, version, status, guide, name, short_name, category, jurisdiction_code,
                            department_code, proxy_eligible, zero_trip, reform_listed, online, search_grams, created_at, created_by,
                            updated_at, published_at, published_by)
                        select t.town || substring(v.code from 10), 1, 'PUBLISHED', v.guide, v.name, v.short_name, v.category, t.town,
                               t.town || substring(v.department_code from 10), v.proxy_eligible, v.zero_trip, v.reform_listed, v.online,
                               v.search_grams, v.created_at, v.created_by, v.updated_at, v.published_at, v.published_by
                        from item_version v, towns t
                        where v.status = 'PUBLISHED' and v.jurisdiction_code = '%s' and t.town <> '%2$s'""")
                        .formatted(towns(), SAMPLE_TOWN));
                s.execute("vacuum analyze item_version");
                replicate();
            }
            return count(s, "select count(*) from item_version where status = 'PUBLISHED'");
        }
    }

    /** The items in intake's and oversight's replicas of the catalogue, as their consumers would have kept them. */
    private static void replicate() throws Exception {
        try (Connection c = Bench.connect("intake"); Statement s = c.createStatement()) {
            s.execute(("""
                    with %s
                    insert into published_item (code, version, name, current, withdrawn, published_at, requirements)
                    select t.town || substring(p.code from 10), p.version, p.name, p.current, p.withdrawn, p.published_at, p.requirements
                    from published_item p, towns t where p.code like '%s-%%' and t.town <> '%2$s'
                    on conflict do nothing""").formatted(towns(), SAMPLE_TOWN));
        }
        try (Connection c = Bench.connect("oversight"); Statement s = c.createStatement()) {
            s.execute(("""
                    with %s
                    insert into watched_item (code, name, jurisdiction, reform_listed, proxy_eligible, zero_trip, published_at, withdrawn_at)
                    select t.town || substring(w.code from 10), w.name, t.town, w.reform_listed, w.proxy_eligible, w.zero_trip,
                           w.published_at, w.withdrawn_at
                    from watched_item w, towns t where w.jurisdiction = '%s' and t.town <> '%2$s'
                    on conflict do nothing""").formatted(towns(), SAMPLE_TOWN));
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
