package org.conductpolicy.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Reference;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.Sanction;

/**
 * Checks that a set of facts is valid input as a whole: ids unique within their type, every reference
 * resolved, nothing dated after the day asked about, and the few orderings the model relies on. Public
 * only so that the case-file reader ({@code org.conductpolicy.io}) checks a file exactly as the engine
 * would; not API.
 */
public final class FactChecker {
    private FactChecker() {}

    /**
     * Checks the facts as a whole, in order.
     *
     * @throws InvalidFactException for the first problem found, placed at the fact's position (from 1)
     */
    public static void check(LocalDate asOf, List<? extends Fact> facts) {
        Map<String, Map<String, Fact>> byTypeAndId = index(facts);
        Set<String> decisionDays = new HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            int position = i + 1;
            checkDate(asOf, fact, position);
            for (Reference reference : fact.references()) {
                checkReference(fact, reference, byTypeAndId, position);
            }
            checkOrdering(fact, byTypeAndId, position);
            checkOneDecisionADay(fact, decisionDays, position);
        }
    }

    /**
     * Two decisions on one matter by one body on one day leave it unknown which stands (the latest does),
     * so the case is refused rather than decided both ways.
     */
    private static void checkOneDecisionADay(Fact fact, Set<String> decisionDays, int position) {
        String key = null;
        if (fact instanceof AppealDecision decision) {
            key = "appeal " + decision.appeal() + " " + decision.on();
        } else if (fact instanceof ComplaintDecision decision) {
            key = "complaint " + decision.complaint() + " " + decision.by() + " " + decision.on();
        }
        if (key != null && !decisionDays.add(key)) {
            throw new InvalidFactException(
                    fact.type(),
                    null,
                    "on",
                    "is " + fact.dated() + ", the day of another decision by the same body on the same "
                            + fact.references().get(0).types().get(0) + ": which one stands cannot be told",
                    position);
        }
    }

    private static void checkReference(
            Fact fact, Reference reference, Map<String, Map<String, Fact>> byTypeAndId, int position) {
        List<String> named = reference.types().stream()
                .filter(type -> byTypeAndId.getOrDefault(type, Map.of()).containsKey(reference.id()))
                .toList();
        if (named.isEmpty()) {
            throw new InvalidFactException(
                    fact.type(),
                    fact.id(),
                    reference.field(),
                    "names no " + String.join(" or ", reference.types()) + " '" + reference.id() + "'",
                    position);
        }
        if (named.size() > 1) {
            // Ids are unique only within a type: a field that may name either must not name both.
            throw new InvalidFactException(
                    fact.type(),
                    fact.id(),
                    reference.field(),
                    "names both "
                            + String.join(
                                    " and ",
                                    named.stream()
                                            .map(type -> type + " '" + reference.id() + "'")
                                            .toList())
                            + ": give them different ids",
                    position);
        }
    }

    private static Map<String, Map<String, Fact>> index(List<? extends Fact> facts) {
        Map<String, Map<String, Fact>> byTypeAndId = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (fact == null) {
                throw new InvalidFactException("fact", null, "type", "is missing: the fact is null", i + 1);
            }
            if (fact.id() == null) {
                continue;
            }
            if (!seen.add(fact.type() + '\u0000' + fact.id())) {
                throw new InvalidFactException(
                        fact.type(), fact.id(), "id", "is used by another " + fact.type() + " too", i + 1);
            }
            byTypeAndId.computeIfAbsent(fact.type(), type -> new HashMap<>()).put(fact.id(), fact);
        }
        return byTypeAndId;
    }

    private static void checkDate(LocalDate asOf, Fact fact, int position) {
        LocalDate dated = fact.dated();
        if (dated != null && dated.isAfter(asOf)) {
            String field = fact instanceof Role ? "from" : "on";
            throw new InvalidFactException(
                    fact.type(), fact.id(), field, "is " + dated + ", after asOf " + asOf, position);
        }
    }

    private static void checkOrdering(Fact fact, Map<String, Map<String, Fact>> byTypeAndId, int position) {
        if (fact instanceof Sanction sanction && sanction.incident() != null) {
            Incident incident = (Incident) byTypeAndId.get("incident").get(sanction.incident());
            if (!incident.person().equals(sanction.person())) {
                throw new InvalidFactException(
                        "sanction", sanction.id(), "incident", "names an incident of another person", position);
            }
            if (sanction.on().isBefore(incident.on())) {
                throw new InvalidFactException(
                        "sanction",
                        sanction.id(),
                        "on",
                        "is " + sanction.on() + ", before its incident '" + incident.id() + "' of " + incident.on(),
                        position);
            }
        }
        if (fact instanceof Appeal appeal) {
            Sanction sanction = (Sanction) byTypeAndId.get("sanction").get(appeal.sanction());
            if (appeal.on().isBefore(sanction.on())) {
                throw new InvalidFactException(
                        "appeal",
                        appeal.id(),
                        "on",
                        "is " + appeal.on() + ", before the sanction '" + sanction.id() + "' was issued on "
                                + sanction.on(),
                        position);
            }
        }
        matterOpened(fact, byTypeAndId).ifPresent(opened -> {
            if (fact.dated().isBefore(opened.dated())) {
                throw new InvalidFactException(
                        fact.type(),
                        fact.id(),
                        "on",
                        "is " + fact.dated() + ", before the " + opened.type() + " '" + opened.id() + "' was made on "
                                + opened.dated(),
                        position);
            }
        });
    }

    /** The appeal or complaint that a hearing, decision or referral belongs to, which must come first. */
    private static Optional<Fact> matterOpened(Fact fact, Map<String, Map<String, Fact>> byTypeAndId) {
        return switch (fact.type()) {
            case "hearing", "appeal-decision", "complaint-decision", "national-referral" ->
                fact.references().stream()
                        .findFirst()
                        .map(reference ->
                                byTypeAndId.get(reference.types().get(0)).get(reference.id()));
            default -> Optional.empty();
        };
    }
}
