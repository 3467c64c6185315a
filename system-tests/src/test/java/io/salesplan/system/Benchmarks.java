package io.salesplan.system;

import static io.salesplan.system.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplan.system.Suite.Service;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The benchmark harness: ingestion rate against the raw JDBC rate, freshness, report latency
 * against a naive SQL aggregation, single-request throughput with autocannon, and start-up time
 * and memory. Every figure is measured here, on the running suite; nothing is assumed.
 */
final class Benchmarks {

    enum Scale {
        QUICK(3_000, 3, 15, 500, 20, 2_000, 200, 50, 2, List.of(1, 8), 2),
        /** A tenth of the full data set, for a run that fits in a few minutes. */
        TENTH(50_000, 4, 100, 5_000, 500, 100_000, 10_000, 300, 10, List.of(1, 16, 64), 0),
        /** Report latency is measured at the TENTH data set on the way, too. */
        FULL(200_000, 4, 200, 5_000, 500, 1_000_000, 100_000, 500, 10, List.of(1, 16, 64), 10);

        final int bulkActivities;
        final int bulkClients;
        final int freshnessSamples;
        final int loadPerSecond;
        final int reps;
        final int activities;
        final int opportunities;
        final int reportSamples;
        final int cannonSeconds;
        final List<Integer> cannonConnections;
        /** Report latency is also measured once 1/checkpoint of the data is loaded (0: only at the end). */
        final int checkpoint;

        Scale(int bulkActivities, int bulkClients, int freshnessSamples, int loadPerSecond, int reps, int activities,
                int opportunities, int reportSamples, int cannonSeconds, List<Integer> cannonConnections,
                int checkpoint) {
            this.bulkActivities = bulkActivities;
            this.bulkClients = bulkClients;
            this.freshnessSamples = freshnessSamples;
            this.loadPerSecond = loadPerSecond;
            this.reps = reps;
            this.activities = activities;
            this.opportunities = opportunities;
            this.reportSamples = reportSamples;
            this.cannonSeconds = cannonSeconds;
            this.cannonConnections = cannonConnections;
            this.checkpoint = checkpoint;
        }
    }

    /** What a run measured, by section and figure name. */
    record Report(Map<String, Map<String, Double>> figures, String markdown) {
    }

    private static final String[] TYPES = {"CALL", "EMAIL", "VISIT", "DEMO", "MEETING"};
    private final Suite suite;
    private final Scale scale;
    private final Random random = new Random(42);
    private final String run = Long.toString(System.nanoTime(), 36);
    private final int year = LocalDate.now(ZoneOffset.UTC).getYear();
    private final Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
    private final StringBuilder md = new StringBuilder();
    /** The team every benchmark team sits under, so a goal on it counts this run's activities only. */
    private String root;
    private List<String> teams = new ArrayList<>();
    private List<String> reps = new ArrayList<>();
    private int timedOut;

    Benchmarks(Suite suite, Scale scale) {
        this.suite = suite;
        this.scale = scale;
    }

    Report run() throws Exception {
        organisation();
        section(this::bulkIngestion);
        section(this::freshness);
        section(this::reportLatency);
        section(this::singleRequests);
        section(this::startupAndMemory);
        return new Report(figures, md.toString());
    }

    private interface Step {
        void run() throws Exception;
    }

    private void section(Step step) throws Exception {
        int from = md.length();
        step.run();
        System.out.print(md.substring(from));
    }

    // ---- set-up ---------------------------------------------------------------------------------

