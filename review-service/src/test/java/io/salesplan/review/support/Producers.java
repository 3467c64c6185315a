package io.salesplan.review.support;

import io.salesplan.platform.period.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the events goals-, pipeline- and activity-service publish (docs/events.md), with whole
 * current state and a version that starts at 0 and grows by one with every change, as their
 * producers do.
 */
public final class Producers {

    public static final List<String> DEFAULT_STAGES = List.of("INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL",
            "NEGOTIATION", "WON", "LOST");

    private Producers() {
    }

    public static OffsetDateTime at(String date) {
        return LocalDate.parse(date).atTime(10, 0).atOffset(ZoneOffset.UTC);
    }

    public static Feed.Event team(UUID teamId, UUID parentTeamId, long version) {
        return team(teamId, parentTeamId, null, version);
    }

    /** A team with its manager (a rep id, or null). */
    public static Feed.Event team(UUID teamId, UUID parentTeamId, UUID managerId, long version) {
        return Feed.event("salesplan.goals", "/goals-service",
                version == 0 ? "salesplan.team.created.v1" : "salesplan.team.updated.v1", teamId.toString(),
                map("teamId", teamId, "name", "Team " + teamId, "parentTeamId", parentTeamId, "managerId", managerId,
                        "version", version));
    }

    public static Feed.Event rep(UUID repId, UUID teamId, long version) {
        return Feed.event("salesplan.goals", "/goals-service",
                version == 0 ? "salesplan.rep.created.v1" : "salesplan.rep.updated.v1", repId.toString(),
                map("repId", repId, "name", "Rep " + repId, "email", email(repId), "teamId", teamId,
                        "active", true, "version", version));
    }

    /** The e-mail a rep's events carry, which their tokens name. */
    public static String email(UUID repId) {
        return repId + "@example.com";
    }

    /** A goal as goals-service describes it, with its created, updated and archived events. */
    public record GoalSpec(UUID goalId, UUID parentId, String ownerType, UUID ownerId, String period, String metric,
            String activityType, String target) {

        public Feed.Event created() {
            return event("salesplan.goal.created.v1", target, "ACTIVE", 0);
        }

        public Feed.Event updated(String newTarget, long version) {
            return event("salesplan.goal.updated.v1", newTarget, "ACTIVE", version);
        }

        public Feed.Event archived(String lastTarget, long version) {
            return event("salesplan.goal.archived.v1", lastTarget, "ARCHIVED", version);
        }

        private Feed.Event event(String type, String targetValue, String status, long version) {
            SalesPeriod p = SalesPeriod.parse(period);
            return Feed.event("salesplan.goals", "/goals-service", type, goalId.toString(), map(
                    "goalId", goalId, "title", metric + " " + goalId, "type", parentId == null ? "KEY_RESULT" : "KPI",
                    "parentId", parentId, "ownerType", ownerType, "ownerId", ownerId, "period", period,
                    "periodStart", p.start(), "periodEnd", p.end(), "metric", metric, "activityType", activityType,
                    "targetValue", new BigDecimal(targetValue),
                    "direction", "SALES_CYCLE_DAYS".equals(metric) ? "AT_MOST" : "AT_LEAST",
                    "status", status, "version", version));
        }
    }

    public static Feed.Event pipeline(UUID pipelineId, List<String> stageKeys, long version) {
        Map<String, String> probabilities = new LinkedHashMap<>();
        stageKeys.forEach(key -> probabilities.put(key, "WON".equals(key) ? "1" : "0"));
        return pipeline(pipelineId, probabilities, version);
    }

