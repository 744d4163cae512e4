package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;

/**
 * The conduct table and the escalation ladder in plain Java, written from policy-rules/docs/clauses.md, not from
 * the rules: what the policy says should happen next for the incidents and sanctions of a case. The
 * numbers are policy-rules/docs/clauses.md's own (12 months, 30 days), not read from the rules' parameters, so that a
 * changed number in the rules shows up as a difference.
 */
final class ReferenceLadder {
    /** ESC-2, INT-1: a warning's window, in months. */
    static final int WARNING_WINDOW_MONTHS = 12;
    /** ESC-2: a ban's length, in days. */
    static final int BAN_DAYS = 30;
    /** ESC-3, INT-4: a ban's window after its end, in months. */
    static final int BAN_WINDOW_MONTHS = 12;

    /** The action types the conduct table and the ladder propose; the model says nothing of others. */
    static final Set<ActionType> TYPES = EnumSet.of(
            ActionType.NO_BREACH,
            ActionType.ADVISE,
            ActionType.CONSULT_ADMINS,
            ActionType.WARN,
            ActionType.BAN,
            ActionType.BAN_FOR_LIFE);

    /** The steps of the ladder, lowest first. */
    static final List<ActionType> STEPS = List.of(ActionType.WARN, ActionType.BAN, ActionType.BAN_FOR_LIFE);

    // policy-rules/docs/clauses.md's conduct table: CoC-2/CoC-7/PRN-6 legitimate debate, CoC-7 advisory; all else
    // breaches.
    // Written here again on purpose: the reference model reads policy-rules/docs/clauses.md, not the rules'
    // conduct.properties.
    private static final Set<String> LEGITIMATE = Set.of("policy-criticism", "vehement-disagreement");
    private static final Set<String> ADVISORY = Set.of("derogatory-description");

    private static final Comparator<Incident> EARLIEST =
            Comparator.comparing(Incident::on).thenComparing(Incident::id);

    private final List<Incident> incidents;
    private final List<Sanction> sanctions;
    private final List<Appeal> appeals;
    private final List<AppealDecision> appealDecisions;

    private ReferenceLadder(List<? extends Fact> facts) {
        this.incidents = only(facts, Incident.class);
        this.sanctions = only(facts, Sanction.class);
        this.appeals = only(facts, Appeal.class);
        this.appealDecisions = only(facts, AppealDecision.class);
    }

    static ReferenceLadder of(List<? extends Fact> facts) {
        return new ReferenceLadder(facts);
    }

