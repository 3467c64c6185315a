package io.salesplan.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestLimitsTest {

    @TestHTTPResource("/")
    URL server;

    @ConfigProperty(name = "quarkus.thread-pool.max-threads")
    int workerThreads;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void moreSlowBodiesThanWorkerThreadsNeitherHoldBackOtherRequestsNorOutstayTheBodyTimeout() throws Exception {
        int slowClients = workerThreads + 16;
        List<Socket> slow = new ArrayList<>();
        List<Future<String>> answers = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(slowClients);
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < slowClients; i++) {
                Socket socket = open();
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(("POST /test/orders HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
                // read at once, so that the answer is taken before the trickle's next byte meets a closed socket
                answers.add(readers.submit(() -> readAnswer(socket)));
            }
            // one byte a client every 300 ms: never idle, never done
            trickle.scheduleAtFixedRate(() -> slow.forEach(socket -> {
                try {
                    socket.getOutputStream().write(' ');
                } catch (IOException closedByTheServer) {
                    // the 408 arrived
                }
            }), 300, 300, TimeUnit.MILLISECONDS);

            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                given().when().get("/test/orders/" + UUID.randomUUID()).then().statusCode(404);
                assertThat((System.nanoTime() - start) / 1_000_000).as("a normal request beside %d slow bodies", slowClients)
                        .isLessThan(1_000);
            }
            long start = System.nanoTime();
            given().contentType(ContentType.JSON).body("{\"name\": \"beside-slow-" + UUID.randomUUID()
                    + "\", \"quantity\": 1, \"kind\": \"SMALL\"}")
                    .when().post("/test/orders").then().statusCode(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);

            // salesplan.http.body-timeout is 2 s in tests
            for (Future<String> pending : answers) {
                String answer = pending.get(30, TimeUnit.SECONDS);
                assertThat(answer).startsWith("HTTP/1.1 408");
                assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
                assertThat(answer).contains("\"type\":\"https://salesplan.io/problems/request-timeout\"", "\"status\":408");
            }
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
            readers.shutdownNow();
        }
    }

    @Test
    void aBodyDeclaredOverTheLimitIsA413ProblemBeforeItIsSent() throws Exception {
        try (Socket socket = open()) {
            long tooLarge = 10L * 1024 * 1024 + 1;
            OutputStream out = socket.getOutputStream();
            out.write(("POST /test/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + tooLarge + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // a client that starts sending its body before it looks at the answer still gets to read it
            out.write(new byte[256 * 1024]);
            socket.setSoTimeout(10_000);
            String answer = readAnswer(socket);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer).contains("\"type\":\"https://salesplan.io/problems/payload-too-large\"", "\"status\":413",
                    "at most 10485760");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemOnceTheLimitIsPassed() throws Exception {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /test/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            for (int sent = 0; sent <= 10 * 1024 * 1024; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            socket.setSoTimeout(10_000);
            String answer = readAnswer(socket);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer).contains("\"type\":\"https://salesplan.io/problems/payload-too-large\"");
        }
    }

    @Test
    void aBodyReadOnTheEventLoopReachesBlockingAndNonBlockingEndpointsWhole() {
        String body = "z".repeat(300_000);
        for (String endpoint : List.of("/test/echo/blocking", "/test/echo/non-blocking")) {
            given().contentType(ContentType.TEXT).body(body)
                    .when().post(endpoint)
                    .then().statusCode(200).body(equalTo("300000"));
        }
    }

    @Test
    void aClientThatExpectsContinueIsToldToSendItsBody() throws Exception {
        try (Socket socket = open()) {
            socket.setSoTimeout(10_000);
            String json = "{\"name\": \"continue-" + UUID.randomUUID() + "\", \"quantity\": 1, \"kind\": \"SMALL\"}";
            OutputStream out = socket.getOutputStream();
            out.write(("POST /test/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\nExpect: 100-continue\r\nContent-Length: " + json.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] interim = new byte[25];
            int read = socket.getInputStream().readNBytes(interim, 0, interim.length);
            assertThat(new String(interim, 0, read, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 100 Continue");
            out.write(json.getBytes(StandardCharsets.US_ASCII));
            assertThat(readAnswer(socket)).contains("HTTP/1.1 200");
        }
    }

    @Test
    void aTooLongTargetIsA414Problem() {
        given().when().get("/test/orders/" + "x".repeat(5_000))
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("type", equalTo("https://salesplan.io/problems/uri-too-long"))
                .body("detail", containsString("at most 4096"));
    }

    @Test
    void tooLargeHeadersAreA431Problem() {
        given().header("X-Padding", "y".repeat(24_000))
                .when().get("/test/orders/" + UUID.randomUUID())
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431))
                .body("type", equalTo("https://salesplan.io/problems/headers-too-large"));
    }

    private Socket open() throws IOException {
        return new Socket(server.getHost(), server.getPort());
    }

    /** The response's status line, headers and body, read until the server closes the connection. */
    private static String readAnswer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) != -1; ) {
                answer.write(buffer, 0, read);
            }
        } catch (IOException reset) {
            // what arrived before a reset is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
