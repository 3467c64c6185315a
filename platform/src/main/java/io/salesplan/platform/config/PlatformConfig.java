package io.salesplan.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Settings every service shares. Each service adds its own under {@code salesplan.<service>}. */
@ConfigMapping(prefix = "salesplan")
public interface PlatformConfig {

    /** The service's name; events carry it as their CloudEvents {@code source} ({@code /goals-service}). */
    String serviceName();

    /** The single reporting currency, echoed as {@code currency}. */
    @WithDefault("CNY")
    String currency();

    /** The zone that turns instants into business dates. */
    @WithDefault("UTC")
    ZoneId timeZone();

    /** Signs pagination cursors so that a tampered cursor is rejected. Set it per deployment. */
    @WithDefault("salesplan-local-cursor-secret")
    String cursorSecret();

    /**
     * Whether the service does its start-up work in its database: what must exist from the first start (the
     * default pipeline), rows a migration leaves to Java to fill, housekeeping. Off only for the AOT training
     * run (deploy/images/aot-train), which starts the service with no database on purpose. That work observes
     * {@link StartupWork}, which is fired only when this is on.
     */
    @WithDefault("true")
    boolean startupWork();

    OutboxSettings outbox();

    InboxSettings inbox();

    SecuritySettings security();

    HealthSettings health();

    HttpSettings http();

    TracingSettings tracing();

    OpenApiSettings openapi();

    /** What the service's OpenAPI document must hold; read when the document is built (openapi.ApiContract). */
    interface OpenApiSettings {
        /** Every operation has an operationId and every request body an example, or the service does not start. */
        @WithDefault("false")
        boolean strict();
    }

    /**
     * How a verified token names a person. The token itself is checked by SmallRye JWT
     * ({@code mp.jwt.verify.*}, and {@code smallrye.jwt.path.groups} for where the roles are).
     */
    interface SecuritySettings {
        /** The claim holding the e-mail that is matched to a rep's e-mail (Entra ID may use {@code upn}). */
        @WithDefault("email")
        String emailClaim();
    }

    interface OutboxSettings {
        /** The topic this service publishes its events to. */
        String topic();

        /** Whether this instance runs the relay that publishes pending events. */
        @WithDefault("true")
        boolean relayEnabled();

        /** Pending events published per transaction. */
        @WithDefault("1000")
        int batchSize();

        /** How often to look for pending events when no local commit signalled new ones. */
        @WithDefault("PT0.2S")
        Duration pollInterval();

        /** First wait after a failed publish; doubles up to {@code max-backoff}. */
        @WithDefault("PT0.2S")
        Duration initialBackoff();

        @WithDefault("PT10S")
        Duration maxBackoff();

        /** How long published rows are kept before they are deleted. */
        @WithDefault("PT24H")
        Duration retention();

        /** How often published rows past the retention are looked for. */
        @WithDefault("PT10M")
        Duration purgeInterval();

        /**
         * Rows deleted per statement, each statement its own short transaction, so that a purge never
         * holds its locks long or writes one large burst of WAL.
         */
        @WithDefault("5000")
        int purgeBatchSize();
    }

    interface InboxSettings {
        /** Whether this instance consumes events. */
        @WithDefault("true")
        boolean enabled();

        /** Consumer group; defaults to the service name. */
        Optional<String> group();

        /**
         * Records applied per transaction. A transaction and its offset commit cost about as much as
         * applying a few hundred events set-based, so under bulk load larger polls ingest faster
         * (docs/decisions.md has the measured rates).
         */
        @WithDefault("2000")
        int maxPollRecords();

        /** Attempts for an event whose handler fails for a reason that is not an outage. */
        @WithDefault("3")
        int maxAttempts();

        /**
         * First wait after the database was unreachable (the batch is read again), or after the
         * consumer failed and was closed (it is created again); doubles up to {@code max-backoff}.
         */
        @WithDefault("PT0.5S")
        Duration initialBackoff();

        @WithDefault("PT10S")
        Duration maxBackoff();

        /**
         * Longest wait for Kafka to answer an offset commit (past it the consumer is closed and created
         * again) or a contact check (past it the consumer reports Kafka unreachable and keeps polling).
         */
        @WithDefault("PT15S")
        Duration requestTimeout();

        /** How often an idle consumer checks that the Kafka cluster still answers it. */
        @WithDefault("PT5S")
        Duration contactInterval();

        /**
         * Kafka's {@code max.poll.interval.ms}: a consumer that takes longer over one batch leaves the
         * group, and its partitions go to the other members.
         */
        @WithDefault("PT5M")
        Duration maxPollInterval();

        /**
         * Liveness turns DOWN when the consumer has not completed a poll in contact with Kafka for
         * this long, so that Kubernetes restarts a replica that cannot heal itself.
         */
        @WithDefault("PT5M")
        Duration stalledAfter();

        /**
         * Whether this service may start reading a partition whose first events are gone (its log was
         * truncated) with a consumer group that never read it. Off: such partitions are paused and
         * readiness is DOWN, because a copy built from the middle of the history answers wrong.
         */
        @WithDefault("false")
        boolean acceptIncompleteHistory();

        /**
         * How long the id of an applied event is kept, so that a redelivery is recognised: far longer than
         * any redelivery can come late (a consumer rewinds at most to its last committed offset, and a
         * replayed topic is a new consumer group's business). Older ids are purged.
         */
        @WithDefault("P7D")
        Duration retention();

        /** How often ids past the retention are purged, on every replica. */
        @WithDefault("PT10M")
        Duration purgeInterval();

        /** Ids deleted per statement, each statement its own short transaction (as the outbox's purge). */
        @WithDefault("5000")
        int purgeBatchSize();
    }

    /** Which traces are recorded; where they go is Quarkus' OpenTelemetry configuration (docs/operations.md). */
    interface TracingSettings {
        /**
         * The share of new traces recorded, 0 to 1; a trace that arrives already decided (an incoming
         * {@code traceparent}, an event's trace) keeps its decision.
         */
        @WithDefault("1.0")
        double samplingRatio();
    }

    /** What readiness checks and how long it may take. */
    interface HealthSettings {
        /** Longest a readiness check waits for the database or Kafka before it answers DOWN. */
        @WithDefault("PT1.5S")
        Duration timeout();

        /** A probe's answer is reused for this long, however many callers ask. */
        @WithDefault("PT1S")
        Duration cacheFor();

        /**
         * Whether readiness turns DOWN while Kafka or the event consumer cannot be reached. Off, the
         * checks still report what they see but stay UP: the outbox and inbox are correct either way.
         */
        @WithDefault("true")
        boolean kafka();
    }

    /**
     * Limits checked before a request reaches its endpoint, answered as problems. Quarkus' own
     * {@code quarkus.http.limits.*} stay above them as the hard limits of the HTTP decoder.
     */
    interface HttpSettings {
        /** Longest time from a request's headers to the last byte of its body: past it, 408. */
        @WithDefault("PT30S")
        Duration bodyTimeout();

        /** Longest request target (path and query) in characters: past it, 414. */
        @WithDefault("4096")
        int maxUriLength();

        /** Largest total of the request's header names and values in bytes: past it, 431. */
        @WithDefault("20480")
        int maxHeaderSize();
    }
}