    private static <F> List<F> only(List<? extends Fact> facts, Class<F> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Whether the conduct table makes the incident a breach (CoC-4, CoC-7 to CoC-10, CoC-13). */
    static boolean isBreach(Incident incident) {
        return !LEGITIMATE.contains(incident.conduct()) && !ADVISORY.contains(incident.conduct());
    }

    /**
     * INT-6: a sanction overturned on appeal no longer counts; INT-7: one under appeal still does. ESC-5:
     * the EC's latest decision on an appeal is the one that stands, so a sanction stops counting only when,
     * for some appeal against it, a decision of the latest day decided is an overturning (overturned, then
     * upheld later, it counts again).
     */
    boolean counts(Sanction sanction) {
        return appeals.stream()
                .filter(appeal -> appeal.sanction().equals(sanction.id()))
                .noneMatch(this::standsOverturned);
    }

    private boolean standsOverturned(Appeal appeal) {
        List<AppealDecision> decisions = appealDecisions.stream()
                .filter(decision -> decision.appeal().equals(appeal.id()))
                .toList();
        Optional<LocalDate> latest = decisions.stream().map(AppealDecision::on).max(Comparator.naturalOrder());
        return latest.isPresent()
                && decisions.stream()
                        .anyMatch(decision ->
                                decision.on().equals(latest.get()) && decision.outcome() == Outcome.OVERTURNED);
    }

    /**
     * The last day on which a breach climbs a step because of this sanction: a warning's 12 months (ESC-2,
     * INT-1), a ban's 12 months from its end (ESC-3, INT-4); a lifetime ban opens no window.
     */
    static Optional<LocalDate> windowEnds(Sanction sanction) {
        return switch (sanction.kind()) {
            case WARNING -> Optional.of(sanction.on().plusMonths(WARNING_WINDOW_MONTHS));
            case BAN -> Optional.of(sanction.until().plusMonths(BAN_WINDOW_MONTHS));
            case LIFETIME_BAN -> Optional.empty();
        };
    }

    /** Whether a breach on {@code day} falls in the sanction's window: after its issue day, up to its end. */
    static boolean inWindow(Sanction sanction, LocalDate day) {
        return day.isAfter(sanction.on())
                && windowEnds(sanction).filter(ends -> !day.isAfter(ends)).isPresent();
    }

    /** The counting sanctions of a person whose windows hold {@code day}. */
    List<Sanction> windowsOpenOn(String person, LocalDate day) {
        return sanctions.stream()
                .filter(sanction -> sanction.person().equals(person) && counts(sanction) && inWindow(sanction, day))
                .toList();
    }

    /** The counting sanctions of a person, in the order they were issued. */
    List<Sanction> countingSanctionsOf(String person) {
        return sanctions.stream()
                .filter(sanction -> sanction.person().equals(person) && counts(sanction))
                .sorted(Comparator.comparing(Sanction::on))
                .toList();
    }

    /**
     * INT-2: a breach is still to be answered when no sanction names it and no counting sanction of the
     * person was issued on or after its day (breaches before a sanction are answered by it).
     */
    boolean pending(Incident incident) {
        return isBreach(incident)
                && sanctions.stream().noneMatch(sanction -> incident.id().equals(sanction.incident()))
                && sanctions.stream()
                        .noneMatch(sanction -> sanction.person().equals(incident.person())
                                && counts(sanction)
                                && !sanction.on().isBefore(incident.on()));
    }

    /** What the conduct table and the ladder say should happen next, as of {@code asOf}. */
    List<ProposedAction> decide(LocalDate asOf) {
        List<ProposedAction> actions = new ArrayList<>();
        Map<String, Incident> nextStepFor = new TreeMap<>();
        for (Incident incident : incidents) {
            if (LEGITIMATE.contains(incident.conduct())) {
                actions.add(action(ActionType.NO_BREACH, Map.of(ActionField.INCIDENT, incident.id())));
            } else if (ADVISORY.contains(incident.conduct())) {
                actions.add(action(ActionType.ADVISE, about(incident)));
            } else if (pending(incident) && !incident.adminsConsulted()) {
                // ESC-1, INT-12: no step before the admins are consulted.
                actions.add(action(ActionType.CONSULT_ADMINS, about(incident)));
            } else if (pending(incident)) {
                // INT-2: several pending breaches earn one step, for the earliest.
                nextStepFor.merge(incident.person(), incident, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
            }
        }
        nextStepFor.values().forEach(breach -> actions.add(nextStep(breach, asOf)));
        return actions.stream().sorted().toList();
    }

    private ProposedAction nextStep(Incident breach, LocalDate asOf) {
        List<Sanction> open = windowsOpenOn(breach.person(), breach.on());
        Map<ActionField, Object> fields = new TreeMap<>(about(breach));
        fields.put(ActionField.PLATFORM, breach.platform()); // INT-3: the platform of the breach
        if (open.stream().anyMatch(sanction -> sanction.kind() == SanctionKind.BAN)) {
            return action(ActionType.BAN_FOR_LIFE, fields); // ESC-3, INT-4
        }
        if (open.stream().anyMatch(sanction -> sanction.kind() == SanctionKind.WARNING)) {
            LocalDate until = asOf.plusDays(BAN_DAYS); // ESC-2
            fields.put(ActionField.DAYS, BAN_DAYS);
            fields.put(ActionField.UNTIL, until);
            fields.put(ActionField.WINDOW_ENDS, until.plusMonths(BAN_WINDOW_MONTHS));
            return action(ActionType.BAN, fields);
        }
        fields.put(ActionField.WINDOW_ENDS, asOf.plusMonths(WARNING_WINDOW_MONTHS)); // ESC-1, INT-5
        return action(ActionType.WARN, fields);
    }

    private static Map<ActionField, Object> about(Incident incident) {
        return Map.of(ActionField.PERSON, incident.person(), ActionField.INCIDENT, incident.id());
    }

    private static ProposedAction action(ActionType type, Map<ActionField, Object> fields) {
        return new ProposedAction(type, fields);
    }
}
