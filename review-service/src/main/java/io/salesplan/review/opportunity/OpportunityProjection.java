package io.salesplan.review.opportunity;

import io.salesplan.platform.event.EventEnums;
import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.review.aggregate.DailyAggregates;
import io.salesplan.review.aggregate.DealContribution.Outcome;
import io.salesplan.review.aggregate.DealContribution;
import io.salesplan.review.conversion.ConversionAggregates;
import io.salesplan.review.scope.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Keeps each opportunity's latest state and stage history, and its contribution to the daily deal
 * aggregates and to the conversion aggregates: the old contribution is removed and the new one added, so
 * the aggregates always equal what the latest states add up to, whatever order or how often events arrive.
 */
@ApplicationScoped
public class OpportunityProjection {

    private final OpportunityRepository opportunities;
    private final StageMoveRepository moves;
    private final DailyAggregates aggregates;
    private final ConversionAggregates conversion;
    private final BusinessCalendar calendar;

    public OpportunityProjection(OpportunityRepository opportunities, StageMoveRepository moves,
            DailyAggregates aggregates, ConversionAggregates conversion, BusinessCalendar calendar) {
        this.opportunities = opportunities;
        this.moves = moves;
        this.aggregates = aggregates;
        this.conversion = conversion;
        this.calendar = calendar;
    }

    /** A created or updated event. */
    @Transactional
    public void apply(OpportunityChangedV1 event, boolean created) {
        apply(event, created, null);
    }

    /** A stage-changed event: the move joins the stage history, and the state after it is applied. */
    @Transactional
    public void apply(OpportunityStageChangedV1 event) {
        apply(event.state(), false, event);
    }

    /** Applies the event between reading the deal's conversion contribution before and after it. */
    private void apply(OpportunityChangedV1 event, boolean created, OpportunityStageChangedV1 move) {
        if (event.opportunityId() == null) {
            project(event, created, move);
            return;
        }
        ConversionAggregates.Contribution before = conversion.of(event.opportunityId());
        project(event, created, move);
        conversion.replace(before, conversion.of(event.opportunityId()));
    }

    private void project(OpportunityChangedV1 event, boolean created, OpportunityStageChangedV1 move) {
        if (event.opportunityId() == null || event.ownerId() == null || event.status() == null
                || event.createdAt() == null || event.version() == null) {
            throw new MalformedEventException(
                    "opportunity event without opportunityId, ownerId, status, createdAt or version");
        }
        Outcome status = EventEnums.required(Outcome.class, event.status(), "opportunity " + event.opportunityId());
        if (move != null) {
            String to = move.toStage() == null ? event.stage() : move.toStage();
            String kind = move.toKind() == null ? event.stageKind() : move.toKind();
            if (to == null || kind == null || move.at() == null) {
                throw new MalformedEventException("stage-changed event without toStage, toKind or at");
            }
            moves.record(event.opportunityId(), event.version(), move.fromStage(), to, kind, move.at());
        }
        Opportunity opportunity = opportunities.findById(event.opportunityId());
        DealContribution before = null;
        if (opportunity == null) {
            opportunity = new Opportunity();
            opportunity.opportunityId = event.opportunityId();
        } else if (opportunity.version >= event.version()) {
            if (created && opportunity.initialStage == null) {
                opportunity.initialStage = event.stage();
            }
            return;
        } else {
            before = contribution(opportunity);
        }
        if (created) {
            opportunity.initialStage = event.stage();
        }
        opportunity.ownerId = event.ownerId();
        opportunity.pipelineId = event.pipelineId();
        opportunity.stage = event.stage();
        opportunity.status = status;
        opportunity.amount = event.amount();
        opportunity.expectedCloseDate = event.expectedCloseDate();
        OpportunityChangedV1.AccountProfile profile = event.accountProfile();
        opportunity.industry = profile == null ? null : profile.industry();
        opportunity.region = profile == null ? null : profile.region();
        opportunity.size = profile == null ? null : EventEnums.optional(AccountSize.class, profile.size());
        ForecastCategory category = EventEnums.optional(ForecastCategory.class, event.forecastCategory());
        opportunity.forecastCategory = event.forecastCategory() != null ? category
                : switch (status) {
                    case WON -> ForecastCategory.CLOSED;
                    case LOST -> ForecastCategory.OMITTED;
                    case OPEN -> null;
                };
        // a loss from before lost-reason codes existed counts as OTHER, as pipeline-service migrated it
        opportunity.lostReasonCode = status != Outcome.LOST ? null
                : event.lostReasonCode() != null ? event.lostReasonCode() : "OTHER";
        if (status == Outcome.OPEN) {
            opportunity.openStage = event.stage();
            opportunity.openForecastCategory = category;
        } else if (move != null && "OPEN".equals(move.fromKind())) {
            opportunity.openStage = move.fromStage();
        }
        opportunity.createdAt = event.createdAt();
        opportunity.createdDate = calendar.dateOf(event.createdAt());
        boolean closed = status != Outcome.OPEN;
        OffsetDateTime movedAt = move == null ? null : move.at();
        opportunity.closedAt = closed ? (event.closedAt() != null ? event.closedAt() : movedAt) : null;
        opportunity.closedDate = calendar.dateOf(opportunity.closedAt);
        opportunity.version = event.version();
        if (!opportunities.isPersistent(opportunity)) {
            opportunities.persist(opportunity);
        }
        DealContribution after = contribution(opportunity);
        if (!Objects.equals(before, after)) {
            if (before != null) {
                aggregates.addDeal(before, -1);
            }
            aggregates.addDeal(after, 1);
        }
    }


    private static DealContribution contribution(Opportunity o) {
        return DealContribution.of(o.ownerId, o.createdDate, o.status, o.closedDate, o.amount);
    }
}
