package org.onetrip.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The SQL that one submission and one acceptance run in intake's database (the case, its history,
 * its outbox events, the counter and the routing), in the same two transactions, without the service
 * around it: the database's own limit for the window's write path.
 */
final class BaselineStatements {
    private BaselineStatements() {
    }

    static void submitAndAccept(Connection c) throws SQLException {
        long id;
        String number;
        try (PreparedStatement counter = c.prepareStatement("select next_case_number('999999999', 2026)")) {
            ResultSet rs = counter.executeQuery();
            rs.next();
            number = "999999999-2026-" + String.format("%06d", rs.getLong(1));
        }
        try (PreparedStatement insert = c.prepareStatement("""
                insert into intake_case (number, status, item_code, item_version, item_name, jurisdiction, channel, applicant_kind,
                  applicant_name, applicant_code_sealed, applicant_code_hash, applicant_code_masked, phone_sealed, phone_hash,
                  phone_masked, lookup_code_hash, facts, materials, notice, trips, submitted_by, submitted_as, submitted_at, updated_at)
                values (?, 'SUBMITTED', 'BENCH', 1, 'bench', '999999999', 'WINDOW', 'PERSON', 'x', ?, ?, 'x', ?, ?, 'x', ?,
                  '[]'::jsonb, '[{"code":"M01"},{"code":"M02"},{"code":"M03"},{"code":"M04"},{"code":"M05"}]'::jsonb,
                  '{"missing":[],"defective":[],"fetched":["M02"],"waived":[]}'::jsonb, 0, 'bench', 'clerk', now(), now()) returning id""")) {
            insert.setString(1, number);
            for (int i = 2; i <= 6; i++) {
                insert.setString(i, UUID.randomUUID().toString());
            }
            ResultSet rs = insert.executeQuery();
            rs.next();
            id = rs.getLong(1);
        }
        transition(c, id, null, "SUBMITTED");
        outbox(c, number);
        c.commit();

        try (PreparedStatement select = c.prepareStatement("select * from intake_case where number = ?")) {
            select.setString(1, number);
            select.executeQuery().close();
        }
        try (PreparedStatement update = c.prepareStatement("update intake_case set status = 'ROUTED', accepted_at = now(), "
                + "accepted_on = current_date, due_date = current_date + 7, promised_days = 5, updated_at = now(), "
                + "row_version = row_version + 1 where id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
        transition(c, id, "SUBMITTED", "ACCEPTED");
        outbox(c, number);
        try (PreparedStatement department = c.prepareStatement("insert into case_department (case_id, department, role, stage) "
                + "values (?, '999999999-MZ', 'IMPLEMENTING', 'ROUTED')")) {
            department.setLong(1, id);
            department.executeUpdate();
        }
        transition(c, id, "ACCEPTED", "ROUTED");
        outbox(c, number);
        c.commit();
    }

    private static void transition(Connection c, long id, String from, String to) throws SQLException {
        try (PreparedStatement t = c.prepareStatement("insert into case_transition (case_id, at, actor, from_status, to_status) "
                + "values (?, now(), 'bench', ?, ?)")) {
            t.setLong(1, id);
            t.setString(2, from);
            t.setString(3, to);
            t.executeUpdate();
        }
    }

    private static void outbox(Connection c, String number) throws SQLException {
        try (PreparedStatement o = c.prepareStatement("insert into outbox_event (event_id, topic, event_key, event_type, source, payload, created_at, sent_at) "
                + "values (?, 'bench.baseline', ?, 'bench', '/bench', '{\"bench\":true}', now(), now())")) {
            o.setObject(1, UUID.randomUUID());
            o.setString(2, number);
            o.executeUpdate();
        }
    }
}
