package org.onetrip.e2e;

import org.apache.kafka.clients.admin.Admin;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.TestInfrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the chaos run sent, checked against every service's state once the faults have stopped: each case of the chaos
 * villages in oversight at intake's status, each agent's request linked to its case in proxy-agent, each decision
 * applied, each change and message recorded once, every outbox drained, and no dead letter about the run's cases.
 */
final class ChaosLedger {
    private static final List<String> DATABASES = List.of("catalogue", "intake", "proxyagent", "oversight");

    /** What went missing and what was doubled, each named with the case or request it concerns. */
    record Findings(int cases, List<String> lost, List<String> doubled, List<String> disordered, List<String> undrained) {
        boolean clean() {
            return lost.isEmpty() && doubled.isEmpty() && disordered.isEmpty() && undrained.isEmpty();
        }

        @Override
        public String toString() {
            return "%d cases, %d lost, %d doubled, %d out of order, %d outboxes undrained%s".formatted(cases, lost.size(),
                    doubled.size(), disordered.size(), undrained.size(),
                    clean() ? "" : ": " + first(lost) + first(doubled) + first(disordered) + first(undrained));
        }

        private static String first(List<String> findings) {
            return findings.isEmpty() ? "" : findings.subList(0, Math.min(10, findings.size())) + " ";
        }
    }

    private final ChaosLoad load;

    ChaosLedger(ChaosLoad load) {
        this.load = load;
    }

    Findings check() {
        List<String> lost = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        List<String> undrained = new ArrayList<>();
        String[] villages = load.villages.toArray(String[]::new);
        // Every request of the run's villages that left proxy-agent, with the case proxy-agent linked it to.
        Map<String, String> requests = pairs("proxyagent", "select id::text, coalesce(case_number, '') from proxy_request "
                + "where village = any(?) and submitted_at is not null", villages);
        String[] requestIds = requests.keySet().toArray(String[]::new);
        // The run's cases in intake: the window's of its villages and the agents' of its requests.
        Map<String, String> intake = pairs("intake", "select number, status from intake_case "
                + "where jurisdiction = any(?) or proxy_request_id::text = any(?)", villages, requestIds);
        Map<String, String> intakeProxy = pairs("intake", "select proxy_request_id::text, number from intake_case "
                + "where proxy_request_id::text = any(?)", requestIds);
        String[] numbers = intake.keySet().toArray(String[]::new);
        Map<String, String> oversight = pairs("oversight", "select number, status from watched_case where number = any(?)", numbers);

        load.submitted.stream().filter(n -> !intake.containsKey(n)).forEach(n -> lost.add(n + " submitted, not in intake"));
        load.accepted.stream().filter(n -> "SUBMITTED".equals(intake.get(n))).forEach(n -> lost.add(n + " accepted, SUBMITTED in intake"));
        load.decided.stream().filter(n -> !Set.of("COMPLETED", "DELIVERED", "CLOSED").contains(intake.get(n)))
                .forEach(n -> lost.add(n + " decided, " + intake.get(n) + " in intake"));
        intake.forEach((number, status) -> {
            if (!status.equals(oversight.get(number))) {
                lost.add(number + " " + status + " in intake, " + oversight.get(number) + " in oversight");
            }
        });
        load.proxySubmitted.stream().filter(r -> !requests.containsKey(r)).forEach(r -> lost.add("request " + r + " submitted, not in proxy-agent"));
        requests.forEach((request, linked) -> {
            String number = intakeProxy.get(request);
            if (number == null) {
                lost.add("request " + request + " submitted, no case in intake");
            } else if (!number.equals(linked)) {
                lost.add("request " + request + " is case " + number + " in intake, '" + linked + "' in proxy-agent");
            }
        });
        doubled.addAll(rows("intake", """
                select c.number || ' ' || t.to_status || ' recorded ' || count(*) || ' times' from case_transition t
                join intake_case c on c.id = t.case_id where c.number = any(?) group by c.number, t.to_status having count(*) > 1""", numbers));
        doubled.addAll(rows("intake", """
                select n.reference || ' ' || n.kind || ' ' || n.channel || ' sent ' || count(*) || ' times' from notification n                 where n.reference = any(?) group by n.reference, n.kind, n.channel having count(*) > 1""", numbers));
        for (String db : DATABASES) {
            undrained.addAll(rows(db, "select '" + db + ": ' || count(*) || ' events unsent' from outbox_event "
                    + "where sent_at is null having count(*) > 0"));
        }
        lost.addAll(deadLetters(intake.keySet()));
        return new Findings(intake.size(), lost, doubled, disordered(numbers), undrained);
    }

    /**
     * Cases whose events a consumer reads in another order than intake made them (its outbox's order): each event's
     * first arrival counts, since one sent again after a fault is dropped by every consumer.
     */
    private static List<String> disordered(String[] numbers) {
        Map<String, List<String>> made = new HashMap<>();
        query("intake", "select event_key, event_id::text from outbox_event where topic = 'intake.cases' and event_key = any(?) "
                + "order by id", new String[][] {numbers}, rows -> made.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                .add(rows.getString(2)));
        Map<String, List<String>> read = new HashMap<>();
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            for (var r : cases.readThroughMarkers(Duration.ofSeconds(60))) {
                List<String> ids = read.computeIfAbsent(String.valueOf(r.key()), k -> new ArrayList<>());
                String id = KafkaProbe.header(r, "ce_id");
                if (made.containsKey(r.key()) && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        List<String> found = new ArrayList<>();
        made.forEach((number, ids) -> {
            if (!ids.equals(read.get(number))) {
                found.add(number + " made " + ids + ", read " + read.get(number));
            }
        });
        return found;
    }

    /** Dead letters about the run's cases (each dead-letter topic read through a marker, so "none" means none). */
    private static List<String> deadLetters(Set<String> numbers) {
        Set<String> topics;
        try (Admin admin = Admin.create(TestInfrastructure.kafkaAdmin(Map.of()))) {
            topics = new HashSet<>(admin.listTopics().names().get());
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the topics", e);
        }
        List<String> found = new ArrayList<>();
        for (String topic : topics.stream().filter(t -> t.contains(".dlq.")).sorted().toList()) {
            try (KafkaProbe probe = new KafkaProbe(topic)) {
                probe.readThroughMarkers(Duration.ofSeconds(30)).stream().filter(r -> numbers.contains(r.key()))
                        .forEach(r -> found.add(r.key() + " dead-lettered on " + topic + ": " + KafkaProbe.header(r, "dead-letter-reason")));
            }
        }
        return found;
    }

    /** The first column of each row mapped to the second. */
    private static Map<String, String> pairs(String database, String sql, String[]... parameters) {
        Map<String, String> found = new HashMap<>();
        query(database, sql, parameters, rows -> found.put(rows.getString(1), rows.getString(2)));
        return found;
    }

    private static List<String> rows(String database, String sql, String[]... parameters) {
        List<String> found = new ArrayList<>();
        query(database, sql, parameters, rows -> found.add(rows.getString(1)));
        return found;
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(String database, String sql, String[][] parameters, Row row) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        try (Connection c = DriverManager.getConnection(infrastructure.postgresUrl() + "/" + database,
                infrastructure.postgresUser(), infrastructure.postgresPassword());
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setArray(i + 1, c.createArrayOf("text", parameters[i]));
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database + ": " + e.getMessage(), e);
        }
    }
}
