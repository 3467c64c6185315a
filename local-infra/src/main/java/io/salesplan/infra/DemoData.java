package io.salesplan.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads a realistic sales year through the public APIs only, as the people and the CRM of a sales
 * organisation would, each with their own token: an admin sets up a sales division (run by a
 * director) with 3 teams of 10 reps, each team with its manager, and a company revenue key result;
 * the director splits the division's target over the teams; each manager applies an action plan
 * and splits their team's target into quarters; a CRM integration creates about 5 000 opportunities,
 * moves them through the stages with plausible conversion and posts about 100 000 activities in
 * batches of 1 000.
 *
 * <p>Usage: {@code DemoData <goals-url> <pipeline-url> <activity-url> [year] [opportunities] [activities]};
 * the system property {@code salesplan.keys} names the local signing key's directory (default {@code .run/keys}).
 */
public final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TEAMS = {"East", "North", "South"};
    private static final String[] OPEN_STAGES = {"INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION"};
    private static final double[] PASS = {0.72, 0.66, 0.6, 0.58};
    private static final String[] LOST_REASONS = {"PRICE", "COMPETITOR", "NO_BUDGET", "NO_DECISION", "TIMING"};
    // Customer profiles differ for real: each industry, region and size wins more or less often than the
    // average (a factor on every stage's pass rate), deals with bigger customers are bigger, and each
    // industry loses for its own reasons (weights over LOST_REASONS), so segments and lost reasons tell apart.
    private static final String[] INDUSTRIES = {"Manufacturing", "Retail", "Finance", "Healthcare", "Logistics"};
    private static final double[] INDUSTRY_WINS = {1.15, 0.85, 1.0, 1.05, 0.9};
    private static final int[][] INDUSTRY_LOSSES = {{2, 5, 1, 1, 1}, {6, 2, 2, 1, 1}, {1, 1, 2, 5, 1},
            {1, 1, 5, 2, 2}, {4, 3, 1, 1, 3}};
    private static final String[] REGIONS = {"East China", "North China", "South China", "West China"};
    private static final double[] REGION_WINS = {1.08, 1.0, 1.02, 0.88};
    private static final String[] SIZES = {"SMALL", "MID", "LARGE", "ENTERPRISE"};
    private static final double[] SIZE_WINS = {1.1, 1.05, 0.95, 0.85};
    private static final double[] SIZE_AMOUNTS = {0.5, 0.8, 1.2, 1.5};
    private static final String[] TYPES = {"CALL", "CALL", "CALL", "EMAIL", "EMAIL", "VISIT", "DEMO", "MEETING"};

    // HTTP/1.1 with keep-alive, as a browser or a CRM speaks to a plain-http endpoint (Java's client
    // would otherwise upgrade to HTTP/2, which costs the services framing work).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String goals;
    private final String pipeline;
    private final String activity;
    private final Random random = new Random(2026);
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Tokens tokens = Tokens.in(Path.of(System.getProperty("salesplan.keys", ".run/keys")));
    private final String admin = tokens.forRole("admin", null);
    private final String crm = tokens.forRole("integration", null);

    private DemoData(String goals, String pipeline, String activity) {
        this.goals = goals;
        this.pipeline = pipeline;
        this.activity = activity;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DemoData <goals-url> <pipeline-url> <activity-url> [year] [opportunities] [activities]");
            System.exit(2);
        }
        int year = args.length > 3 ? Integer.parseInt(args[3]) : LocalDate.now(ZoneOffset.UTC).getYear();
        int opportunities = args.length > 4 ? Integer.parseInt(args[4]) : 5_000;
        int activities = args.length > 5 ? Integer.parseInt(args[5]) : 100_000;
        long started = System.nanoTime();
        new DemoData(args[0], args[1], args[2]).load(year, opportunities, activities);
        System.out.printf("Demo data loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private record Opportunity(String id, String ownerId, OffsetDateTime createdAt, OffsetDateTime lastMove) {
    }

    /** An account with its profile, as indexes into INDUSTRIES, REGIONS and SIZES. */
    private record Account(String id, int industry, int region, int size) {

        double winFactor() {
            return INDUSTRY_WINS[industry] * REGION_WINS[region] * SIZE_WINS[size];
        }

        String lostReason(Random r) {
            int[] weights = INDUSTRY_LOSSES[industry];
            int pick = r.nextInt(java.util.Arrays.stream(weights).sum());
            for (int i = 0; ; i++) {
                pick -= weights[i];
                if (pick < 0) {
                    return LOST_REASONS[i];
                }
            }
        }
    }

    private void load(int year, int opportunityCount, int activityCount) throws Exception {
        long started = System.nanoTime();
        String division = id(post(admin, goals, "/api/v1/teams", obj().put("name", "Sales " + run)));
        String directorEmail = person("director");
        String director = id(post(admin, goals, "/api/v1/reps", obj().put("name", "Sales director")
                .put("email", directorEmail).put("teamId", division)));
        patch(admin, goals, "/api/v1/teams/" + division, obj().put("managerId", director));
        List<String> teams = new ArrayList<>();
        List<String> managers = new ArrayList<>();
        List<String> reps = new ArrayList<>();
        for (String name : TEAMS) {
            String team = id(post(admin, goals, "/api/v1/teams", obj().put("name", name + " " + run)
                    .put("parentTeamId", division)));
            teams.add(team);
            // the manager's rep record sits in the division, so they carry no quota of their team
            String managerEmail = person(name.toLowerCase() + ".manager");
            String manager = id(post(admin, goals, "/api/v1/reps", obj().put("name", name + " manager")
                    .put("email", managerEmail).put("teamId", division)));
            patch(admin, goals, "/api/v1/teams/" + team, obj().put("managerId", manager));
            managers.add(managerEmail);
            for (int i = 1; i <= 10; i++) {
                reps.add(id(post(admin, goals, "/api/v1/reps", obj().put("name", name + " rep " + i)
                        .put("email", person(name.toLowerCase() + i)).put("teamId", team))));
            }
        }
        System.out.println("Sales organisation: a division and 3 teams with their managers, " + reps.size() + " reps");

        String objective = id(post(admin, goals, "/api/v1/goals", obj().put("title", "Lead the market in " + year)
                .put("type", "OBJECTIVE").put("ownerType", "COMPANY").put("period", String.valueOf(year))));
        String revenue = id(post(admin, goals, "/api/v1/goals", obj().put("title", "Revenue won " + year)
                .put("type", "KEY_RESULT").put("parentId", objective).put("ownerType", "COMPANY")
                .put("period", String.valueOf(year)).put("metric", "REVENUE_WON").put("targetValue", 150_000_000)));
        ObjectNode toDivision = obj().put("by", "OWNER");
        toDivision.putObject("weights").put(division, 1);
        String divisionGoal = post(admin, goals, "/api/v1/goals/" + revenue + "/decompose", toDivision)
                .path("children").path(0).path("id").asText();
        ObjectNode toTeams = obj().put("by", "OWNER");
        ObjectNode teamWeights = toTeams.putObject("weights");
        teams.forEach(team -> teamWeights.put(team, 1));
        String directorToken = tokens.forRole("manager", directorEmail);
        JsonNode teamGoals = post(directorToken, goals, "/api/v1/goals/" + divisionGoal + "/decompose", toTeams)
                .path("children");
        for (JsonNode teamGoal : teamGoals) {
            String id = teamGoal.path("id").asText();
            String manager = tokens.forRole("manager", managers.get(teams.indexOf(teamGoal.path("ownerId").asText())));
            ObjectNode plan = obj().put("averageDealSize", 160_000).put("winRate", 0.17).put("apply", true);
            plan.putObject("activitiesPerOpportunity").put("CALL", 8).put("VISIT", 2).put("DEMO", 1).put("EMAIL", 5);
            post(manager, goals, "/api/v1/goals/" + id + "/action-plan", plan);
            post(manager, goals, "/api/v1/goals/" + id + "/decompose", obj().put("by", "PERIOD").put("into", "QUARTER"));
        }
        System.out.println("Goals: company objective and revenue key result, split by the director over the teams; "
                + "each manager applied an action plan and split their target into quarters");
        System.out.println("Sign in as the director: deploy/local/token --role manager --email " + directorEmail);
        System.out.println("           or a manager: deploy/local/token --role manager --email " + managers.get(0));
        System.out.println("                or a rep: deploy/local/token --role rep --email " + person("east1"));

        List<Account> accounts = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            int industry = random.nextInt(INDUSTRIES.length);
            int region = random.nextInt(REGIONS.length);
            int size = random.nextInt(SIZES.length);
            accounts.add(new Account(id(post(crm, pipeline, "/api/v1/accounts", obj().put("name", "Customer " + i + " " + run)
                    .put("industry", INDUSTRIES[industry]).put("region", REGIONS[region]).put("size", SIZES[size]))),
                    industry, region, size));
        }
        System.out.println("Accounts: " + accounts.size() + " with industry, region and size");

        OffsetDateTime yearStart = LocalDate.of(year, 1, 1).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        OffsetDateTime end = now.isBefore(yearStart.plusYears(1)) ? now : yearStart.plusYears(1).minusDays(1);
        long span = Duration.between(yearStart, end).toMinutes() - 60L * 24 * 30;
        // Each activity belongs to an opportunity; they are posted as soon as their opportunity has
        // its history, so the CRM feed runs alongside the pipeline instead of after it.
        int[] activitiesOf = new int[opportunityCount];
        for (int i = 0; i < activityCount; i++) {
            activitiesOf[random.nextInt(opportunityCount)]++;
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        ActivityFeed feed = new ActivityFeed(Executors.newFixedThreadPool(4));
        List<Future<?>> created = new ArrayList<>();
        for (int i = 0; i < opportunityCount; i++) {
            String owner = reps.get(random.nextInt(reps.size()));
            Account account = accounts.get(random.nextInt(accounts.size()));
            OffsetDateTime createdAt = yearStart.plusMinutes((long) (random.nextDouble() * span));
            long amount = Math.round((20_000 + 5_000L * random.nextInt(57)) * SIZE_AMOUNTS[account.size()] / 1000) * 1000;
            Random r = new Random(random.nextLong());
            int n = i;
            created.add(pool.submit(() -> {
                Opportunity opp = opportunity(n, owner, account, createdAt, amount, end, r);
                feed.add(activities(n, opp, activitiesOf[n], r));
                return null;
            }));
        }
        for (Future<?> f : created) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("Pipeline: %d opportunities with their stage history (%.0f s)%n", opportunityCount,
                (System.nanoTime() - started) / 1e9);
        int batches = feed.finish();
        System.out.printf("Activities: %d in %d batches (%.0f s)%n", activityCount, batches,
                (System.nanoTime() - started) / 1e9);
    }

    private List<ObjectNode> activities(int n, Opportunity opp, int count, Random r) {
        long window = Math.max(60, Duration.between(opp.createdAt(), opp.lastMove()).toMinutes());
        List<ObjectNode> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OffsetDateTime at = opp.createdAt().plusMinutes((long) (r.nextDouble() * window));
            items.add(obj().put("type", TYPES[r.nextInt(TYPES.length)]).put("ownerId", opp.ownerId())
                    .put("opportunityId", opp.id()).put("occurredAt", at.toString())
                    .put("durationMinutes", 5 + r.nextInt(60)).put("source", "demo-crm")
                    .put("externalId", run + "-" + n + "-" + i));
        }
        return items;
    }

    /** Collects activities and posts them in batches of 1 000 on its own threads. */
    private final class ActivityFeed {

        private final ExecutorService senders;
        private final List<Future<?>> sent = new ArrayList<>();
        private ArrayNode items = JSON.createArrayNode();

        ActivityFeed(ExecutorService senders) {
            this.senders = senders;
        }

        synchronized void add(List<ObjectNode> activities) {
            for (ObjectNode activity : activities) {
                items.add(activity);
                if (items.size() == 1000) {
                    send();
                }
            }
        }

        /** Sends what is left and waits until every batch was answered; returns the number of batches. */
        int finish() throws Exception {
            synchronized (this) {
                if (!items.isEmpty()) {
                    send();
                }
            }
            for (Future<?> f : sent) {
                f.get();
            }
            senders.shutdown();
            return sent.size();
        }

        private void send() {
            ObjectNode batch = obj();
            batch.set("items", items);
            sent.add(senders.submit(() -> post(crm, activity, "/api/v1/activities/batch", batch)));
            items = JSON.createArrayNode();
        }
    }

    /**
     * Creates a deal and moves it through the stages until it is won, lost or reaches today; an open deal
     * in PROPOSAL or NEGOTIATION gets its owner's forecast call now and then (the others keep the category
     * their stage's probability gives).
     */
    private Opportunity opportunity(int n, String owner, Account account, OffsetDateTime createdAt, long amount,
            OffsetDateTime end, Random r) throws IOException, InterruptedException {
        ObjectNode body = obj().put("name", "Deal " + n).put("accountId", account.id()).put("ownerId", owner)
                .put("amount", BigDecimal.valueOf(amount)).put("source", "demo")
                .put("expectedCloseDate", createdAt.plusDays(60).toLocalDate().toString())
                .put("createdAt", createdAt.toString());
        String id = id(post(crm, pipeline, "/api/v1/opportunities", body));
        OffsetDateTime at = createdAt;
        for (int stage = 1; stage <= OPEN_STAGES.length; stage++) {
            OffsetDateTime next = at.plusDays(3 + r.nextInt(18)).plusMinutes(r.nextInt(600));
            if (next.isAfter(end)) {
                String call = stage == 4 ? (r.nextDouble() < 0.6 ? "COMMIT" : null)
                        : stage == 3 ? (r.nextDouble() < 0.4 ? "BEST_CASE" : null) : null;
                if (call != null) {
                    send(crm, "PATCH", pipeline, "/api/v1/opportunities/" + id, obj().put("forecastCategory", call));
                }
                break;
            }
            at = next;
            boolean passes = r.nextDouble() < Math.min(0.95, PASS[stage - 1] * account.winFactor());
            if (!passes) {
                post(crm, pipeline, "/api/v1/opportunities/" + id + "/stage", obj().put("stage", "LOST").put("at", at.toString())
                        .put("lostReasonCode", account.lostReason(r)));
                break;
            }
            String to = stage == OPEN_STAGES.length ? "WON" : OPEN_STAGES[stage];
            post(crm, pipeline, "/api/v1/opportunities/" + id + "/stage", obj().put("stage", to).put("at", at.toString()));
        }
        return new Opportunity(id, owner, createdAt, at);
    }

    private static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    private static String id(JsonNode node) {
        return node.path("id").asText();
    }

    private String person(String name) {
        return name + "." + run + "@demo.salesplan.io";
    }

    private JsonNode post(String token, String base, String path, JsonNode body) throws IOException, InterruptedException {
        return send(token, "POST", base, path, body);
    }

    private JsonNode patch(String token, String base, String path, JsonNode body) throws IOException, InterruptedException {
        return send(token, "PATCH", base, path, body);
    }

    private JsonNode send(String token, String method, String base, String path, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 503 && attempt < 10) {
                Thread.sleep(500L * attempt);
                continue;
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        }
    }
}
