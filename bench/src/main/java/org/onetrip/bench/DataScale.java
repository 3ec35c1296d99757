package org.onetrip.bench;

import org.onetrip.devstack.LocalTokens;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * 8. A province's data: ~1,300 towns under ~90 districts with ~60,000 published items ({@link ProvinceCatalogue}) and three
 * years of cases, grown step by step to the sizes asked for ({@code -Dbench.scale.sizes=10000,1000000,10000000}), each
 * step measured the same way: a town's, a district's and the province's figures for the year so far and the running
 * week's board; the bench town's department inbox, its clerk's list of cases and residents' look-ups; the public
 * catalogue's search and lists; the window (submit + accept) at a steady rate with its processor time a case; the quiet
 * minute of intake and oversight (the deadline watch's included); and each database's size a case. The cases are
 * written in bulk straight into oversight's tables and intake's ({@link IntakeCases}), as the events and the window would
 * have left them (2 % still open, every finished one rated), so a size the window would need days to reach takes
 * minutes. The growth is printed as a table; for each measurement over 300 ms the statement seen running there most is
 * explained.
 */
final class DataScale {
    private static final List<Long> SIZES = Arrays.stream(System.getProperty("bench.scale.sizes", "10000,1000000").split(","))
            .map(String::trim).map(Long::parseLong).toList();
    private static final int DISTRICTS = 90;
    static final int TOWNS = 1_300;
    private static final long BATCH = 100_000;
    private static final int CALLS = Integer.getInteger("bench.scale.calls", 15);
    /** What a supervisor's figures and boards should take at province level (p95). */
    private static final int TARGET_MS = 300;
    /** The window's load while the data is large, after a warm-up at the same rate. */
    private static final double WINDOW_RATE = Double.parseDouble(System.getProperty("bench.scale.window-rate", "20"));
    private static final Duration WINDOW_STEP = Duration.ofSeconds(Long.getLong("bench.scale.window-seconds", 60));
    /** The bench's own town, 330109013, as the generator numbers the towns. */
    private static final int BENCH_TOWN = 12 * DISTRICTS + 9;
    private static final Http.Token OFFICER = new Http.Token(new LocalTokens.Holder("bench-officer", "officer", "330109013-MZ", "330109013"));
    private static final Duration QUIET = Duration.ofSeconds(Long.getLong("bench.scale.quiet.seconds", 60));
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The first generated town and its district: a province's code 33, districts 330100…, towns 330100001…. */
    private static final String TOWN = town(0);
    private static final String DISTRICT = TOWN.substring(0, 6);
    private static final String PROVINCE = "33";
    /** Where the generated history ends: the same for intake's rows and oversight's, whenever each is written. */
    private static final java.time.Instant NOW = java.time.Instant.now();
    private static final long THREE_YEARS_SECONDS = 3 * 365 * 86400L;

    private DataScale() {
    }

    /** One row of the growth table. */
    private record Step(long cases, Map<String, double[]> timings, OpenLoop.Result window, double cpuPerCase, double quietMsPerSecond,
                        Map<String, Double> bytesPerCase) {
        Map<String, Double> asJson() {
            Map<String, Double> json = new LinkedHashMap<>();
            timings.forEach((n, t) -> json.put(n.replace(' ', '-') + "-p95", t[1]));
            json.put("windowP99", window.p99());
            json.put("windowCpuMsPerCase", cpuPerCase);
            json.put("quietMsPerSecond", quietMsPerSecond);
            bytesPerCase.forEach((d, b) -> json.put(d + "BytesPerCase", b));
            return json;
        }
    }

    /** A measured call and the database whose running statements explain it. */
    private record Call(String database, Supplier<CompletableFuture<String>> call) {
    }

    static void run(OneTripSystem system) throws Exception {
        Bench.awaitCaughtUp();
        // The case every generated one is modelled on (its materials), submitted as a window would.
        Bench.submitAndAccept(system.intake, null).get();
        OpenLoop.run(WINDOW_RATE, WINDOW_STEP, () -> Bench.submitAndAccept(system.intake, null));
        long t0 = System.nanoTime();
        long items = ProvinceCatalogue.generate();
        // Every service names the new places and departments before anything is measured.
        Bench.awaitCaughtUp("catalogue.reference");
        Bench.say("8. the province's catalogue: %,d published items in %d towns, written in %.0f s", items, TOWNS, (System.nanoTime() - t0) / 1e9);
        List<Step> steps = new ArrayList<>();
        long written = generated("oversight", "watched_case");
        long writtenIntake = generated("intake", "intake_case");
        for (long size : SIZES) {
            // Oversight's rows and intake's are written side by side, a PostgreSQL backend each: a million took 290 s so
            // against some 380 one after the other (at ten million both wait for the same disk; docs/performance.md).
            long overseen = written;
            long taken = writtenIntake;
            CompletableFuture<Void> oversight = CompletableFuture.runAsync(
                    () -> written(overseen, size, "oversight", () -> generate(overseen, size)));
            written(taken, size, "intake (with their steps, departments and documents)", () -> new IntakeCases().generate(taken, size));
            oversight.join();
            written = Math.max(written, size);
            writtenIntake = Math.max(writtenIntake, size);
            Step step = measure(system, size);
            steps.add(step);
            Bench.json("scale-" + step.cases(), step.asJson());
            // The table so far after every size: a run to ten million lasts hours, and what it measured before is kept
            // if its last step fails.
            printGrowth(steps);
        }
    }

    private static void printGrowth(List<Step> steps) {
        Bench.say("8. growth, a column for each size (ms, p50/p95 of %d calls each; window: p99 at %.0f cases/s and ms of processor time a"
                + " case, all processes but the load generator; quiet: intake, oversight and PostgreSQL, ms of processor time a second):",
                CALLS, WINDOW_RATE);
        Bench.say("   %-28s | %s", "cases", String.join(" | ", steps.stream().map(st -> String.format(Locale.ROOT, "%15s",
                String.format(Locale.ROOT, "%,d", st.cases()))).toList()));
        for (String name : steps.get(0).timings().keySet()) {
            growthRow(steps, name + " (ms)", st -> String.format(Locale.ROOT, "%7.1f/%7.1f", st.timings().get(name)[0], st.timings().get(name)[1]));
        }
        growthRow(steps, "window p99 (ms)", st -> String.format(Locale.ROOT, "%15.1f", st.window().p99()));
        growthRow(steps, "window processor ms a case", st -> String.format(Locale.ROOT, "%15.1f", st.cpuPerCase()));
        growthRow(steps, "quiet processor ms a second", st -> String.format(Locale.ROOT, "%15.1f", st.quietMsPerSecond()));
        for (String database : steps.get(0).bytesPerCase().keySet()) {
            growthRow(steps, database + " bytes a case", st -> String.format(Locale.ROOT, "%15.0f", st.bytesPerCase().get(database)));
        }
    }

    /** Something that writes cases in bulk. */
    private interface Writing {
        void write() throws Exception;
    }

    /** Writes cases {@code from}..{@code to} into one database if it has fewer, and says how long it took. */
    private static void written(long from, long to, String into, Writing writing) {
        if (from >= to) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            writing.write();
        } catch (Exception e) {
            throw new IllegalStateException("writing cases into " + into, e);
        }
        Bench.say("8. wrote cases %,d..%,d into %s in %.0f s", from, to, into, (System.nanoTime() - t0) / 1e9);
    }

    private static void growthRow(List<Step> steps, String name, java.util.function.Function<Step, String> cell) {
        Bench.say("   %-28s | %s", name, String.join(" | ", steps.stream().map(cell).toList()));
    }

    private static Step measure(OneTripSystem system, long size) throws Exception {
        for (String[] table : new String[][] {{"oversight", "watched_case"}, {"oversight", "review"}, {"intake", "intake_case"},
                {"intake", "case_department"}, {"intake", "case_transition"}, {"intake", "case_document"}}) {
            try (Connection c = Bench.connect(table[0]); Statement s = c.createStatement()) {
                s.execute("vacuum analyze " + table[1]);
            }
        }
        LocalDate today = LocalDate.now(CHINA);
        String monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        Map<String, Call> calls = new LinkedHashMap<>();
        for (String[] j : new String[][] {{"town", TOWN}, {"district", DISTRICT}, {"province", PROVINCE}}) {
            String figures = system.oversight.url("/api/v1/figures?jurisdiction=" + URLEncoder.encode(j[1], StandardCharsets.UTF_8));
            String board = system.oversight.url("/api/v1/board/" + j[1] + "/weeks/" + monday);
            calls.put(j[0] + " year", new Call("oversight", () -> Http.get(figures)));
            calls.put(j[0] + " week", new Call("oversight", () -> Http.get(board)));
        }
        // The bench's own town (330109013) is one of the province's: its clerk, its 民政 officer, and residents looking
        // up any of its cases.
        String inbox = system.intake.url("/api/v1/inbox/cases?size=20");
        String list = system.intake.url("/api/v1/cases?size=20");
        calls.put("inbox page", new Call("intake", () -> Http.get(inbox, OFFICER.get())));
        calls.put("clerk list", new Call("intake", () -> Http.get(list, Http.CLERK.get())));
        calls.put("look-up", new Call("intake", () -> Http.get(system.intake.url("/api/v1/progress/" + someCaseOf(BENCH_TOWN, size)
                + "?code=" + IntakeCases.LOOKUP_CODE))));
        for (String[] search : new String[][] {{"search", "q=" + URLEncoder.encode("优待", StandardCharsets.UTF_8)},
                {"town items", "jurisdiction=" + TOWN}, {"province items", "jurisdiction=" + PROVINCE}}) {
            String url = system.catalogue.url("/api/v1/catalogue/items?" + search[1]);
            calls.put(search[0], new Call("catalogue", () -> Http.get(url)));
        }
        Map<String, double[]> timings = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> seen = new LinkedHashMap<>();
        for (var call : calls.entrySet()) {
            for (int i = 0; i < 3; i++) {
                call.getValue().call().get().get();
            }
            Map<String, Integer> running = new HashMap<>();
            try (ActivitySampler sampler = new ActivitySampler(call.getValue().database(), running)) {
                timings.put(call.getKey(), timed(call.getValue().call()));
            }
            seen.put(call.getKey(), running);
        }
        CpuMeter everything = new CpuMeter(List.of(system.catalogue, system.intake, system.proxyAgent, system.oversight));
        var beforeWindow = everything.sample();
        OpenLoop.Result window = OpenLoop.run(WINDOW_RATE, WINDOW_STEP, () -> Bench.submitAndAccept(system.intake, null));
        Map<String, Double> windowCpu = CpuMeter.perOperation(beforeWindow, everything.sample(), window.operations());
        double cpuPerCase = windowCpu.get("all") - windowCpu.getOrDefault("load generator", 0.0);
        Bench.awaitCaughtUp();
        CpuMeter cpu = new CpuMeter(List.of(system.intake, system.oversight));
        var before = cpu.sample();
        Thread.sleep(QUIET.toMillis());
        Map<String, Double> perSecond = CpuMeter.perOperation(before, cpu.sample(), QUIET.toSeconds());
        double quiet = perSecond.getOrDefault("intake", 0.0) + perSecond.getOrDefault("oversight", 0.0) + perSecond.getOrDefault("postgres", 0.0);
        Map<String, Double> bytes = new LinkedHashMap<>();
        for (String database : List.of("intake", "oversight")) {
            try (Connection c = Bench.connect(database); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select pg_database_size('" + database + "')")) {
                rs.next();
                bytes.put(database, rs.getLong(1) / (double) size);
            }
        }
        Bench.say("8. %,d cases: %s; window at %.0f/s p99 %.1f ms (errors %d), %.1f ms of processor time a case; quiet %.1f ms/s; bytes a case: %s",
                size, String.join(", ", timings.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s p95 %.1f ms", e.getKey(),
                        e.getValue()[1])).toList()), WINDOW_RATE, window.p99(), window.errors(), cpuPerCase, quiet,
                bytes.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
        Bench.say("   window processor time a case by process: %s", windowCpu.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue())).collect(Collectors.joining(", ")));
        for (var t : timings.entrySet()) {
            if (t.getValue()[1] > TARGET_MS) {
                explainMostSeen(t.getKey(), calls.get(t.getKey()).database(), seen.get(t.getKey()));
            }
        }
        return new Step(size, timings, window, cpuPerCase, quiet, bytes);
    }

    /** A generated case of {@code town} picked at random among the first {@code size}, as residents look theirs up. */
    private static String someCaseOf(int town, long size) {
        long rounds = Math.max(1, size / TOWNS);
        return number(town(town), town + TOWNS * java.util.concurrent.ThreadLocalRandom.current().nextLong(rounds));
    }

    /** p50 and p95 of sequential calls, as one supervisor opening the screen again and again would see them. */
    private static double[] timed(Supplier<CompletableFuture<String>> call) throws Exception {
        double[] ms = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long t0 = System.nanoTime();
            call.get().get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[CALLS / 2], ms[(int) Math.ceil(CALLS * 0.95) - 1]};
    }

    /** The plan PostgreSQL would choose for the statement most often seen running in a measurement over the target. */
    private static void explainMostSeen(String measurement, String database, Map<String, Integer> seen) throws Exception {
        String statement = seen.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (statement == null) {
            return;
        }
        Bench.say("   %s is over %d ms at p95; the statement seen running there most (%d of %d samples), as PostgreSQL plans it:",
                measurement, TARGET_MS, seen.get(statement), seen.values().stream().mapToInt(Integer::intValue).sum());
        // The simple query protocol: a statement with $1 placeholders is planned generically, not bound to nothing.
        try (Connection c = Bench.connect(database + "?preferQueryMode=simple"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("explain (generic_plan) " + statement)) {
            while (rs.next()) {
                Bench.say("     %s", rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            String shown = statement.replaceAll("\\s+", " ");
            Bench.say("     (not explained: %s)\n     %s", e.getMessage().lines().findFirst().orElse(""),
                    shown.length() > 400 ? shown.substring(0, 400) + "…" : shown);
        }
    }

    /** Samples a database's running statements every 10 ms, counting each text, until closed. */
    private static final class ActivitySampler implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        ActivitySampler(String database, Map<String, Integer> seen) {
            thread = new Thread(() -> {
                try (Connection c = Bench.connect(database); Statement s = c.createStatement()) {
                    while (running.get()) {
                        try (ResultSet rs = s.executeQuery("select query from pg_stat_activity where datname = '" + database + "'"
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

    /** Cases this scenario wrote before into a service's table (a second run on the same data carries on from there). */
    private static long generated(String database, String table) throws Exception {
        try (Connection c = Bench.connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table + " where number like 'S%'")) {
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
                                   '%5$s'::timestamptz - make_interval(secs => (g * 2654435761) %% (3 * 365 * 86400)) as submitted
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
                                   case when g %% 50 = 0 then '%6$s'::date + 10 + (g %% 20)::int
                                        else (submitted at time zone 'Asia/Shanghai')::date + 7 end,
                                   case when g %% 50 = 0 then '%6$s'::date + 8 + (g %% 20)::int
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
                        where completed_at is not null and (resident or completed_at < '%5$s'::timestamptz - interval '10 days')
                        """.formatted(TOWNS, DISTRICTS, start, end, NOW, LocalDate.ofInstant(NOW, CHINA)));
            }
        }
    }

    /** The {@code g}th generated case's number, the same in every service. */
    static String number(String town, long g) {
        return "S" + town + "-" + g;
    }

    /** When the {@code g}th case was submitted: spread over the three years before {@link #NOW} by a multiplicative hash. */
    static java.time.Instant submitted(long g) {
        return NOW.minusSeconds((g * 2654435761L) % THREE_YEARS_SECONDS);
    }

    /** One case in fifty is still open. */
    static boolean open(long g) {
        return g % 50 == 0;
    }

    static String itemCode(String town, long g) {
        return town + "-QR-" + String.format(Locale.ROOT, "%04d", g % 46);
    }

    /** Open: due in 10 to 30 days (nothing for the deadline watch to raise); finished: a week after acceptance. */
    static LocalDate dueDate(LocalDate acceptedOn, long g) {
        return open(g) ? LocalDate.ofInstant(NOW, CHINA).plusDays(10 + g % 20) : acceptedOn.plusDays(7);
    }

    /** The {@code n}th of the province's towns: districts take the towns in turn. */
    static String town(int n) {
        return "33" + String.format(Locale.ROOT, "%04d", 100 + n % TOWNS % DISTRICTS) + String.format(Locale.ROOT, "%03d", n % TOWNS / DISTRICTS + 1);
    }
}
