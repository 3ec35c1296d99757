package org.onetrip.bench;

import org.onetrip.platform.testing.OneTripSystem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * 8. A province's data: supervision's read of ~1,300 towns under ~90 districts and three years of finished cases, grown
 * step by step to the sizes asked for ({@code -Dbench.scale.sizes=10000,1000000,10000000}), each step measured the same
 * way: a town's, a district's and the province's figures for the year so far and the running week's board, oversight's
 * quiet minute, and the database's size per case. The cases are written in bulk straight into oversight's tables, as
 * the events would have left them (2 % still open, every finished one rated), so a size the window would need days to
 * reach takes minutes. The growth is printed as a table; for each measurement over 300 ms the statement seen running
 * there most is explained.
 */
final class DataScale {
    private static final List<Long> SIZES = Arrays.stream(System.getProperty("bench.scale.sizes", "10000,1000000").split(","))
            .map(String::trim).map(Long::parseLong).toList();
    private static final int DISTRICTS = 90;
    private static final int TOWNS = 1_300;
    private static final long BATCH = 500_000;
    private static final int CALLS = Integer.getInteger("bench.scale.calls", 15);
    /** What a supervisor's figures and boards should take at province level (p95). */
    private static final int TARGET_MS = 300;
    private static final Duration QUIET = Duration.ofSeconds(Long.getLong("bench.scale.quiet.seconds", 60));
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The first generated town and its district: a province's code 33, districts 330100…, towns 330100001…. */
    private static final String TOWN = town(0);
    private static final String DISTRICT = TOWN.substring(0, 6);
    private static final String PROVINCE = "33";

    private DataScale() {
    }

    /** One row of the growth table. */
    private record Step(long cases, Map<String, double[]> timings, double quietMsPerSecond, double bytesPerCase) {
    }

    static void run(OneTripSystem system) throws Exception {
        Bench.awaitCaughtUp();
        List<Step> steps = new ArrayList<>();
        long written = generated();
        for (long size : SIZES) {
            if (written < size) {
                long t0 = System.nanoTime();
                generate(written, size);
                Bench.say("8. wrote cases %,d..%,d into oversight in %.0f s", written, size, (System.nanoTime() - t0) / 1e9);
                written = size;
            }
            steps.add(measure(system, size));
        }
        Bench.say("8. growth (ms, p50/p95 of %d calls each; quiet: oversight and PostgreSQL, ms of processor time a second):", CALLS);
        List<String> names = new ArrayList<>(steps.get(0).timings().keySet());
        Bench.say("   %12s | %s | %8s | %8s", "cases", String.join(" | ", names.stream().map(n -> String.format(Locale.ROOT, "%15s", n)).toList()),
                "quiet", "B/case");
        for (Step s : steps) {
            Bench.say("   %,12d | %s | %8.1f | %8.0f", s.cases(), String.join(" | ", names.stream().map(n -> String.format(Locale.ROOT,
                    "%7.1f/%7.1f", s.timings().get(n)[0], s.timings().get(n)[1])).toList()), s.quietMsPerSecond(), s.bytesPerCase());
            Map<String, Double> json = new LinkedHashMap<>();
            s.timings().forEach((n, t) -> json.put(n.replace(' ', '-') + "-p95", t[1]));
            json.put("quietMsPerSecond", s.quietMsPerSecond());
            json.put("bytesPerCase", s.bytesPerCase());
            Bench.json("scale-" + s.cases(), json);
        }
    }

