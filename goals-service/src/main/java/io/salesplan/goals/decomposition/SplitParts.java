package io.salesplan.goals.decomposition;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplan.goals.goal.Goal;
import io.salesplan.goals.goal.OwnerType;
import io.salesplan.goals.rep.Rep;
import io.salesplan.goals.rep.RepRepository;
import io.salesplan.goals.team.Team;
import io.salesplan.goals.team.TeamRepository;
import io.salesplan.platform.period.Granularity;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a decomposition splits a goal over, periods or owners, and the weight of each part, checked. */
@ApplicationScoped
public class SplitParts {

    private final TeamRepository teams;
    private final RepRepository reps;

    public SplitParts(TeamRepository teams, RepRepository reps) {
        this.teams = teams;
        this.reps = reps;
    }

    /** One part of a split: who or when, and its weight. */
    public record Part(String label, OwnerType ownerType, UUID ownerId, SalesPeriod period, BigDecimal weight) {
    }

    /** The finer periods of the goal's period, weighted equally or by {@code weights} (an array in time order). */
    public List<Part> periods(Goal goal, DecomposeRequest.Into into, JsonNode weights) {
        SalesPeriod period = goal.salesPeriod();
        Granularity granularity = Granularity.valueOf(into.name());
        if (granularity.ordinal() <= period.granularity().ordinal()) {
            throw ApiException.invalid("into", "a " + period.granularity() + " goal (" + period.key()
                    + ") cannot be split into " + into + "s");
        }
        List<SalesPeriod> periods = period.split(granularity);
        List<BigDecimal> w;
        if (weights == null || weights.isNull()) {
            w = Collections.nCopies(periods.size(), BigDecimal.ONE);
        } else {
            if (!weights.isArray() || weights.size() != periods.size()) {
                throw ApiException.invalid("weights", "must be an array of " + periods.size() + " numbers, one per "
                        + into + " of " + period.key() + " in time order");
            }
            w = new ArrayList<>();
            for (int i = 0; i < weights.size(); i++) {
                w.add(weight(weights.get(i), "weights[" + i + "]"));
            }
            requireSomeWeight(w);
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            SalesPeriod p = periods.get(i);
            parts.add(new Part(p.key(), goal.ownerType, goal.ownerId, p, w.get(i)));
        }
        return parts;
    }

    /**
     * The goal's owners one level down (the top-level teams of the company; a team's sub-teams and active
     * reps), weighted equally or by {@code weights} (an object by owner id, which also chooses the owners).
     */
    public List<Part> owners(Goal goal, JsonNode weights) {
        List<Part> candidates = new ArrayList<>();
        SalesPeriod period = goal.salesPeriod();
        switch (goal.ownerType) {
            case COMPANY -> {
                for (Team team : teams.topLevel()) {
                    candidates.add(new Part(team.name, OwnerType.TEAM, team.id, period, BigDecimal.ONE));
                }
            }
            case TEAM -> {
                for (Team team : teams.children(goal.ownerId)) {
                    candidates.add(new Part(team.name, OwnerType.TEAM, team.id, period, BigDecimal.ONE));
                }
                for (Rep rep : reps.activeMembers(goal.ownerId)) {
                    candidates.add(new Part(rep.name, OwnerType.REP, rep.id, period, BigDecimal.ONE));
                }
            }
            case REP -> throw ApiException.conflict("goal " + goal.id + " belongs to a rep and cannot be split over owners; "
                    + "split it by PERIOD instead");
        }
        if (candidates.isEmpty()) {
            throw ApiException.conflict(goal.ownerType == OwnerType.COMPANY
                    ? "there are no teams to split the company goal over; create teams first"
                    : "team " + goal.ownerId + " has no active reps and no sub-teams to split the goal over");
        }
        if (weights == null || weights.isNull()) {
            return candidates;
        }
        if (!weights.isObject()) {
            throw ApiException.invalid("weights", "must be an object from team or rep id to weight when splitting by OWNER");
        }
        Map<String, BigDecimal> byOwner = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = weights.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String field = "weights." + entry.getKey();
            boolean known = candidates.stream().anyMatch(c -> c.ownerId().toString().equalsIgnoreCase(entry.getKey()));
            if (!known) {
                throw ApiException.invalid(field, "is not one of the owners this goal splits over ("
                        + (goal.ownerType == OwnerType.COMPANY ? "the top-level teams" : "the team's active reps and sub-teams")
                        + ")");
            }
            byOwner.put(entry.getKey().toLowerCase(), weight(entry.getValue(), field));
        }
        // the weights also choose the owners: one left out of the map gets no child goal
        List<Part> weighted = candidates.stream()
                .filter(c -> byOwner.containsKey(c.ownerId().toString()))
                .map(c -> new Part(c.label(), c.ownerType(), c.ownerId(), c.period(), byOwner.get(c.ownerId().toString())))
                .toList();
        if (weighted.isEmpty()) {
            throw ApiException.invalid("weights", "must name at least one owner");
        }
        requireSomeWeight(weighted.stream().map(Part::weight).toList());
        return weighted;
    }

    private static BigDecimal weight(JsonNode node, String field) {
        if (node == null || !node.isNumber()) {
            throw ApiException.invalid(field, "must be a number");
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0) {
            throw ApiException.invalid(field, "must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 6 || value.precision() - value.scale() > 12) {
            throw ApiException.invalid(field, "must have at most 12 digits and 6 decimals");
        }
        return value;
    }

    private static void requireSomeWeight(List<BigDecimal> weights) {
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            throw ApiException.invalid("weights", "must not all be zero");
        }
    }
}
