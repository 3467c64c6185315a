package io.salesplan.review.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Grant;
import io.salesplan.review.ReviewConfig;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.goal.Goal;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.variance.VarianceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The open variance streams of this instance. One thread polls the read model's change marker
 * ({@link ReadModelChanges}) every poll interval while streams are open; when it moved (or the business
 * day turned), each stream's variance rows are computed again — once per owner, period and scope — and
 * sent when they differ from the last ones sent, at most once per min interval per stream. Streams with
 * nothing to send get a heartbeat comment. A stream ends when the client goes, when the caller's token
 * expires, and when the instance shuts down.
 */
@ApplicationScoped
public class LiveVariance {

    static final String EVENT = "variance";
    private static final Logger LOG = Logger.getLogger(LiveVariance.class);

    private final Access access;
    private final JsonWebToken token;
    private final VarianceService variance;
    private final ReadModelChanges changes;
    private final BusinessCalendar calendar;
    private final ObjectMapper json;
    private final ReviewConfig.Stream config;
    private final Map<UUID, Stream> streams = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean accepting = true;
    private ScheduledExecutorService ticker;
    private ReadModelChanges.Marker lastMarker;
    private LocalDate lastDay;
    private boolean failing;

    public LiveVariance(Access access, JsonWebToken token, VarianceService variance, ReadModelChanges changes,
            BusinessCalendar calendar, ObjectMapper json, ReviewConfig config) {
        this.access = access;
        this.token = token;
        this.variance = variance;
        this.changes = changes;
        this.calendar = calendar;
        this.json = json;
        this.config = config.stream();
    }

