package io.salesplan.system;

import static io.salesplan.system.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplan.system.Suite.Service;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The cockpit in a real browser: Debian's Chromium, headless, driven through its chromedriver against
 * the suite's packaged web module and services. Known data is set up through the APIs (a team with its
 * manager and two reps, a revenue goal split over the reps with an applied action plan, deals in
 * several stages, a task); then a manager signs in on the "sign in as" page and the team screen must
 * show exactly those figures, and a rep completes the task and sees the daily plan change. A PNG of each
 * screen is saved under system-tests/target/screenshots.
 */
class CockpitBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final Path ROOT = Path.of(System.getProperty("salesplan.root", "..")).toAbsolutePath().normalize();
    private static final Path SHOTS = ROOT.resolve("system-tests/target/screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static WebDriver browser;
    private static ChromeDriverService driverService;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String year = String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear());

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " — install them with: apt-get update && apt-get install -y chromium chromium-driver "
                    + "(.ci/run does this on CI), or point -Dchromium.binary and -Dchromedriver.binary at them.");
        }
        Files.createDirectories(SHOTS);
        try (var old = Files.list(SHOTS)) {
            for (Path shot : old.toList()) {
                Files.delete(shot);
            }
        }
        Path profile = Files.createTempDirectory(ROOT.resolve("system-tests/target"), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Headless and quiet: without the background-networking flags Chromium tries outside hosts.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,1700", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(ROOT.resolve("system-tests/target/chromedriver.log").toFile()).build();
        browser = new ChromeDriver(driverService, options);
        Suite.get();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (driverService != null) {
            driverService.stop();
        }
    }

    @Test
    void aManagerSeesTheTeamsExactFiguresAndARepCompletesATaskAndSeesTheDailyPlanChange() {
        Data data = setUp();

        // -- the manager: sign in as, the team screen --------------------------------------------------
        signInAs(data.managerEmail);
        waitForText(By.cssSelector("#nav a[href='#/team']"), "Team");
        String goal = "article.goal[data-goal-id='" + data.teamGoal + "'] ";
        waitForText(By.cssSelector(goal + "[data-field=target]"), "CN¥1,000,000");
        assertThat(text(goal + "[data-field=actual]")).isEqualTo("CN¥300,000");
        assertThat(text(goal + "[data-field=attainment]")).isEqualTo("30%");
        assertThat(browser.findElement(By.cssSelector(goal + "[data-field=status]")).getAttribute("data-value"))
                .isIn("ON_TRACK", "AT_RISK", "BEHIND");
        assertThat(browser.findElement(By.cssSelector(goal + "[data-field=expected]")).getAttribute("data-value"))
                .as("the pace marker is goals' expected-to-date").isNotBlank();

        waitForText(By.cssSelector("[data-testid=funnel] tr[data-stage=TOTAL] [data-field=count]"), "4");
        assertThat(funnel("INITIAL_CONTACT", "count")).isEqualTo("1");
        assertThat(funnel("NEEDS_ANALYSIS", "count")).isEqualTo("0");
        assertThat(funnel("PROPOSAL", "count")).isEqualTo("2");
        assertThat(funnel("NEGOTIATION", "count")).isEqualTo("1");
        assertThat(funnel("PROPOSAL", "amount")).isEqualTo("CN¥130,000");
        assertThat(funnel("PROPOSAL", "weighted")).isEqualTo("CN¥65,000");
        assertThat(funnel("TOTAL", "amount")).isEqualTo("CN¥230,000");
        assertThat(funnel("TOTAL", "weighted")).isEqualTo("CN¥101,000");

        waitForText(By.cssSelector("[data-testid=leaderboard] tr[data-rep-id='" + data.repA + "'] [data-field=attainment]"), "40%");
        List<WebElement> board = browser.findElements(By.cssSelector("[data-testid=leaderboard] tbody tr"));
        assertThat(board).extracting(row -> row.getAttribute("data-rep-id")).containsExactly(data.repA, data.repB);
        assertThat(text("[data-testid=leaderboard] tr[data-rep-id='" + data.repB + "'] [data-field=actual]")).isEqualTo("CN¥100,000");
        waitForText(By.cssSelector("[data-testid=conversion] tr[data-stage=INITIAL_CONTACT] [data-field=reached]"), "6");
        waitVisible(By.cssSelector("#feasibility .pill"));
        assertThat(browser.findElements(By.cssSelector("canvas")).size()).as("Chart.js drew the charts").isGreaterThanOrEqualTo(4);
        screenshot("team");

        // the same screen in Simplified Chinese, figures formatted for it
        new Select(browser.findElement(By.id("lang"))).selectByValue("zh-CN");
        waitForText(By.cssSelector("#goals h2"), "目标与实际");
        waitForText(By.cssSelector(goal + "[data-field=target]"), "¥1,000,000");
        screenshot("team-zh");
        new Select(browser.findElement(By.id("lang"))).selectByValue("en");
        waitForText(By.cssSelector("#goals h2"), "Target against actual");

        // -- the manager: the action-plan calculator --------------------------------------------------
        browser.findElement(By.cssSelector("#nav a[href='#/plan']")).click();
        WebElement planForm = waitVisible(By.cssSelector("[data-testid=action-plan-form]"));
        new Select(planForm.findElement(By.name("goal"))).selectByValue(data.teamGoal);
        planForm.findElement(By.cssSelector("button[value=preview]")).click();
        waitForText(By.cssSelector("[data-testid=action-plan] tr[data-owner-id=TOTAL] td:nth-of-type(2)"), "10");
        assertThat(text("[data-testid=action-plan] tr[data-owner-id=TOTAL] td:nth-of-type(3)"))
                .as("opportunities: 1 000 000 ÷ 100 000 = 10 deals, ÷ 20 % = 50").isEqualTo("50");
        screenshot("plan");

        // -- the manager: a retrospective of the team ---------------------------------------------------
        browser.findElement(By.cssSelector("#nav a[href='#/review']")).click();
        new Select(waitVisible(By.id("scope-picker"))).selectByValue("TEAM:" + data.team);
        WebElement create = waitVisible(By.cssSelector("[data-testid=new-retrospective]"));
        create.findElement(By.name("period")).clear();
        create.findElement(By.name("period")).sendKeys(year + "-Q" + ((LocalDate.now(ZoneOffset.UTC).getMonthValue() - 1) / 3 + 1));
        create.findElement(By.cssSelector("button[type=submit]")).click();
        waitVisible(By.cssSelector("#retrospective [data-field=status][data-value=OPEN]"));
        assertThat(browser.findElements(By.cssSelector("[data-testid=retrospectives] tbody tr"))).hasSize(1);
        screenshot("review");

        // -- the rep: sign in as, complete the task, the daily plan changes ------------------------------
        browser.findElement(By.id("sign-out")).click();
        signInAs(data.repAEmail);
        String calls = "li.plan-item[data-metric=ACTIVITIES][data-activity-type=CALL] ";
        waitForText(By.cssSelector(calls + "[data-field=doneToday]"), "0");
        assertThat(browser.findElement(By.cssSelector(calls + "[data-field=remaining]")).getAttribute("data-value"))
                .isEqualTo("80");
        String requiredBefore = text(calls + "[data-field=requiredToday]");
        WebElement done = waitVisible(By.cssSelector("li.task[data-task-id='" + data.task + "'] button.done"));
        assertThat(done.getAttribute("aria-label")).isEqualTo("Mark \"Call Hangzhou Tea back " + run + "\" done");
        screenshot("my-day-before");
        done.click();
        waitForText(By.cssSelector(calls + "[data-field=doneToday]"), "1");
        assertThat(text(calls + "[data-field=requiredToday]")).as("what today needs stays; what is done grew").isEqualTo(requiredBefore);
        patiently().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("li.task[data-task-id='" + data.task + "']")));
        assertThat(text("li[data-type=CALL]")).isEqualTo("Calls: 1");
        screenshot("my-day");

        // phone width: nothing wider than the screen
        browser.manage().window().setSize(new Dimension(390, 844));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("no horizontal scrolling at phone width").isLessThanOrEqualTo(0L);
        screenshot("my-day-phone");
        browser.manage().window().setSize(new Dimension(1366, 1700));
    }

    @Test
    void inAClusterThePageSignsInAtTheIdentityProviderWithPkceAndHasNoLocalSignIn() throws Exception {
        Suite suite = Suite.get();
        FakeIdentityProvider idp = new FakeIdentityProvider(Suite.tokens().forRole("admin", null));
        int port = 28086;
        String cockpit = "http://127.0.0.1:" + port;
        Process web = suite.launchWeb(port, Map.of(
                "SALESPLAN_WEB_OIDC_ISSUER", "https://salesplan.local/issuer",
                "SALESPLAN_WEB_OIDC_AUTHORIZATION_ENDPOINT", idp.url() + "/authorize",
                "SALESPLAN_WEB_OIDC_TOKEN_ENDPOINT", idp.url() + "/token",
                "SALESPLAN_WEB_OIDC_CLIENT_ID", "salesplan-cockpit"));
        try {
            assertThat(Suite.status(cockpit + "/local-sign-in/people")).as("no local sign-in without the key").isEqualTo(404);
            browser.get(cockpit + "/#/sign-in");
            assertThat(browser.findElements(By.cssSelector("button.person"))).as("no 'sign in as' list").isEmpty();
            waitVisible(By.cssSelector(".sign-in button.primary")).click();
            patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "admin"));
            waitVisible(By.cssSelector("#nav a[href='#/team']"));
            assertThat(browser.getCurrentUrl()).as("the code and state are gone from the address bar")
                    .doesNotContain("code=").doesNotContain("state=");
            assertThat(idp.authorizeQuery).containsEntry("response_type", "code").containsEntry("client_id", "salesplan-cockpit")
                    .containsEntry("redirect_uri", cockpit + "/").containsEntry("code_challenge_method", "S256")
                    .containsEntry("scope", "openid profile email").containsKey("state");
            assertThat(idp.tokenForm).containsEntry("grant_type", "authorization_code").containsEntry("code", FakeIdentityProvider.CODE)
                    .containsEntry("redirect_uri", cockpit + "/").containsEntry("client_id", "salesplan-cockpit");
            assertThat(idp.verifierMatchedChallenge).as("the token request proves the PKCE verifier").isTrue();
            screenshot("signed-in-with-oidc");
        } finally {
            web.destroy();
            web.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            idp.stop();
        }
    }

    /**
     * An identity provider's two endpoints, just enough for the authorization code flow with PKCE:
     * /authorize remembers the challenge and sends the browser back with a code, /token answers with
     * the given access token only when the verifier hashes to that challenge.
     */
    private static final class FakeIdentityProvider {

        static final String CODE = "code-1";

        private final com.sun.net.httpserver.HttpServer server;
        private final String accessToken;
        volatile Map<String, String> authorizeQuery = Map.of();
        volatile Map<String, String> tokenForm = Map.of();
        volatile boolean verifierMatchedChallenge;

        FakeIdentityProvider(String accessToken) throws IOException {
            this.accessToken = accessToken;
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/authorize", exchange -> {
                authorizeQuery = form(exchange.getRequestURI().getRawQuery());
                String back = authorizeQuery.get("redirect_uri") + "?code=" + CODE + "&state="
                        + java.net.URLEncoder.encode(authorizeQuery.get("state"), java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Location", back);
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
            server.createContext("/token", exchange -> {
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                tokenForm = form(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                verifierMatchedChallenge = s256(tokenForm.getOrDefault("code_verifier", "")).equals(authorizeQuery.get("code_challenge"));
                byte[] body = (verifierMatchedChallenge
                        ? "{\"access_token\":\"" + this.accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
                        : "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE verification failed\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(verifierMatchedChallenge ? 200 : 400, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }

        private static Map<String, String> form(String encoded) {
            Map<String, String> values = new java.util.HashMap<>();
            for (String pair : encoded == null ? new String[0] : encoded.split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                        kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
            return values;
        }

        private static String s256(String verifier) {
            try {
                byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- the data, through the public APIs ----

    private record Data(String team, String managerEmail, String repA, String repAEmail, String repB, String teamGoal, String task) {
    }

    private Data setUp() {
        Suite.get();
        String team = Api.create(Service.GOALS, "/api/v1/teams", obj().put("name", "Cockpit " + run)).path("id").asText();
        String leaders = Api.create(Service.GOALS, "/api/v1/teams", obj().put("name", "Cockpit leaders " + run)).path("id").asText();
        String managerEmail = "manager." + run + "@example.com";
        String manager = rep("Wang Fang", managerEmail, leaders);
        assertThat(Api.send(Service.GOALS, "PATCH", "/api/v1/teams/" + team, obj().put("managerId", manager)).status()).isEqualTo(200);
        String repAEmail = "li.na." + run + "@example.com";
        String repA = rep("Li Na", repAEmail, team);
        String repB = rep("Zhao Lei", "zhao.lei." + run + "@example.com", team);

        String objective = Api.create(Service.GOALS, "/api/v1/goals", obj().put("title", "Grow " + run).put("type", "OBJECTIVE")
                .put("ownerType", "TEAM").put("ownerId", team).put("period", year)).path("id").asText();
        String teamGoal = Api.create(Service.GOALS, "/api/v1/goals", obj().put("title", "Revenue " + run).put("type", "KEY_RESULT")
                .put("parentId", objective).put("ownerType", "TEAM").put("ownerId", team).put("period", year)
                .put("metric", "REVENUE_WON").put("targetValue", 1_000_000)).path("id").asText();
        Api.create(Service.GOALS, "/api/v1/goals/" + teamGoal + "/decompose", obj().put("by", "OWNER"));
        ObjectNode plan = obj().put("averageDealSize", 100_000).put("winRate", 0.25).put("apply", true);
        plan.putObject("activitiesPerOpportunity").put("CALL", 4);
        Api.create(Service.GOALS, "/api/v1/goals/" + teamGoal + "/action-plan", plan);

        String account = Api.create(Service.PIPELINE, "/api/v1/accounts", obj().put("name", "Hangzhou Tea " + run)).path("id").asText();
        deal(repA, account, 200_000, "WON");
        deal(repB, account, 100_000, "WON");
        deal(repA, account, 80_000, "PROPOSAL");
        deal(repB, account, 50_000, "PROPOSAL");
        deal(repA, account, 60_000, null);
        deal(repB, account, 40_000, "NEGOTIATION");
        String task = Api.create(Service.ACTIVITY, "/api/v1/tasks", obj().put("title", "Call Hangzhou Tea back " + run)
                .put("type", "CALL").put("ownerId", repA)
                .put("dueAt", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString())).path("id").asText();

        // the read model learns all of it from events: wait until it answers with these numbers
        Api.Caller asManager = Api.as(Suite.tokens().forRole("manager", managerEmail));
        Api.Caller asRep = Api.as(Suite.tokens().forRole("rep", repAEmail));
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            JsonNode v = asManager.get(Service.REVIEW, "/api/v1/reviews/goals/" + teamGoal).body();
            return v.path("actual").decimalValue().compareTo(new java.math.BigDecimal("300000")) == 0;
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> asManager.get(Service.REVIEW, "/api/v1/reviews/leaderboard?teamId=" + team
                + "&period=" + year + "&metric=REVENUE_WON").body().path("items").size() == 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode items = asRep.get(Service.REVIEW, "/api/v1/reviews/daily-plan?repId=" + repA).body().path("items");
            for (JsonNode item : items) {
                if ("CALL".equals(item.path("activityType").asText())) {
                    return true;
                }
            }
            return false;
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> asManager.get(Service.PIPELINE, "/api/v1/opportunities?teamId=" + team).status() == 200
                && asRep.get(Service.ACTIVITY, "/api/v1/reps/" + repA + "/agenda").status() == 200);
        return new Data(team, managerEmail, repA, repAEmail, repB, teamGoal, task);
    }

    private static String rep(String name, String email, String team) {
        return Api.create(Service.GOALS, "/api/v1/reps", obj().put("name", name).put("email", email).put("teamId", team))
                .path("id").asText();
    }

    private void deal(String owner, String account, long amount, String stage) {
        String id = Api.create(Service.PIPELINE, "/api/v1/opportunities", obj().put("name", "Deal " + run + " " + amount)
                .put("accountId", account).put("ownerId", owner).put("amount", amount)
                .put("expectedCloseDate", year + "-12-31")).path("id").asText();
        if (stage != null) {
            Api.Response moved = Api.post(Service.PIPELINE, "/api/v1/opportunities/" + id + "/stage", obj().put("stage", stage));
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
    }

    // ---- the browser ----

    private void signInAs(String email) {
        browser.get(Suite.get().webUrl() + "/#/sign-in");
        WebElement person = waitVisible(By.cssSelector("button.person[data-email='" + email + "']"));
        person.click();
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), email));
    }

    private static String funnel(String stage, String field) {
        return text("[data-testid=funnel] tr[data-stage=" + stage + "] [data-field=" + field + "]");
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().trim();
    }

    /**
     * A wait that reads the page again when it re-rendered under it: the screens refresh themselves (the
     * variance stream, the poll, the re-reads after the user's own change), replacing the elements read.
     */
    private static WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static WebElement waitVisible(By locator) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element shows exactly this text; fails with what it showed instead. */
    private static void waitForText(By locator, String expected) {
        try {
            patiently().until(d -> {
                List<WebElement> found = d.findElements(locator);
                return !found.isEmpty() && found.get(0).getText().trim().equals(expected);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            List<WebElement> found = browser.findElements(locator);
            screenshot("failure");
            fail(locator + " should show \"" + expected + "\" but shows "
                    + (found.isEmpty() ? "nothing (not found)" : "\"" + found.get(0).getText() + "\"")
                    + "; page: " + browser.findElement(By.tagName("main")).getText());
        }
    }

    private static void screenshot(String name) {
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
