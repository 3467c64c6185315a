package io.salesplan.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.salesplan.infra.Tokens;
import io.salesplan.web.proxy.Upstream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Four stand-ins for the services on free ports, each answering with what it received (which service,
 * method, URI, Authorization header, body), plus a small organisation on goals-service's
 * {@code /api/v1/teams} and {@code /api/v1/reps} for the "sign in as" list, given only to a token signed
 * with the test key. Also makes that key, which the web module is configured to sign with.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    static final Path KEYS = Path.of("target/test-keys");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Upstream, HttpServer> SERVERS = new EnumMap<>(Upstream.class);
    private static final Map<Upstream, Integer> PORTS = new EnumMap<>(Upstream.class);

    static Tokens tokens() {
        return Tokens.in(KEYS);
    }

    @Override
    public Map<String, String> start() {
        Tokens tokens = tokens();
        Map<String, String> config = new LinkedHashMap<>();
        for (Upstream upstream : Upstream.values()) {
            HttpServer server = serve(upstream, 0);
            PORTS.put(upstream, server.getAddress().getPort());
            config.put("salesplan.web." + upstream.name().toLowerCase() + "-url", "http://127.0.0.1:" + PORTS.get(upstream));
        }
        config.put("salesplan.web.local-signing-key", KEYS.resolve("private.pem").toString());
        config.put("salesplan.web.proxy-timeout", "PT3S");
        tokens.publicKey();
        return config;
    }

    /** Stops one stand-in, as if the service were down. */
    static void down(Upstream upstream) {
        SERVERS.remove(upstream).stop(0);
    }

    /** Starts it again on the same port. */
    static void up(Upstream upstream) {
        serve(upstream, PORTS.get(upstream));
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(s -> s.stop(0));
        SERVERS.clear();
    }

    private static HttpServer serve(Upstream upstream, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", exchange -> answer(upstream, exchange));
            server.start();
            SERVERS.put(upstream, server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(Upstream upstream, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (upstream == Upstream.GOALS && (path.equals("/api/v1/teams") || path.equals("/api/v1/reps"))
                && exchange.getRequestURI().getQuery() != null && exchange.getRequestURI().getQuery().contains("limit=500")) {
            if (!signedAdmin(authorization)) {
                send(exchange, 401, "application/problem+json", Map.of("title", "Unauthorized", "status", 401));
                return;
            }
            send(exchange, 200, "application/json", path.endsWith("teams") ? TEAMS : REPS);
            return;
        }
        if (path.endsWith("/refused")) {
            send(exchange, 422, "application/problem+json", Map.of("type", "https://salesplan.io/problems/unknown-reference",
                    "title", "Unknown reference", "status", 422, "detail", "No rep 42."));
            return;
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("service", upstream.service());
        echo.put("method", exchange.getRequestMethod());
        echo.put("uri", exchange.getRequestURI().toString());
        echo.put("authorization", authorization);
        echo.put("body", body);
        echo.put("origin", exchange.getRequestHeaders().getFirst("Origin"));
        exchange.getResponseHeaders().add("ETag", "\"7\"");
        send(exchange, exchange.getRequestMethod().equals("POST") ? 201 : 200, "application/json", echo);
    }

    private static boolean signedAdmin(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        try {
            JwtConsumer consumer = new JwtConsumerBuilder()
                    .setVerificationKey(publicKey())
                    .setExpectedIssuer(Tokens.ISSUER).setExpectedAudience(Tokens.AUDIENCE)
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .build();
            return consumer.processToClaims(authorization.substring(7)).getStringListClaimValue("groups").contains("admin");
        } catch (Exception e) {
            return false;
        }
    }

    static java.security.PublicKey publicKey() throws Exception {
        String pem = java.nio.file.Files.readString(KEYS.resolve("public.pem")).replaceAll("-----[A-Z ]+-----", "");
        byte[] der = java.util.Base64.getMimeDecoder().decode(pem);
        return java.security.KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.X509EncodedKeySpec(der));
    }

    private static void send(HttpExchange exchange, int status, String type, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    static final String EAST = "11111111-1111-1111-1111-111111111111";
    static final String WEST = "22222222-2222-2222-2222-222222222222";
    static final String WANG = "aaaaaaaa-0000-0000-0000-000000000001";

    private static final Map<String, Object> TEAMS = Map.of("nextCursor", "", "items", List.of(
            team(EAST, "East", WANG), team(WEST, "West", null)));

    private static final Map<String, Object> REPS = Map.of("items", List.of(
            rep(WANG, "Wang Fang", "wang@example.com", "99999999-9999-9999-9999-999999999999"),
            rep("aaaaaaaa-0000-0000-0000-000000000002", "Zhou Li", "zhou@example.com", EAST),
            rep("aaaaaaaa-0000-0000-0000-000000000003", "Chen Jie", "chen@example.com", EAST),
            rep("aaaaaaaa-0000-0000-0000-000000000004", "Sun Yu", "sun@example.com", EAST),
            rep("aaaaaaaa-0000-0000-0000-000000000005", "Ma Lin", "ma@example.com", EAST),
            rep("aaaaaaaa-0000-0000-0000-000000000006", "Gao Xin", "gao@example.com", WEST)));

    private static Map<String, Object> team(String id, String name, String managerId) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("id", id);
        team.put("name", name);
        team.put("parentTeamId", null);
        team.put("managerId", managerId);
        return team;
    }

    private static Map<String, Object> rep(String id, String name, String email, String teamId) {
        return Map.of("id", id, "name", name, "email", email, "teamId", teamId, "active", true);
    }
}