    void start(@Observes StartupEvent event) {
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-variance");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** The first sign of shutdown: stop taking streams and end the open ones, so that no request holds it up. */
    void shuttingDown(@Observes ShutdownDelayInitiatedEvent event) {
        accepting = false;
        closeAll();
    }

    void stop(@Observes ShutdownEvent event) {
        accepting = false;
        closeAll();
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    /**
     * Opens a stream for the caller: sends the current rows at once (also to a client reconnecting with
     * Last-Event-ID), then follows them until the client goes or the caller's token expires.
     *
     * @throws ApiException 403 when the owner is outside the caller's scope; 503 when this instance serves its
     *         limit of streams or is shutting down
     */
    public void open(OwnerScope owner, SalesPeriod period, SseEventSink sink, Sse sse) {
        Grant grant = authorize(owner);
        long expires = token.getExpirationTime();
        Instant expiresAt = expires > 0 ? Instant.ofEpochSecond(expires) : null;
        if (!accepting) {
            throw ApiException.unavailable("This instance is shutting down; connect again", 1);
        }
        if (open.incrementAndGet() > config.maxStreams()) {
            open.decrementAndGet();
            throw ApiException.unavailable("This instance serves its limit of " + config.maxStreams()
                    + " live streams; retry later (another instance may take it)", 5);
        }
        Key key = new Key(owner, period, scopeOf(grant));
        State initial;
        try {
            initial = state(key, grant);
        } catch (RuntimeException e) {
            open.decrementAndGet();
            throw e;
        }
        Stream stream = new Stream(key, grant, expiresAt, sink, sse);
        streams.put(stream.id, stream);
        stream.send(initial);
    }

    /**
     * The caller's grant to follow the owner.
     *
     * @throws ApiException 401 without a valid token; 403 when the owner is outside the caller's scope
     */
    public Grant authorize(OwnerScope owner) {
        Grant grant = access.grant(Operation.LIVE_VARIANCE);
        OwnerAccess.require(grant, owner, "ownerType", "ownerId");
        return grant;
    }

    /** How many streams this instance serves now. */
    public int openStreams() {
        return open.get();
    }

    /** Ends every open stream (clients reconnect, to this instance or another). */
    public void closeAll() {
        streams.values().forEach(this::close);
    }

    void tick() {
        try {
            long now = System.nanoTime();
            streams.values().stream().filter(Stream::finished).forEach(this::close);
            if (streams.isEmpty()) {
                return;
            }
            ReadModelChanges.Marker marker = changes.current();
            LocalDate day = calendar.today();
            if (!marker.equals(lastMarker) || !day.equals(lastDay)) {
                streams.values().forEach(s -> s.dirty = true);
                lastMarker = marker;
                lastDay = day;
            }
            Map<Key, State> computed = new HashMap<>();
            for (Stream stream : streams.values()) {
                if (stream.dirty && now - stream.lastEventAt >= config.minInterval().toNanos()) {
                    stream.dirty = false;
                    State state = computed.computeIfAbsent(stream.key, key -> state(key, stream.grant));
                    if (!state.id().equals(stream.lastId)) {
                        stream.send(state);
                    }
                }
                if (now - stream.lastWriteAt >= config.heartbeat().toNanos()) {
                    stream.heartbeat();
                }
            }
            if (failing) {
                LOG.info("Live variance streams are updated again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Live variance streams cannot be updated (%s); trying again every %s", e.toString(),
                        config.pollInterval());
                failing = true;
            }
        }
    }

    /** The owner's variance rows of the period (or, without one, of the goals covering today) as JSON. */
    private State state(Key key, Grant grant) {
        Predicate<Goal> shown = goal -> grant.coversOwner(goal.ownerType.name(), goal.ownerId);
        try {
            String rows = json.writeValueAsString(variance.ofOwner(key.owner(), key.period(), calendar.today(), shown));
            return new State(digest(rows), rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("variance rows cannot be written", e);
        }
    }

    private void close(Stream stream) {
        streams.remove(stream.id);
        if (stream.closed.compareAndSet(false, true)) {
            open.decrementAndGet();
            try {
                stream.sink.close();
            } catch (RuntimeException e) {
                LOG.debugf("A live stream did not close cleanly: %s", e);
            }
        }
    }

    /** Who the rows are computed for: child goals outside the caller's scope are left out. */
    private static String scopeOf(Grant grant) {
        if (grant.all()) {
            return "all";
        }
        return new TreeSet<>(grant.teamIds().orElseThrow()) + "|" + new TreeSet<>(grant.repIds().orElseThrow());
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a stream follows; streams with the same key get the same rows. */
    private record Key(OwnerScope owner, SalesPeriod period, String scope) {
    }

    /** The rows as sent, and their id: the same rows always have the same id. */
    private record State(String id, String rows) {
    }

    private final class Stream {
        final UUID id = UUID.randomUUID();
        final Key key;
        final Grant grant;
        final Instant expiresAt;
        final SseEventSink sink;
        final Sse sse;
        final AtomicBoolean closed = new AtomicBoolean();
        /** Whether the rows may have changed since they were last computed; a new stream checks once soon. */
        volatile boolean dirty = true;
        volatile String lastId;
        volatile long lastEventAt = System.nanoTime();
        volatile long lastWriteAt = System.nanoTime();

        Stream(Key key, Grant grant, Instant expiresAt, SseEventSink sink, Sse sse) {
            this.key = key;
            this.grant = grant;
            this.expiresAt = expiresAt;
            this.sink = sink;
            this.sse = sse;
        }

        boolean finished() {
            return sink.isClosed() || expiresAt != null && Instant.now().isAfter(expiresAt);
        }

        void send(State state) {
            write(sse.newEventBuilder().id(state.id()).name(EVENT).data(String.class, state.rows()).build());
            lastId = state.id();
            lastEventAt = System.nanoTime();
        }

        void heartbeat() {
            write(sse.newEventBuilder().comment("heartbeat").build());
        }

        private void write(OutboundSseEvent event) {
            lastWriteAt = System.nanoTime();
            try {
                sink.send(event).whenComplete((done, failure) -> {
                    if (failure != null) {
                        close(this);
                    }
                });
            } catch (IllegalStateException gone) {
                close(this);
            }
        }
    }
}