    private void organisation() throws Exception {
        int teamCount = Math.max(2, scale.reps / 50);
        root = Api.create(Service.GOALS, "/api/v1/teams", obj().put("name", "Bench " + run)).path("id").asText();
        for (int t = 0; t < teamCount; t++) {
            teams.add(Api.create(Service.GOALS, "/api/v1/teams",
                    obj().put("name", "Bench " + run + " " + t).put("parentTeamId", root)).path("id").asText());
        }
        for (int i = 0; i < scale.reps; i++) {
            reps.add(Api.create(Service.GOALS, "/api/v1/reps", obj().put("name", "Bench rep " + i)
                    .put("email", "bench." + i + "." + run + "@example.com").put("teamId", teams.get(i % teamCount)))
                    .path("id").asText());
        }
        // Every rep once through activity-service, so ingestion below measures the steady state.
        ArrayNode warmup = Api.JSON.createArrayNode();
        for (String rep : reps) {
            warmup.add(activity(rep, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), "warmup"));
        }
        postBatches(warmup, 1);
    }

    private String goal(String ownerType, String ownerId, String metric, BigDecimal target) {
        ObjectNode body = obj().put("title", "Bench " + metric).put("type", "KPI").put("ownerType", ownerType)
                .put("period", String.valueOf(year)).put("metric", metric).put("targetValue", target);
        if (ownerId != null) {
            body.put("ownerId", ownerId);
        }
        String id = Api.create(Service.GOALS, "/api/v1/goals", body).path("id").asText();
        await("review-service knows goal " + id, Duration.ofSeconds(60),
                () -> Api.get(Service.REVIEW, "/api/v1/reviews/goals/" + id).status() == 200);
        return id;
    }

    private double actual(String goalId) {
        JsonNode body = Api.get(Service.REVIEW, "/api/v1/reviews/goals/" + goalId).body();
        return body.path("actual").isNull() ? 0 : body.path("actual").asDouble();
    }

    private ObjectNode activity(String owner, OffsetDateTime at, String externalId) {
        ObjectNode item = obj().put("type", TYPES[random.nextInt(TYPES.length)]).put("ownerId", owner)
                .put("occurredAt", at.toString()).put("durationMinutes", 15);
        if (externalId != null) {
            item.put("source", "bench-" + run).put("externalId", externalId + "-" + UUID.randomUUID());
        }
        return item;
    }

    /** Posts items in batches of 1 000 from several clients; returns when every batch was answered. */
    private long postBatches(ArrayNode items, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int from = 0; from < items.size(); from += 1000) {
            ArrayNode chunk = Api.JSON.createArrayNode();
            for (int i = from; i < Math.min(items.size(), from + 1000); i++) {
                chunk.add(items.get(i));
            }
            ObjectNode batch = obj();
            batch.set("items", chunk);
            answers.add(pool.submit(() -> {
                Api.Response r = Api.post(Service.ACTIVITY, "/api/v1/activities/batch", batch);
                if (r.status() != 200 && r.status() != 201 && r.status() != 207) {
                    throw new AssertionError("batch → " + r.status() + " " + r.text());
                }
                return r.body().path("created").asInt();
            }));
        }
        long created = 0;
        for (Future<Integer> answer : answers) {
            created += answer.get();
        }
        pool.shutdown();
        return created;
    }

    // ---- 1. bulk ingestion ----------------------------------------------------------------------

    private void bulkIngestion() throws Exception {
        // Other tests share the suite, so the counter is a goal on this run's own team tree; it
        // starts once the warm-up (one activity per rep) has been counted.
        String counter = goal("TEAM", root, "ACTIVITIES", new BigDecimal("1000000000"));
        double baseline = reps.size();
        await("review-service counted the warm-up", Duration.ofMinutes(2), () -> actual(counter) == baseline, 200);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(30);
        ArrayNode items = Api.JSON.createArrayNode();
        for (int i = 0; i < scale.bulkActivities; i++) {
            items.add(activity(reps.get(i % reps.size()), now.minusSeconds(random.nextInt(3600)), "bulk"));
        }
        long started = System.nanoTime();
        long created = postBatches(items, scale.bulkClients);
        double apiSeconds = seconds(started);
        check(created == scale.bulkActivities, "all " + scale.bulkActivities + " created, got " + created);
        await("review-service applied the bulk", Duration.ofMinutes(10),
                () -> actual(counter) >= baseline + scale.bulkActivities);
        double endToEndSeconds = seconds(started);
        check(actual(counter) == baseline + scale.bulkActivities, "review counted each activity once");

        double rawSeconds = rawInsert(scale.bulkActivities, scale.bulkClients);
        double apiRate = created / apiSeconds;
        double e2eRate = created / endToEndSeconds;
        double rawRate = scale.bulkActivities / rawSeconds;
        put("bulk", "activities", created);
        put("bulk", "api_per_second", apiRate);
        put("bulk", "end_to_end_per_second", e2eRate);
        put("bulk", "raw_jdbc_per_second", rawRate);
        put("bulk", "ratio_end_to_end_to_raw", e2eRate / rawRate);
        md.append("## 1. Bulk ingestion\n\n")
                .append(String.format("%,d activities in batches of 1 000 from %d concurrent clients.%n%n",
                        created, scale.bulkClients))
                .append("| measure | activities/s |\n|---|---:|\n")
                .append(String.format("| batch API (until every batch was answered) | %,.0f |%n", apiRate))
                .append(String.format("| end to end (until review-service counted them all) | %,.0f |%n", e2eRate))
                .append(String.format("| raw JDBC batch insert of the same rows, same table shape, same PostgreSQL | %,.0f |%n",
                        rawRate))
                .append(String.format("| ratio end to end ÷ raw | %.0f %% |%n%n", 100 * e2eRate / rawRate));
    }

    /** The physical limit: the same rows into a copy of the activity table, plain JDBC batches. */
    private double rawInsert(int rows, int clients) throws Exception {
        String url = suite.jdbcUrl(Service.ACTIVITY) + "?reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_raw_activity");
            s.execute("create table bench_raw_activity (like activity including defaults including indexes)");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        int perClient = rows / clients;
        for (int client = 0; client < clients; client++) {
            int count = client == clients - 1 ? rows - perClient * (clients - 1) : perClient;
            done.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                        PreparedStatement insert = c.prepareStatement("insert into bench_raw_activity "
                                + "(id, type, owner_id, occurred_at, duration_minutes, source, external_id, created_at, version, "
                                + "created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, 1, 'raw', 'raw')")) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < count; i++) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, TYPES[i % TYPES.length]);
                        insert.setObject(3, UUID.fromString(reps.get(i % reps.size())));
                        insert.setObject(4, now.minusSeconds(i % 3600));
                        insert.setInt(5, 15);
                        insert.setString(6, "raw");
                        insert.setString(7, UUID.randomUUID().toString());
                        insert.setObject(8, now);
                        insert.addBatch();
                        if ((i + 1) % 1000 == 0 || i == count - 1) {
                            insert.executeBatch();
                            c.commit();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double elapsed = seconds(started);
        pool.shutdown();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("drop table bench_raw_activity");
        }
        return elapsed;
    }

    // ---- 2. freshness ---------------------------------------------------------------------------

    private void freshness() throws Exception {
        String rep = reps.get(0);
        String goal = goal("REP", rep, "ACTIVITIES", new BigDecimal("1000000"));
        double[] idle = freshnessSamples(goal, rep);
        int idleTimeouts = timedOut;

        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong loaded = new AtomicLong();
        int perTick = scale.loadPerSecond / 10;
        Thread load = new Thread(() -> {
            while (loading.get()) {
                long tick = System.nanoTime();
                ArrayNode items = Api.JSON.createArrayNode();
                for (int i = 0; i < perTick; i++) {
                    items.add(activity(reps.get(1 + random.nextInt(reps.size() - 1)),
                            OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), "load"));
                }
                try {
                    loaded.addAndGet(postBatches(items, 1));
                    long rest = 100 - (System.nanoTime() - tick) / 1_000_000;
                    if (rest > 0) {
                        Thread.sleep(rest);
                    }
                } catch (Exception e) {
                    return;
                }
            }
        }, "bench-load");
        long loadStarted = System.nanoTime();
        load.start();
        double[] underLoad = freshnessSamples(goal, rep);
        loading.set(false);
        load.join();
        double achieved = loaded.get() / seconds(loadStarted);
        int loadedTimeouts = timedOut - idleTimeouts;

        putPercentiles("freshness_idle_ms", idle);
        putPercentiles("freshness_loaded_ms", underLoad);
        put("freshness_loaded_ms", "achieved_load_per_second", achieved);
        put("freshness_loaded_ms", "timed_out", loadedTimeouts);
        md.append("## 2. Freshness\n\n")
                .append("Time from `POST /api/v1/activities` returning to the rep's ACTIVITIES variance in "
                        + "review-service counting it (polled every 2 ms).\n\n")
                .append("| condition | samples | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|\n")
                .append(row("idle", idle))
                .append(row(String.format("under a steady bulk load of %,.0f activities/s (target %,d)", achieved,
                        scale.loadPerSecond), underLoad))
                .append(String.format("%nSamples not reflected within 30 s (recorded as 30 000 ms): %d idle, %d under load.%n%n",
                        idleTimeouts, loadedTimeouts));
    }

    /**
     * Latencies in ms. A sample that is not reflected within 30 s is recorded as 30 000 ms and
     * counted in {@link #timedOut}; after three in a row, or after 90 s in all, sampling stops,
     * since the consumer is then only falling further behind.
     */
    private double[] freshnessSamples(String goal, String rep) {
        List<Double> samples = new ArrayList<>();
        int timeoutsInARow = 0;
        long stopAt = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (int i = 0; i < scale.freshnessSamples && timeoutsInARow < 3 && System.nanoTime() < stopAt; i++) {
            double before = actual(goal);
            Api.Response posted = Api.post(Service.ACTIVITY, "/api/v1/activities",
                    activity(rep, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5), null));
            check(posted.status() == 201, "activity created: " + posted.status() + " " + posted.text());
            long returned = System.nanoTime();
            boolean seen = within(Duration.ofSeconds(30), () -> actual(goal) >= before + 1, 2);
            samples.add((System.nanoTime() - returned) / 1e6);
            timeoutsInARow = seen ? 0 : timeoutsInARow + 1;
            timedOut += seen ? 0 : 1;
        }
        return samples.stream().mapToDouble(Double::doubleValue).toArray();
    }

    // ---- 3. report latency ----------------------------------------------------------------------

    /** The reports of §3 with their naive queries, measured at one point of the load. */
    private record Latencies(int activities, int opportunities, Map<String, double[]> ours, Map<String, double[]> naive) {
    }

    private void reportLatency() throws Exception {
        String company = goal("COMPANY", null, "ACTIVITIES", new BigDecimal("1000000000"));
        String companyDeals = goal("COMPANY", null, "DEALS_WON", new BigDecimal("1000000"));
        double activitiesBefore = actual(company);
        double dealsBefore = actual(companyDeals);
        String team = teams.get(0);
        String rep = reps.get(0);
        String teamRevenue = goal("TEAM", team, "REVENUE_WON", new BigDecimal("100000000"));
        Api.create(Service.GOALS, "/api/v1/goals/" + teamRevenue + "/decompose", obj().put("by", "OWNER"));
        String teamActivities = goal("TEAM", team, "ACTIVITIES", new BigDecimal("1000000"));
        String repRevenue = goal("REP", rep, "REVENUE_WON", new BigDecimal("1000000"));
        String repActivities = goal("REP", rep, "ACTIVITIES", new BigDecimal("100000"));
        await("team children visible", Duration.ofSeconds(60), () -> Api.get(Service.REVIEW,
                "/api/v1/reviews/goals/" + teamRevenue).body().path("children").size() > 0);

        // Loaded in steps; at the checkpoint (a tenth of FULL is the TENTH data set) every report is
        // measured once already, so one run shows how each grows with the data.
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = (int) Math.max(1, LocalDate.now(ZoneOffset.UTC).toEpochDay() - first.toEpochDay());
        List<Latencies> points = new ArrayList<>();
        int loadedActivities = 0;
        int loadedOpportunities = 0;
        int won = 0;
        double loadSeconds = 0;
        for (int divisor : scale.checkpoint > 0 ? List.of(scale.checkpoint, 1) : List.of(1)) {
            long loadStarted = System.nanoTime();
            int activities = scale.activities / divisor - loadedActivities;
            int opportunities = scale.opportunities / divisor - loadedOpportunities;
            loadActivities(first, days, activities);
            won += loadOpportunities(first, days, opportunities);
            loadedActivities += activities;
            loadedOpportunities += opportunities;
            int expectedActivities = loadedActivities;
            int expectedWon = won;
            await("review-service applied the history", Duration.ofMinutes(30),
                    () -> actual(company) >= activitiesBefore + expectedActivities
                            && actual(companyDeals) >= dealsBefore + expectedWon);
            loadSeconds += seconds(loadStarted);
            points.add(measureReports(team, rep, teamActivities, repActivities, teamRevenue, repRevenue,
                    loadedActivities, loadedOpportunities));
        }

        Latencies last = points.get(points.size() - 1);
        put("report", "reps", reps.size());
        put("report", "load_seconds", loadSeconds);
        md.append("## 3. Report latency\n\n")
                .append(String.format("Loaded through the public APIs: %,d reps in %d teams, %,d activities over the year "
                        + "(batch API), %,d opportunities (%,d won); %.0f s until review-service had applied all of it. "
                        + "Each report is requested %d times in a row (after 20 warm-up requests); the naive query is the "
                        + "same number computed by plain SQL over the raw rows — activities in activity-service's own "
                        + "table joined with its reps, revenue over review-service's raw opportunity rows, the conversion "
                        + "funnel's cohort with its stage history and the effectiveness per type over review-service's "
                        + "raw opportunity, stage-move and activity rows. A team has %d reps; conversion and "
                        + "effectiveness are a team's, from 1 January to today.%n%n",
                        reps.size(), teams.size(), scale.activities, scale.opportunities, won, loadSeconds,
                        scale.reportSamples, reps.size() / teams.size()))
                .append("| report | ours p50 ms | p95 ms | p99 ms | naive SQL p50 ms | p95 ms | p99 ms | naive ÷ ours (p95) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String name : last.ours().keySet()) {
            double[] o = last.ours().get(name);
            double[] n = last.naive().get(name);
            String key = name.replace(' ', '_');
            putPercentiles("report_" + key + "_ms", o);
            putPercentiles("naive_" + key + "_ms", n);
            md.append(String.format("| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f× |%n", name,
                    percentile(o, 50), percentile(o, 95), percentile(o, 99),
                    percentile(n, 50), percentile(n, 95), percentile(n, 99), percentile(n, 95) / percentile(o, 95)));
        }
        md.append('\n');
        if (points.size() > 1) {
            Latencies checkpoint = points.get(0);
            md.append(String.format("As the data grows (same run: measured first at %,d activities and %,d "
                    + "opportunities, then at %,d and %,d): p95 ms, and how many times slower at the end.%n%n",
                    checkpoint.activities(), checkpoint.opportunities(), last.activities(), last.opportunities()))
                    .append(String.format("| report | ours at %,d | ours at %,d | ours grew | naive at %,d | naive at %,d "
                            + "| naive grew |%n", checkpoint.activities(), last.activities(), checkpoint.activities(),
                            last.activities()))
                    .append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (String name : last.ours().keySet()) {
                double oursBefore = percentile(checkpoint.ours().get(name), 95);
                double oursAfter = percentile(last.ours().get(name), 95);
                double naiveBefore = percentile(checkpoint.naive().get(name), 95);
                double naiveAfter = percentile(last.naive().get(name), 95);
                String key = name.replace(' ', '_');
                put("checkpoint_report_" + key + "_ms", "p95", oursBefore);
                put("checkpoint_naive_" + key + "_ms", "p95", naiveBefore);
                md.append(String.format("| %s | %.2f | %.2f | %.1f× | %.2f | %.2f | %.1f× |%n", name, oursBefore,
                        oursAfter, oursAfter / oursBefore, naiveBefore, naiveAfter, naiveAfter / naiveBefore));
            }
            md.append('\n');
        }
    }

    private void loadActivities(LocalDate first, int days, int count) throws Exception {
        ArrayNode items = Api.JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            items.add(activity(reps.get(random.nextInt(reps.size())),
                    first.plusDays(random.nextInt(days)).atTime(9 + random.nextInt(8), random.nextInt(60))
                            .atOffset(ZoneOffset.UTC), "history"));
            if (items.size() == 50_000 || i == count - 1) {
                postBatches(items, 4);
                items = Api.JSON.createArrayNode();
            }
        }
    }

    private Latencies measureReports(String team, String rep, String teamActivities, String repActivities,
            String teamRevenue, String repRevenue, int activities, int opportunities) throws Exception {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, double[]> ours = new LinkedHashMap<>();
        Map<String, double[]> naive = new LinkedHashMap<>();
        String activityDb = suite.jdbcUrl(Service.ACTIVITY);
        String reviewDb = suite.jdbcUrl(Service.REVIEW);
        String teamActivitiesSql = "select count(*) from activity a join known_rep r on r.id = a.owner_id "
                + "where r.team_id = ?::uuid and a.occurred_at >= ?::date and a.occurred_at < (?::date + 1)";
        String repActivitiesSql = "select count(*) from activity where owner_id = ?::uuid "
                + "and occurred_at >= ?::date and occurred_at < (?::date + 1)";
        String teamRevenueSql = "select r.rep_id, coalesce(sum(o.amount), 0) from rm_rep r left join rm_opportunity o "
                + "on o.owner_id = r.rep_id and o.status = 'WON' and o.closed_date between ?::date and ?::date "
                + "where r.team_id = ?::uuid group by r.rep_id";
        String repRevenueSql = "select coalesce(sum(amount), 0) from rm_opportunity where owner_id = ?::uuid "
                + "and status = 'WON' and closed_date between ?::date and ?::date";
        // the rows a funnel is walked from: the team's cohort with its stage history, as of today
        String conversionSql = "select o.opportunity_id, o.initial_stage, o.stage, m.to_stage, m.to_kind, "
                + "extract(epoch from o.created_at), coalesce(extract(epoch from m.moved_at), 0) "
                + "from rm_opportunity o join rm_rep r on r.rep_id = o.owner_id left join rm_stage_move m "
                + "on m.opportunity_id = o.opportunity_id and m.moved_at < (?::date + 1) "
                + "where r.team_id = ?::uuid and o.created_date between ?::date and ?::date "
                + "order by o.opportunity_id, m.version";
        String cohortSql = "select count(*) from rm_opportunity o join rm_rep r on r.rep_id = o.owner_id "
                + "where r.team_id = ?::uuid and o.created_date between ?::date and ?::date";
        String effectivenessSql = "select a.type, count(distinct a.opportunity_id), "
                + "count(distinct case when o.status = 'WON' and o.closed_date <= ?::date then o.opportunity_id end), "
                + "count(distinct case when o.status = 'LOST' and o.closed_date <= ?::date then o.opportunity_id end), "
                + "count(*) from rm_activity a join rm_rep r on r.rep_id = a.owner_id left join rm_opportunity o "
                + "on o.opportunity_id = a.opportunity_id where not a.deleted and r.team_id = ?::uuid "
                + "and a.occurred_date between ?::date and ?::date group by a.type";
        String conversion = "/api/v1/reviews/conversion?ownerType=TEAM&ownerId=" + team + "&from=" + from + "&to="
                + today;
        String effectiveness = "/api/v1/reviews/activity-effectiveness?ownerType=TEAM&ownerId=" + team + "&from="
                + from + "&to=" + today;

        // The loaded freshness phase may have left a backlog: measure once review-service has caught up.
        await("review-service caught up with every activity", Duration.ofMinutes(15), () -> {
            try {
                return actualOf(teamActivities) == naiveNumber(activityDb, teamActivitiesSql, team, from, to);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        ours.put("team ACTIVITIES", latencies(() -> actualOf(teamActivities)));
        naive.put("team ACTIVITIES", sqlLatencies(activityDb, teamActivitiesSql, team, from, to));
        ours.put("rep ACTIVITIES", latencies(() -> actualOf(repActivities)));
        naive.put("rep ACTIVITIES", sqlLatencies(activityDb, repActivitiesSql, rep, from, to));
        ours.put("team REVENUE_WON with its reps", latencies(() -> actualOf(teamRevenue)));
        naive.put("team REVENUE_WON with its reps", sqlLatencies(reviewDb, teamRevenueSql, from, to, team));
        ours.put("rep REVENUE_WON", latencies(() -> actualOf(repRevenue)));
        naive.put("rep REVENUE_WON", sqlLatencies(reviewDb, repRevenueSql, rep, from, to));
        ours.put("team conversion", latencies(() -> report(conversion).path("cohort").asDouble()));
        naive.put("team conversion", sqlLatencies(reviewDb, conversionSql, today, team, from, today));
        ours.put("team effectiveness", latencies(() -> report(effectiveness).path("types").path(0)
                .path("activities").asDouble()));
        naive.put("team effectiveness", sqlLatencies(reviewDb, effectivenessSql, today, today, team, from, today));

        check(actualOf(teamActivities) == naiveNumber(activityDb, teamActivitiesSql, team, from, to),
                "team activity count equals the raw count");
        check(actualOf(repActivities) == naiveNumber(activityDb, repActivitiesSql, rep, from, to),
                "rep activity count equals the raw count");
        check(actualOf(repRevenue) == naiveNumber(reviewDb, repRevenueSql, rep, from, to),
                "rep revenue equals the raw sum");
        check(report(conversion).path("cohort").asDouble() == naiveNumber(reviewDb, cohortSql, team, from, today),
                "the conversion cohort equals the raw count");
        return new Latencies(activities, opportunities, ours, naive);
    }

    private JsonNode report(String path) {
        Api.Response r = Api.get(Service.REVIEW, path);
        check(r.status() == 200, path + " answered " + r.status());
        return r.body();
    }

    private int loadOpportunities(LocalDate first, int days, int count) throws Exception {
        String account = Api.create(Service.PIPELINE, "/api/v1/accounts", obj().put("name", "Bench " + run))
                .path("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String owner = reps.get(random.nextInt(reps.size()));
            OffsetDateTime created = first.plusDays(random.nextInt(days)).atTime(10, 0).atOffset(ZoneOffset.UTC);
            boolean win = random.nextInt(10) < 3;
            long amount = 10_000 + 1_000L * random.nextInt(200);
            int n = i;
            results.add(pool.submit(() -> {
                String id = Api.create(Service.PIPELINE, "/api/v1/opportunities", obj().put("name", "Bench deal " + n)
                        .put("accountId", account).put("ownerId", owner).put("amount", amount)
                        .put("createdAt", created.toString())).path("id").asText();
                if (win) {
                    OffsetDateTime at = created.plusDays(5);
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
                    Api.create(Service.PIPELINE, "/api/v1/opportunities/" + id + "/stage",
                            obj().put("stage", "WON").put("at", (at.isAfter(now) ? now : at).toString()));
                }
                return win;
            }));
        }
        int won = 0;
        for (Future<Boolean> r : results) {
            won += r.get() ? 1 : 0;
        }
        pool.shutdown();
        return won;
    }

    private double actualOf(String goal) {
        Api.Response r = Api.get(Service.REVIEW, "/api/v1/reviews/goals/" + goal);
        check(r.status() == 200, "report answered " + r.status());
        return r.body().path("actual").asDouble();
    }

    private double[] latencies(Supplier<Double> request) {
        for (int i = 0; i < 20; i++) {
            request.get();
        }
        double[] samples = new double[scale.reportSamples];
        for (int i = 0; i < samples.length; i++) {
            long started = System.nanoTime();
            request.get();
            samples[i] = (System.nanoTime() - started) / 1e6;
        }
        return samples;
    }

    private double[] sqlLatencies(String url, String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setString(i + 1, params[i].toString());
            }
            return latencies(() -> {
                try (ResultSet rs = query.executeQuery()) {
                    double total = 0;
                    while (rs.next()) {
                        total += rs.getDouble(rs.getMetaData().getColumnCount());
                    }
                    return total;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private double naiveNumber(String url, String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setString(i + 1, params[i].toString());
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    // ---- 4. single requests ---------------------------------------------------------------------

    private void singleRequests() throws Exception {
        Path tools = Path.of("target/tools");
        Path cannon = tools.resolve("node_modules/autocannon/autocannon.js");
        if (!Files.exists(cannon)) {
            exec(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", tools.toString(),
                    "autocannon@8.0.0"), Duration.ofMinutes(5));
        }
        String body = obj().put("type", "CALL").put("ownerId", reps.get(1))
                .put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString()).toString();
        md.append("## 4. Single requests\n\n")
                .append(String.format("`POST /api/v1/activities` (a new activity each time) with autocannon 8, %d s per "
                        + "level, on the same machine as the suite. CPU per request: the processes' user and system time "
                        + "(`/proc/<pid>/stat`) over the level divided by its requests; PostgreSQL is every `postgres` "
                        + "process of both servers, Kafka runs inside the harness's JVM.%n%n", scale.cannonSeconds))
                .append("| connections | requests/s | p50 ms | p99 ms | non-2xx | CPU ms/request: activity-service | "
                        + "PostgreSQL | review-service | Kafka and harness |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int connections : scale.cannonConnections) {
            long[] cpuBefore = cpuTicks();
            String out = exec(List.of("node", cannon.toString(), "-c", String.valueOf(connections), "-d",
                    String.valueOf(scale.cannonSeconds), "-m", "POST", "-H", "content-type=application/json",
                    "-H", "authorization=Bearer " + Suite.tokens().forRole("integration", null), "-b", body,
                    "-j", Service.ACTIVITY.url() + "/api/v1/activities"), Duration.ofMinutes(2));
            JsonNode result = Api.JSON.readTree(out.substring(out.indexOf('{')));
            double rps = result.path("requests").path("average").asDouble();
            double p50 = result.path("latency").path("p50").asDouble();
            double p99 = result.path("latency").path("p99").asDouble();
            long non2xx = result.path("non2xx").asLong() + result.path("errors").asLong();
            long[] cpuAfter = cpuTicks();
            double requests = Math.max(1, result.path("requests").path("total").asDouble());
            double[] cpuMs = new double[cpuAfter.length];
            for (int i = 0; i < cpuMs.length; i++) {
                cpuMs[i] = (cpuAfter[i] - cpuBefore[i]) * 1000.0 / CLOCK_TICKS / requests;
            }
            put("single_c" + connections, "requests_per_second", rps);
            put("single_c" + connections, "p99_ms", p99);
            put("single_c" + connections, "non_2xx", non2xx);
            put("single_c" + connections, "cpu_ms_activity_service", cpuMs[0]);
            put("single_c" + connections, "cpu_ms_postgres", cpuMs[1]);
            md.append(String.format("| %d | %,.0f | %.1f | %.1f | %d | %.2f | %.2f | %.2f | %.2f |%n", connections, rps, p50,
                    p99, non2xx, cpuMs[0], cpuMs[1], cpuMs[2], cpuMs[3]));
        }
        md.append('\n');
    }

    // ---- 5. start-up and memory -----------------------------------------------------------------

    private void startupAndMemory() throws Exception {
        md.append("## 5. Start-up and memory\n\n")
                .append("Each service restarted alone, twice: as the tests start it (`java " + String.join(" ", Suite.JVM_OPTIONS)
                        + " -jar quarkus-run.jar`, the machine's default `java`) and as the local run starts it (the command "
                        + "`deploy/local/common.sh` builds, below: on a JDK 25 it trains the service's AOT cache first, "
                        + "outside the timing). Time from launch to `/q/health/ready` UP, then resident memory (VmRSS) "
                        + "after 50 requests.\n\n")
                .append("| service | default: launch → ready s | RSS MB | local run: launch → ready s | RSS MB | "
                        + "start-up ratio |\n|---|---:|---:|---:|---:|---:|\n");
        String shown = null;
        for (Service service : Service.values()) {
            suite.stop(service);
            double[] before = startAndMeasure(service, null);
            List<String> localRun = localRunCommand(service);
            shown = shown == null ? String.join(" ", localRun) : shown;
            suite.stop(service);
            double[] after = startAndMeasure(service, localRun);
            put("startup_" + service.module, "seconds", before[0]);
            put("startup_" + service.module, "rss_mb", before[1]);
            put("startup_local_run_" + service.module, "seconds", after[0]);
            put("startup_local_run_" + service.module, "rss_mb", after[1]);
            md.append(String.format("| %s | %.2f | %.0f | %.2f | %.0f | %.1f× |%n", service.module, before[0], before[1],
                    after[0], after[1], before[0] / after[0]));
        }
        md.append("\nThe local run's command, for goals-service: `").append(shown).append("`\n\n");
    }

    /** Starts a stopped service (with the default command when {@code command} is null): seconds to ready, RSS MB. */
    private double[] startAndMeasure(Service service, List<String> command) throws Exception {
        double startup = (command == null ? suite.start(service) : suite.start(service, command)).toMillis() / 1000.0;
        for (int i = 0; i < 50; i++) {
            Api.get(service, "/q/health/ready");
            Api.get(service, "/q/openapi");
        }
        return new double[] {startup, rssMb(suite.pid(service))};
    }

    /** The command deploy/local/run starts the service with, its AOT cache trained if the JVM can use one. */
    private static List<String> localRunCommand(Service service) throws Exception {
        String jar = service.module + "/target/quarkus-app/quarkus-run.jar";
        String script = "cd \"$1\" && ROOT=\"$1\" && source deploy/local/common.sh && choose_java"
                + " && java_command \"$2\" \"$3\" 256m >&2 && printf '%s\\n' \"${COMMAND[@]}\"";
        return exec(List.of("bash", "-c", script, "bash", Suite.ROOT.toString(), service.module, jar), Duration.ofMinutes(5))
                .lines().filter(line -> !line.isBlank()).toList();
    }

    /** Linux's USER_HZ: /proc reports CPU time in these ticks. */
    private static final double CLOCK_TICKS = 100;

    /** CPU ticks so far of activity-service, all PostgreSQL processes, review-service and this JVM (with Kafka). */
    private long[] cpuTicks() throws IOException {
        long postgres = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path dir : processes.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readString(dir.resolve("comm")).strip().equals("postgres")) {
                        postgres += cpuTicks(Long.parseLong(dir.getFileName().toString()), true);
                    }
                } catch (IOException gone) {
                    // the process ended while the list was read
                }
            }
        }
        return new long[] {cpuTicks(suite.pid(Service.ACTIVITY), false), postgres, cpuTicks(suite.pid(Service.REVIEW), false),
                cpuTicks(ProcessHandle.current().pid(), false)};
    }

    /** utime + stime of a process (and of its ended children: a postmaster's reaped backends). */
    private static long cpuTicks(long pid, boolean withChildren) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is the state (field 3); utime, stime, cutime, cstime are fields 14-17
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return withChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
    }

    private static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static String exec(List<String> command, Duration timeout) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, 2)) + " failed: "
                    + new String(process.getErrorStream().readAllBytes()));
        }
        return new String(out);
    }

    private static void await(String what, Duration timeout, Supplier<Boolean> condition) {
        await(what, timeout, condition, 50);
    }

    private static void await(String what, Duration timeout, Supplier<Boolean> condition, long pollMillis) {
        if (!within(timeout, condition, pollMillis)) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }

    private static boolean within(Duration timeout, Supplier<Boolean> condition, long pollMillis) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("benchmark check failed: " + what);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private String row(String name, double[] samples) {
        return String.format("| %s | %d | %.0f | %.0f | %.0f |%n", name, samples.length, percentile(samples, 50),
                percentile(samples, 95), percentile(samples, 99));
    }

    private void putPercentiles(String section, double[] samples) {
        put(section, "p50", percentile(samples, 50));
        put(section, "p95", percentile(samples, 95));
        put(section, "p99", percentile(samples, 99));
    }

    private void put(String section, String name, double value) {
        figures.computeIfAbsent(section, k -> new LinkedHashMap<>()).put(name, value);
    }
}
