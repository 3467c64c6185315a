package io.salesplan.review.conversion;

import io.salesplan.review.pipeline.StageDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One deal as the read model holds it: its state and every stage move in version order. What it adds to
 * its cohort's funnel as of a day is the funnel's walk of the moves made up to the end of that day (the
 * cut the report makes), so it changes only on the days of its moves.
 */
public record DealHistory(UUID ownerId, UUID pipelineId, LocalDate createdDay, String initialStage,
        Instant createdAt, String currentStage, List<StoredMove> moves) {

    public record StoredMove(String fromStage, String toStage, String toKind, Instant at) {
    }

    /**
     * The deal cut at the end of {@code asOf} (null: before any move): its moves up to then, starting in the
     * stage it was created in, else the stage the first of them left, else (no move yet) its current stage.
     */
    public CohortDeal asOf(LocalDate asOf, ZoneId zone) {
        List<CohortDeal.Move> cut = new ArrayList<>();
        String start = initialStage;
        for (StoredMove move : moves) {
            if (asOf != null && !move.at().atZone(zone).toLocalDate().isAfter(asOf)) {
                if (cut.isEmpty() && initialStage == null) {
                    start = move.fromStage();
                }
                cut.add(new CohortDeal.Move(move.toStage(), move.toKind(), move.at()));
            }
        }
        if (start == null && cut.isEmpty()) {
            start = currentStage;
        }
        return new CohortDeal(start, createdAt, cut);
    }

    /**
     * The deal's funnel as of now, and by the day of each of its moves the change that day made to it:
     * as of a day, the deal counts for its funnel now minus the changes dated after that day.
     */
    public Steps steps(List<StageDefinition> stages, ZoneId zone) {
        TreeMap<LocalDate, Funnel> changes = new TreeMap<>();
        moves.forEach(m -> changes.put(m.at().atZone(zone).toLocalDate(), null));
        Funnel previous = ConversionCalculator.walk(stages, asOf(null, zone));
        for (LocalDate day : new ArrayList<>(changes.keySet())) {
            Funnel current = ConversionCalculator.walk(stages, asOf(day, zone));
            Funnel change = new Funnel(current.openStages());
            change.add(current, 1);
            change.add(previous, -1);
            changes.put(day, change);
            previous = current;
        }
        changes.values().removeIf(Funnel::isZero);
        return new Steps(previous, changes);
    }

    /** {@code now}: the funnel of the whole history; {@code changes}: the non-zero steps by day. */
    public record Steps(Funnel now, TreeMap<LocalDate, Funnel> changes) {
    }
}
