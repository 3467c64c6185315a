package io.salesplan.web.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplan.web.proxy.ApiProxy;
import io.salesplan.web.proxy.Upstream;
import io.salesplan.web.signin.PeopleResponse.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people the "sign in as" page offers, read from goals-service as an admin: the admin, every
 * team's manager and the first few reps of each team. Nothing is kept: the organisation is asked each
 * time the page opens.
 */
@ApplicationScoped
public class People {

    static final int REPS_PER_TEAM = 3;
    private static final int MAX_PAGES = 20;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final ApiProxy proxy;
    private final LocalSigner signer;
    private final ObjectMapper json;

    public People(ApiProxy proxy, LocalSigner signer, ObjectMapper json) {
        this.proxy = proxy;
        this.signer = signer;
        this.json = json;
    }

    public List<Person> list() {
        List<Person> people = new ArrayList<>();
        people.add(new Person("admin", "Administrator", null, null));
        URI goals = proxy.target(Upstream.GOALS).orElse(null);
        if (goals == null) {
            return people;
        }
        String token = signer.sign("admin", null);
        Map<String, JsonNode> teams = new LinkedHashMap<>();
        all(goals, "/api/v1/teams?limit=500", token).forEach(t -> teams.put(t.path("id").asText(), t));
        Map<String, JsonNode> managed = new HashMap<>();
        teams.values().forEach(t -> {
            if (!t.path("managerId").isNull() && !t.path("managerId").isMissingNode()) {
                managed.put(t.path("managerId").asText(), t);
            }
        });
        List<Person> managers = new ArrayList<>();
        Map<String, List<Person>> repsByTeam = new LinkedHashMap<>();
        for (JsonNode rep : all(goals, "/api/v1/reps?active=true&limit=500", token)) {
            String id = rep.path("id").asText();
            if (managed.containsKey(id)) {
                managers.add(new Person("manager", rep.path("name").asText(), rep.path("email").asText(),
                        managed.get(id).path("name").asText()));
            } else {
                JsonNode team = teams.get(rep.path("teamId").asText());
                String teamName = team == null ? null : team.path("name").asText();
                List<Person> ofTeam = repsByTeam.computeIfAbsent(String.valueOf(teamName), k -> new ArrayList<>());
                if (ofTeam.size() < REPS_PER_TEAM) {
                    ofTeam.add(new Person("rep", rep.path("name").asText(), rep.path("email").asText(), teamName));
                }
            }
        }
        Comparator<Person> byTeamThenName = Comparator.comparing((Person p) -> String.valueOf(p.team()))
                .thenComparing(Person::name);
        managers.sort(byTeamThenName);
        people.addAll(managers);
        repsByTeam.values().stream().flatMap(List::stream).sorted(byTeamThenName).forEach(people::add);
        return people;
    }

    /** Every item of a list, page after page (at most {@link #MAX_PAGES}). */
    private List<JsonNode> all(URI base, String path, String token) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode body = get(base, cursor == null ? path : path + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8), token);
            body.path("items").forEach(items::add);
            JsonNode next = body.path("nextCursor");
            if (next.isNull() || next.isMissingNode() || next.asText().isEmpty()) {
                break;
            }
            cursor = next.asText();
        }
        return items;
    }

    private JsonNode get(URI base, String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new PeopleUnavailable("goals-service answered " + response.statusCode() + " to GET " + path);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new PeopleUnavailable("goals-service at " + base + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeopleUnavailable("interrupted while asking goals-service");
        }
    }

    /** goals-service could not be asked; the page shows this and still offers the admin. */
    public static final class PeopleUnavailable extends RuntimeException {
        PeopleUnavailable(String message) {
            super(message);
        }
    }
}
