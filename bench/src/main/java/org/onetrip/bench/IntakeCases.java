package org.onetrip.bench;

import org.onetrip.platform.personaldata.IdentityCodes;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.personaldata.SealedAt;
import org.onetrip.platform.personaldata.SealedValue;
import org.onetrip.platform.testing.OneTripTestResource;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The window's side of the province's cases (scenario 8): the same cases oversight is given ({@link DataScale}), as
 * intake would have kept them: each with its applicant's personal data sealed for its own row with the services' keys
 * (so every page that opens them works on them as on any case), its look-up code, its steps, its department and its
 * 受理通知书 numbered after the town's real ones. Written with COPY, {@value #CHUNK} cases at a time.
 */
final class IntakeCases {
    /** Every generated case's look-up code, so the bench can look any of them up as a resident would. */
    static final String LOOKUP_CODE = "BNCH-7K4Q";
    private static final int CHUNK = 50_000;
    private static final String[] CHANNELS = {"WINDOW", "WINDOW", "WINDOW", "WINDOW", "WINDOW", "WINDOW", "PROXY", "ONLINE", "MOBILE",
            "DEPARTMENT_COUNTER"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
    private static final String[] GIVEN = {"秀英", "建国", "桂英", "志强", "丽娟", "明", "伟", "芳", "海燕", "国庆"};
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PersonalData personalData = new PersonalData(Map.of("local", OneTripTestResource.PII_KEY), "local",
            OneTripTestResource.PII_HASH_KEY);
    /** Cases {@code from}..{@code to} (exclusive) of {@link DataScale#submitted}'s spread, with their steps and documents. */
    void generate(long from, long to) throws Exception {
        try (Connection c = Bench.connect("intake")) {
            String materials = templateMaterials(c);
            for (long start = from; start < to; start += CHUNK) {
                long end = Math.min(to, start + CHUNK);
                long firstId = reserveIds(c, end - start);
                StringBuilder rows = new StringBuilder((int) (end - start) * 1400);
                for (long g = start; g < end; g++) {
                    row(rows, firstId + g - start, g, materials);
                }
                ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn("""
                        copy intake_case (id, number, status, item_code, item_version, item_name, jurisdiction, channel, applicant_kind,
                            applicant_name, applicant_code_sealed, applicant_code_hash, applicant_code_masked, phone_sealed, phone_hash,
                            phone_masked, facts, materials, promised_days, accepted_at, accepted_on, due_date, decision, completed_at,
                            delivery_method, delivered_at, trips, submitted_by, submitted_as, submitted_at, updated_at,
                            lookup_code_sealed, lookup_code_hash) from stdin""", new StringReader(rows.toString()));
                children(c, firstId, firstId + end - start);
            }
        }
    }

    /** The materials of the case the bench submitted through the window: every generated case brought the same. */
    private static String templateMaterials(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select materials::text from intake_case where number not like 'S%' order by id limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("scenario 8 needs a case submitted through the window first");
            }
            return rs.getString(1);
        }
    }

    /** Ids for {@code count} cases taken from the identity sequence, so the window's own cases go on after them. */
    private static long reserveIds(Connection c, long count) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select setval(pg_get_serial_sequence('intake_case', 'id'), nextval(pg_get_serial_sequence('intake_case', 'id')) + "
                        + (count - 1) + ")")) {
            rs.next();
            return rs.getLong(1) - count + 1;
        }
    }

    private void row(StringBuilder out, long id, long g, String materials) {
        String town = DataScale.town((int) (g % DataScale.TOWNS));
        String number = DataScale.number(town, g);
        OffsetDateTime submitted = DataScale.submitted(g).atOffset(ZoneOffset.UTC);
        LocalDate acceptedOn = submitted.atZoneSameInstant(CHINA).toLocalDate();
        boolean open = DataScale.open(g);
        OffsetDateTime completed = open ? null : submitted.plusDays(g % 9 + 1);
        String name = SURNAMES[(int) (g % SURNAMES.length)] + GIVEN[(int) (g / SURNAMES.length % GIVEN.length)];
        String idNumber = residentId(g);
        String phone = "13" + String.format(Locale.ROOT, "%09d", (g * 7919) % 1_000_000_000L);
        SealedValue code = personalData.sealId(idNumber, at(number, "applicant_code_sealed"));
        SealedValue sealedPhone = personalData.sealPhone(phone, at(number, "phone_sealed"));
        String[] cells = {
                String.valueOf(id), number, open ? "ROUTED" : "DELIVERED", DataScale.itemCode(town, g), "1", "规模测试事项", town,
                CHANNELS[(int) (g % CHANNELS.length)], "PERSON", personalData.seal(name, at(number, "applicant_name")),
                code.sealed, code.hash, code.masked, sealedPhone.sealed, sealedPhone.hash, sealedPhone.masked, "[]", materials, "5",
                submitted.plusMinutes(10).toString(), acceptedOn.toString(), DataScale.dueDate(acceptedOn, g).toString(),
                open ? null : "APPROVED", completed == null ? null : completed.toString(), open ? null : "WINDOW_PICKUP",
                completed == null ? null : completed.plusHours(1).toString(), String.valueOf(g % 3), "clerk-" + town, "clerk",
                submitted.toString(), (completed == null ? submitted : completed.plusHours(1)).toString(),
                personalData.seal(LOOKUP_CODE, at(number, "lookup_code_sealed")), personalData.hash(number + ":" + LOOKUP_CODE)};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(cells[i] == null ? "\\N" : cells[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        out.append('\n');
    }

    private static SealedAt at(String number, String column) {
        return new SealedAt("intake_case", column, number);
    }

    /** A valid resident ID number of someone born between 1950 and 2007, different for every case. */
    private static String residentId(long g) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(g % 21_000);
        String first17 = "330109" + birth.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", g % 1000);
        for (char check : "0123456789X".toCharArray()) {
            if (IdentityCodes.isResidentId(first17 + check, LocalDate.of(2026, 1, 1))) {
                return first17 + check;
            }
        }
        throw new IllegalStateException("no check character for " + first17);
    }

    /**
     * Each case's steps as the window and the department left them, its implementing department (the town's 民政), and
     * its 受理通知书, numbered per town and year after what the town's counter had issued (the counters move past them),
     * printed as the bench's real case's was: the text is read only to print, which this scenario does not measure.
     */
    private static void children(Connection c, long firstId, long endId) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                with generated as (select * from intake_case where id >= ? and id < ?),
                steps as (
                    insert into case_transition (case_id, at, actor, from_status, to_status)
                    select id, at, actor, from_status, to_status from generated, lateral (values
                        (submitted_at, submitted_by, null, 'SUBMITTED'),
                        (accepted_at, submitted_by, 'SUBMITTED', 'ACCEPTED'),
                        (accepted_at, 'system', 'ACCEPTED', 'ROUTED'),
                        (completed_at, 'officer-' || jurisdiction, 'ROUTED', 'COMPLETED'),
                        (delivered_at, submitted_by, 'COMPLETED', 'DELIVERED')) t(at, actor, from_status, to_status)
                    where at is not null
                    returning 1),
                departments as (
                    insert into case_department (case_id, department, role, stage, decision, decided_at)
                    select id, jurisdiction || '-MZ', 'IMPLEMENTING', case when completed_at is null then 'ROUTED' else 'DECIDED' end,
                           decision, completed_at from generated
                    returning 1),
                numbered as (
                    select g.*, extract(year from g.accepted_at at time zone 'Asia/Shanghai')::int as year,
                           row_number() over (partition by g.jurisdiction, extract(year from g.accepted_at at time zone 'Asia/Shanghai')
                                              order by g.id) + coalesce(dc.last, 0) as sequence
                    from generated g left join document_counter dc on dc.jurisdiction = g.jurisdiction and dc.kind = 'ACCEPTANCE'
                      and dc.year = extract(year from g.accepted_at at time zone 'Asia/Shanghai')),
                documents as (
                    insert into case_document (id, case_id, kind, number, issuer, issued_year, sequence, issued_at, issued_by, content)
                    select gen_random_uuid(), id, 'ACCEPTANCE', '规模〔' || year || '〕受字第 ' || lpad(sequence::text, 4, '0') || ' 号',
                           jurisdiction, year, sequence, accepted_at, submitted_by, template.content
                    from numbered, (select content from case_document where kind = 'ACCEPTANCE' order by issued_at limit 1) template
                    returning issuer, issued_year, sequence)
                insert into document_counter (jurisdiction, year, kind, last)
                select issuer, issued_year, 'ACCEPTANCE', max(sequence) from documents group by issuer, issued_year
                on conflict (jurisdiction, year, kind) do update set last = greatest(document_counter.last, excluded.last)""")) {
            s.setLong(1, firstId);
            s.setLong(2, endId);
            s.execute();
        }
    }
}
