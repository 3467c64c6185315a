package io.salesplan.platform.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Asks a dependency whether it answers, with three bounds that keep health checks cheap under any
 * load: the blocking question runs on the probe's own thread (never on a request's worker thread),
 * at most one question is in flight however many callers ask (they share its answer, which is then
 * reused for {@code cacheFor}), and no caller waits longer than {@code timeout}: past it the answer
 * is DOWN, "no answer within …".
 */
public final class BoundedProbe implements AutoCloseable {

    /** One answer: whether the dependency answered, and what it said or why not. */
    public record Result(boolean up, Map<String, String> data, Instant at) {
    }

    private final Callable<Map<String, String>> question;
    private final Duration timeout;
    private final Duration cacheFor;
    private final Clock clock;
    private final ExecutorService thread;
    private CompletableFuture<Result> inFlight;
    private Result last;

    /**
     * @param question asks once, blocking; returns what to report when the dependency answered, throws
     *        when it did not
     */
    public BoundedProbe(String name, Callable<Map<String, String>> question, Duration timeout, Duration cacheFor,
            Clock clock) {
        this.question = question;
        this.timeout = timeout;
        this.cacheFor = cacheFor;
        this.clock = clock;
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "health-probe-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The latest answer, or DOWN once {@code timeout} passed without one. */
    public CompletableFuture<Result> result() {
        CompletableFuture<Result> answer;
        synchronized (this) {
            if (last != null && Duration.between(last.at(), clock.instant()).compareTo(cacheFor) < 0) {
                return CompletableFuture.completedFuture(last);
            }
            if (inFlight == null) {
                inFlight = CompletableFuture.supplyAsync(this::askAndRemember, thread);
            }
            answer = inFlight;
        }
        // a copy, so that one caller's time-out never completes the question the others wait for
        return answer.copy().completeOnTimeout(new Result(false,
                Map.of("reason", "no answer within " + timeout.toMillis() + " ms"), clock.instant()),
                timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Remembered before the callers hear it, so that a caller after them is answered from the cache. */
    private Result askAndRemember() {
        Result result = down(new IllegalStateException("the probe failed"));
        try {
            result = ask();
            return result;
        } finally {
            synchronized (this) {
                last = result;
                inFlight = null;
            }
        }
    }

    private Result ask() {
        try {
            return new Result(true, question.call(), clock.instant());
        } catch (Exception e) {
            return down(e);
        }
    }

    private Result down(Throwable failure) {
        return new Result(false, Map.of("reason", reason(failure)), clock.instant());
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