    private static Step measure(OneTripSystem system, long size) throws Exception {
        try (Connection c = Bench.connect("oversight"); Statement s = c.createStatement()) {
            s.execute("vacuum analyze watched_case");
            s.execute("vacuum analyze review");
        }
        LocalDate today = LocalDate.now(CHINA);
        String monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        Map<String, String> calls = new LinkedHashMap<>();
        for (String[] j : new String[][] {{"town", TOWN}, {"district", DISTRICT}, {"province", PROVINCE}}) {
            calls.put(j[0] + " year", system.oversight.url("/api/v1/figures?jurisdiction=" + URLEncoder.encode(j[1], StandardCharsets.UTF_8)));
            calls.put(j[0] + " week", system.oversight.url("/api/v1/board/" + j[1] + "/weeks/" + monday));
        }
        Map<String, double[]> timings = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> seen = new LinkedHashMap<>();
        for (var call : calls.entrySet()) {
            for (int i = 0; i < 3; i++) {
                Http.get(call.getValue()).get();
            }
            Map<String, Integer> running = new HashMap<>();
            try (ActivitySampler sampler = new ActivitySampler(running)) {
                timings.put(call.getKey(), timed(call.getValue()));
            }
            seen.put(call.getKey(), running);
        }
        CpuMeter cpu = new CpuMeter(List.of(system.oversight));
        var before = cpu.sample();
        Thread.sleep(QUIET.toMillis());
        Map<String, Double> perSecond = CpuMeter.perOperation(before, cpu.sample(), QUIET.toSeconds());
        double quiet = perSecond.getOrDefault("oversight", 0.0) + perSecond.getOrDefault("postgres", 0.0);
        double bytes;
        try (Connection c = Bench.connect("oversight"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_database_size('oversight')")) {
            rs.next();
            bytes = rs.getLong(1) / (double) size;
        }
        Bench.say("8. %,d cases: %s; quiet %.1f ms/s; %.0f bytes a case", size, String.join(", ", timings.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s p95 %.1f ms", e.getKey(), e.getValue()[1])).toList()), quiet, bytes);
        for (var t : timings.entrySet()) {
            if (t.getValue()[1] > TARGET_MS) {
                explainMostSeen(t.getKey(), seen.get(t.getKey()));
            }
        }
        return new Step(size, timings, quiet, bytes);
    }

    /** p50 and p95 of sequential calls, as one supervisor opening the screen again and again would see them. */
    private static double[] timed(String url) throws Exception {
        double[] ms = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long t0 = System.nanoTime();
            Http.get(url).get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[CALLS / 2], ms[(int) Math.ceil(CALLS * 0.95) - 1]};
    }

    /** The plan PostgreSQL would choose for the statement most often seen running in a measurement over the target. */
    private static void explainMostSeen(String measurement, Map<String, Integer> seen) throws Exception {
        String statement = seen.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (statement == null) {
            return;
        }
        Bench.say("   %s is over %d ms at p95; the statement seen running there most (%d of %d samples), as PostgreSQL plans it:",
                measurement, TARGET_MS, seen.get(statement), seen.values().stream().mapToInt(Integer::intValue).sum());
        // The simple query protocol: a statement with $1 placeholders is planned generically, not bound to nothing.
        try (Connection c = Bench.connect("oversight?preferQueryMode=simple"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("explain (generic_plan) " + statement)) {
            while (rs.next()) {
                Bench.say("     %s", rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            Bench.say("     (not explained: %s)\n     %s", e.getMessage(), statement.replaceAll("\\s+", " "));
        }
    }

    /** Samples oversight's running statements every 10 ms, counting each text, until closed. */
    private static final class ActivitySampler implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        ActivitySampler(Map<String, Integer> seen) {
            thread = new Thread(() -> {
                try (Connection c = Bench.connect("oversight"); Statement s = c.createStatement()) {
                    while (running.get()) {
                        try (ResultSet rs = s.executeQuery("select query from pg_stat_activity where datname = 'oversight'"
                                + " and state = 'active' and pid <> pg_backend_pid()")) {
                            while (rs.next()) {
                                synchronized (seen) {
                                    seen.merge(rs.getString(1), 1, Integer::sum);
                                }
                            }
                        }
                        Thread.sleep(10);
                    }
                } catch (Exception e) {
                    Bench.say("   (activity sampling stopped: %s)", e.getMessage());
                }
            }, "activity-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    /** Cases this scenario wrote before (a second run on the same data carries on from there). */
    private static long generated() throws Exception {
        try (Connection c = Bench.connect("oversight"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from watched_case where number like 'S%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Cases {@code from}..{@code to} (exclusive), in batches: spread over the last three years by a multiplicative hash
     * of their ordinal, over the towns in turn; 2 % still open (due in 10 to 30 days, so the deadline watch has nothing
     * to raise), the rest delivered 1 to 9 days after submission; one in five rated by the resident, the others rated
     * by default once their rating period was over, as oversight would have done.
     */
    private static void generate(long from, long to) throws Exception {
        try (Connection c = Bench.connect("oversight"); Statement s = c.createStatement()) {
            for (long start = from; start < to; start += BATCH) {
                long end = Math.min(to, start + BATCH);
                s.execute("""
                        with g as (
                            select g, '33' || lpad((100 + (g %% %1$d) %% %2$d)::text, 4, '0')
                                      || lpad(((g %% %1$d) / %2$d + 1)::text, 3, '0') as town,
                                   now() - make_interval(secs => (g * 2654435761) %% (3 * 365 * 86400)) as submitted
                            from generate_series(%3$d::bigint, %4$d::bigint - 1) g),
                        c as (
                            insert into watched_case (number, item_code, item_name, jurisdiction, departments, channel, status,
                                submitted_by, submitted_as, submitted_at, accepted_on, promised_days, due_date, warning_on,
                                completed_at, trips, last_event_at)
                            select 'S' || town || '-' || g, town || '-QR-' || lpad((g %% 46)::text, 4, '0'), '规模测试事项', town,
                                   array[town || '-MZ'],
                                   (array['WINDOW','WINDOW','WINDOW','WINDOW','WINDOW','WINDOW','PROXY','ONLINE','MOBILE','DEPARTMENT_COUNTER'])[g %% 10 + 1],
                                   case when g %% 50 = 0 then 'ROUTED' else 'DELIVERED' end, 'clerk-' || town, 'clerk',
                                   submitted, (submitted at time zone 'Asia/Shanghai')::date, 5,
                                   case when g %% 50 = 0 then current_date + 10 + (g %% 20)::int
                                        else (submitted at time zone 'Asia/Shanghai')::date + 7 end,
                                   case when g %% 50 = 0 then current_date + 8 + (g %% 20)::int
                                        else (submitted at time zone 'Asia/Shanghai')::date + 5 end,
                                   case when g %% 50 = 0 then null else submitted + make_interval(days => (g %% 9)::int + 1) end,
                                   (g %% 3)::int, submitted
                            from g
                            returning number, jurisdiction, departments, channel, completed_at)
                        insert into review (id, case_number, round, rating, dimensions, reviewer, channel, jurisdiction, departments,
                                            reviewed_at, defaulted)
                        select gen_random_uuid(), number, 1,
                               case when resident then (array['VERY_SATISFIED','VERY_SATISFIED','SATISFIED','BASICALLY_SATISFIED',
                                   'DISSATISFIED'])[abs(hashtext(number)) %% 5 + 1] else 'SATISFIED' end,
                               '{}'::jsonb, case when resident then 'resident' else 'system' end, channel, jurisdiction, departments,
                               completed_at + case when resident then interval '1 hour' else interval '10 days' end, not resident
                        from (select *, abs(hashtext(number)) %% 5 = 0 as resident from c) r
                        where completed_at is not null and (resident or completed_at < now() - interval '10 days')
                        """.formatted(TOWNS, DISTRICTS, start, end));
            }
        }
    }

    /** The {@code n}th of the province's towns: districts take the towns in turn. */
    private static String town(int n) {
        return "33" + String.format(Locale.ROOT, "%04d", 100 + n % TOWNS % DISTRICTS) + String.format(Locale.ROOT, "%03d", n % TOWNS / DISTRICTS + 1);
    }
}
