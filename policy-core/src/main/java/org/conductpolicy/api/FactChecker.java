package org.conductpolicy.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.FactType;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.MatterStep;
import org.conductpolicy.api.fact.Reference;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.Sanction;

/**
 * Checks that a set of facts is valid input as a whole: ids unique within their type, every reference
 * resolved, nothing dated after the day asked about, and the few orderings the model relies on. {@link
 * CheckedFacts#check} is its only caller.
 */
final class FactChecker {
    private final Map<FactType, Map<String, Fact>> byTypeAndId = new EnumMap<>(FactType.class);
    private final Set<String> decisionDays = new HashSet<>();

    private FactChecker() {}

    /**
     * Checks the facts as a whole, in order.
     *
     * @throws InvalidFactException for the first problem found, placed at the fact's position (from 1)
     */
    static void check(LocalDate asOf, List<? extends Fact> facts) {
        new FactChecker().checkAll(asOf, facts);
    }

    private void checkAll(LocalDate asOf, List<? extends Fact> facts) {
        index(facts);
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            try {
                checkDate(asOf, fact);
                for (Reference reference : fact.references()) {
                    checkReference(fact, reference);
                }
                checkOrdering(fact);
                checkOneDecisionADay(fact);
            } catch (InvalidFactException invalid) {
                throw invalid.at(i + 1);
            }
        }
    }

    private void index(List<? extends Fact> facts) {
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (fact == null) {
                throw InvalidFactException.nullFact(i + 1);
            }
            if (fact.id() == null) {
                continue;
            }
            checkIdText(fact, i + 1);
            Fact before = byTypeAndId
                    .computeIfAbsent(fact.type(), type -> new HashMap<>())
                    .putIfAbsent(fact.id(), fact);
            if (before != null) {
                throw new InvalidFactException(
                                fact.type(),
                                fact.id(),
                                "id",
                                "is used by another " + fact.type().wireName() + " too")
                        .at(i + 1);
            }
        }
    }

    /**
     * An id is what officers read and type: printable, of at most {@link CheckedFacts#MAX_ID_LENGTH}
     * characters, with something to see. Refused: control characters (NUL, escape sequences, line breaks),
     * bidi overrides, zero-width and other invisible format characters, and an id of only spaces of any
     * kind (non-breaking ones too).
     */
    private static void checkIdText(Fact fact, int position) {
        String id = fact.id();
        String problem = null;
        if (id.length() > CheckedFacts.MAX_ID_LENGTH) {
            problem = String.format(
                    Locale.ROOT,
                    "has %,d characters: an id may have at most %d",
                    id.length(),
                    CheckedFacts.MAX_ID_LENGTH);
        } else {
            boolean blank = true;
            for (int at = 0; at < id.length() && problem == null; ) {
                int c = id.codePointAt(at);
                if (SafeText.unsafe(c)) {
                    problem = "holds a character that cannot be shown (a control, bidi or zero-width character): an"
                            + " id is printable text";
                }
                blank &= Character.isWhitespace(c) || Character.isSpaceChar(c);
                at += Character.charCount(c);
            }
            if (problem == null && blank) {
                problem = "is blank: an id needs a character that can be seen";
            }
        }
        if (problem != null) {
            throw new InvalidFactException(fact.type(), fact.id(), "id", problem).at(position);
        }
    }

    private Fact named(FactType type, String id) {
        return byTypeAndId.getOrDefault(type, Map.of()).get(id);
    }

    /**
     * Two decisions on one matter by one body on one day leave it unknown which stands (the latest does),
     * so the case is refused rather than decided both ways.
     */
    private void checkOneDecisionADay(Fact fact) {
        String key = null;
        if (fact instanceof AppealDecision decision) {
            key = "appeal " + decision.appeal() + " " + decision.on();
        } else if (fact instanceof ComplaintDecision decision) {
            key = "complaint " + decision.complaint() + " " + decision.by() + " " + decision.on();
        }
        if (key != null && !decisionDays.add(key)) {
            MatterStep step = (MatterStep) fact;
            throw InvalidFactException.of(
                    fact.type(),
                    "on",
                    "is " + fact.dated() + ", the day of another decision by the same body on the same "
                            + step.matter().types().get(0).wireName() + ": which one stands cannot be told");
        }
    }

    private void checkReference(Fact fact, Reference reference) {
        List<FactType> named = new ArrayList<>(1);
        for (FactType type : reference.types()) {
            if (named(type, reference.id()) != null) {
                named.add(type);
            }
        }
        if (named.isEmpty()) {
            throw new InvalidFactException(
                    fact.type(),
                    fact.id(),
                    reference.field(),
                    "names no "
                            + String.join(
                                    " or ",
                                    reference.types().stream()
                                            .map(FactType::wireName)
                                            .toList())
                            + " '" + SafeText.of(reference.id()) + "'");
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
                                            .map(type -> type.wireName() + " '" + SafeText.of(reference.id()) + "'")
                                            .toList())
                            + ": give them different ids");
        }
    }

    private static void checkDate(LocalDate asOf, Fact fact) {
        LocalDate dated = fact.dated();
        String field = fact instanceof Role ? "from" : "on";
        checkInRange(fact, field, dated);
        if (fact instanceof Role role) {
            checkInRange(fact, "to", role.to());
        }
        if (dated != null && dated.isAfter(asOf)) {
            throw new InvalidFactException(fact.type(), fact.id(), field, "is " + dated + ", after asOf " + asOf);
        }
    }

    /** A day the rules' arithmetic (a window's months, a ban's days) could not reach from is refused. */
    private static void checkInRange(Fact fact, String field, LocalDate day) {
        if (day != null) {
            CheckedFacts.dayProblem(day).ifPresent(problem -> {
                throw new InvalidFactException(fact.type(), fact.id(), field, problem);
            });
        }
    }

    private void checkOrdering(Fact fact) {
        if (fact instanceof Sanction sanction && sanction.incident() != null) {
            Incident incident = (Incident) named(FactType.INCIDENT, sanction.incident());
            if (!incident.person().equals(sanction.person())) {
                throw new InvalidFactException(
                        fact.type(), sanction.id(), "incident", "names an incident of another person");
            }
            if (sanction.on().isBefore(incident.on())) {
                throw new InvalidFactException(
                        fact.type(),
                        sanction.id(),
                        "on",
                        "is " + sanction.on() + ", before its incident '" + SafeText.of(incident.id()) + "' of "
                                + incident.on());
            }
        }
        if (fact instanceof Appeal appeal) {
            Sanction sanction = (Sanction) named(FactType.SANCTION, appeal.sanction());
            if (appeal.on().isBefore(sanction.on())) {
                throw new InvalidFactException(
                        fact.type(),
                        appeal.id(),
                        "on",
                        "is " + appeal.on() + ", before the sanction '" + SafeText.of(sanction.id())
                                + "' was issued on " + sanction.on());
            }
        }
        if (fact instanceof MatterStep step) {
            // A step names its matter, so the matter is known once the references are checked.
            Fact opened = named(step.matter().types().get(0), step.matter().id());
            if (step.dated().isBefore(opened.dated())) {
                throw new InvalidFactException(
                        fact.type(),
                        fact.id(),
                        "on",
                        "is " + step.dated() + ", before the " + opened.type().wireName() + " '"
                                + SafeText.of(opened.id()) + "' was made on " + opened.dated());
            }
        }
    }
}