    /** A pipeline with these stages in this order and their probabilities. */
    public static Feed.Event pipeline(UUID pipelineId, Map<String, String> probabilities, long version) {
        List<Map<String, Object>> stages = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> stage : probabilities.entrySet()) {
            stages.add(map("key", stage.getKey(), "name", stage.getKey(), "kind", kind(stage.getKey()), "probability",
                    new BigDecimal(stage.getValue()), "position", i++));
        }
        return Feed.event("salesplan.pipeline", "/pipeline-service", "salesplan.pipeline.defined.v1",
                pipelineId.toString(), map("pipelineId", pipelineId, "name", "Pipeline " + pipelineId, "isDefault", false,
                        "stages", stages, "version", version));
    }

    static String kind(String stage) {
        return switch (stage) {
            case "WON" -> "WON";
            case "LOST" -> "LOST";
            default -> "OPEN";
        };
    }

    /** An opportunity whose every change produces the event pipeline-service would publish. */
    public static final class Deal {
        public final UUID id = UUID.randomUUID();
        private final UUID pipelineId;
        private UUID ownerId;
        private String stage;
        private String status = "OPEN";
        private BigDecimal amount;
        private final OffsetDateTime createdAt;
        private OffsetDateTime closedAt;
        private String expectedCloseDate = "2026-12-31";
        private long version;
        private Map<String, Object> profile;
        private String call = "PIPELINE";
        private String lostReasonCode = "PRICE";

        public Deal(UUID pipelineId, UUID ownerId, String stage, String amount, String createdOn) {
            this.pipelineId = pipelineId;
            this.ownerId = ownerId;
            this.stage = stage;
            this.amount = new BigDecimal(amount);
            this.createdAt = at(createdOn);
        }

        public Feed.Event created() {
            version = 0;
            return event("salesplan.opportunity.created.v1", state());
        }

        /** The profile its account had when it was created; carried by every event from then on. */
        public Deal profile(String industry, String region, String size) {
            profile = map("industry", industry, "region", region, "size", size);
            return this;
        }

        /** The owner's forecast call while it is open (default PIPELINE), for its next event. */
        public Deal call(String category) {
            call = category;
            return this;
        }

        /** The reason code its next move to LOST gives (default PRICE). */
        public Deal lostFor(String code) {
            lostReasonCode = code;
            return this;
        }

        /** The owner changes the forecast call of the open deal. */
        public Feed.Event recall(String category) {
            call = category;
            version++;
            return event("salesplan.opportunity.updated.v1", state());
        }

        /** The expected close date its next event carries (before {@link #created()}: the one it starts with). */
        public Deal expectedToClose(String date) {
            expectedCloseDate = date;
            return this;
        }

        public Feed.Event changeExpectedCloseDate(String date) {
            expectedCloseDate = date;
            version++;
            return event("salesplan.opportunity.updated.v1", state());
        }

        public Feed.Event move(String to, String on) {
            String from = stage;
            stage = to;
            status = kind(to).equals("OPEN") ? "OPEN" : kind(to);
            closedAt = "OPEN".equals(status) ? null : at(on);
            version++;
            Map<String, Object> data = state();
            data.put("fromStage", from);
            data.put("fromKind", kind(from));
            data.put("toStage", to);
            data.put("toKind", kind(to));
            data.put("at", at(on));
            return event("salesplan.opportunity.stage-changed.v1", data);
        }

        public Feed.Event changeAmount(String newAmount) {
            amount = new BigDecimal(newAmount);
            version++;
            return event("salesplan.opportunity.updated.v1", state());
        }

        public Feed.Event changeOwner(UUID newOwner) {
            ownerId = newOwner;
            version++;
            return event("salesplan.opportunity.updated.v1", state());
        }

        private Map<String, Object> state() {
            boolean lost = "LOST".equals(status);
            String category = switch (status) {
                case "WON" -> "CLOSED";
                case "LOST" -> "OMITTED";
                default -> call;
            };
            return map("opportunityId", id, "name", "Deal " + id, "accountId", UUID.randomUUID(), "ownerId", ownerId,
                    "teamId", null, "pipelineId", pipelineId, "stage", stage, "stageKind", kind(stage),
                    "status", status, "amount", amount, "expectedCloseDate", expectedCloseDate, "createdAt", createdAt,
                    "closedAt", closedAt, "lostReasonCode", lost ? lostReasonCode : null,
                    "lostReason", lost ? "price" : null, "forecastCategory", category, "accountProfile", profile,
                    "source", "test", "version", version);
        }

        private Feed.Event event(String type, Map<String, Object> data) {
            return Feed.event("salesplan.pipeline", "/pipeline-service", type, id.toString(), data);
        }
    }

    /** An activity whose every change produces the event activity-service would publish. */
    public static final class Act {
        public final UUID id = UUID.randomUUID();
        private String type;
        private final UUID ownerId;
        private final OffsetDateTime occurredAt;
        private final UUID opportunityId;
        private long version;

        public Act(String type, UUID ownerId, String on, UUID opportunityId) {
            this.type = type;
            this.ownerId = ownerId;
            this.occurredAt = at(on);
            this.opportunityId = opportunityId;
        }

        public Feed.Event logged() {
            version = 0;
            return event("salesplan.activity.logged.v1");
        }

        public Feed.Event retyped(String newType) {
            type = newType;
            version++;
            return event("salesplan.activity.updated.v1");
        }

        public Feed.Event deleted() {
            version++;
            return event("salesplan.activity.deleted.v1");
        }

        private Feed.Event event(String eventType) {
            return Feed.event("salesplan.activities", "/activity-service", eventType, id.toString(), map(
                    "activityId", id, "type", type, "ownerId", ownerId, "occurredAt", occurredAt,
                    "opportunityId", opportunityId, "accountId", null, "taskId", null, "durationMinutes", 30,
                    "outcome", "ok", "source", "test", "externalId", null, "version", version));
        }
    }

    public static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            map.put((String) keyValues[i], value instanceof UUID || value instanceof LocalDate ? value.toString()
                    : value);
        }
        return map;
    }
}
