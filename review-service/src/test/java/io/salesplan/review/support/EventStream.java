package io.salesplan.review.support;

import io.restassured.RestAssured;
import io.salesplan.infra.OpenApiContract;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of a Server-Sent Events stream, as a browser's fetch() reads one: the bearer token in the
 * Authorization header, the body read line by line into events (a comment line is an event of its own,
 * named ":"), in the order they arrive. Like every REST Assured response of the tests, each answer is
 * judged against the service's OpenAPI document (status, headers, content type, and a problem's body):
 * a stream that contradicts its contract fails the test that opened it.
 */
public final class EventStream implements AutoCloseable {

    /** One event: its id, name and data; a comment has the name ":" and the comment as data. */
    public record Event(String id, String name, String data, long receivedAtNanos) {
        public boolean comment() {
            return ":".equals(name);
        }
    }

    /** The end of the stream, put on the queue when the server closes it. */
    public static final Event END = new Event(null, "end", null, 0);

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final String problem;

    private EventStream(String pathAndQuery, HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-reader");
        this.reader.setDaemon(true);
        this.problem = response.statusCode() == 200 ? null : readAll(response);
        judge(pathAndQuery);
        if (response.statusCode() == 200) {
            reader.start();
        }
    }

    /** The stream's body is never complete, so only its status, headers and content type are judged. */
    private void judge(String pathAndQuery) {
        URI uri = URI.create("http://localhost:" + RestAssured.port + pathAndQuery);
        List<String> violations = OpenApiContract.of("http://localhost:" + RestAssured.port).violations("GET",
                uri.getRawPath(), status(), this::header, problem == null ? "(an event stream)" : problem);
        if (!violations.isEmpty()) {
            close();
            throw new AssertionError("The stream contradicts the service's OpenAPI document:\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** Opens {@code pathAndQuery} with the token (none when null) and, when given, a Last-Event-ID. */
    public static EventStream open(String pathAndQuery, String token, String lastEventId) {
        return open(pathAndQuery, token, lastEventId, "text/event-stream");
    }

    /** The same with another Accept header, or none when accept is null. */
    public static EventStream open(String pathAndQuery, String token, String lastEventId, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + pathAndQuery)).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new EventStream(pathAndQuery,
                    CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The whole body of an answer that is not a stream (a problem). */
    public String body() {
        return problem != null ? problem : readAll(response);
    }

    private static String readAll(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next event, comments included; null when none came within the timeout. */
    public Event next(Duration timeout) {
        try {
            return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The next event that is not a comment; null when none came within the timeout. */
    public Event nextEvent(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Event event = next(Duration.ofNanos(left));
            if (event == null || !event.comment()) {
                return event;
            }
        }
        return null;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null || name != null) {
                        events.add(new Event(id, name == null ? "message" : name, data == null ? null : data.toString(),
                                System.nanoTime()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, ":", line.substring(1), System.nanoTime()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> {
                            // retry and unknown fields are not needed here
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the stream was closed
        }
        events.add(END);
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            response.body().close();
        } catch (IOException e) {
            // already closed
        }
    }
}
