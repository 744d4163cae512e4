package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;

/** The invariants of the escalation ladder (ESC-1 to ESC-3, INT-1 to INT-5, INT-12). */
final class LadderProperties {
    private LadderProperties() {}

    /** The differential property: the rules and the reference model propose the same ladder actions. */
    static final PolicyProperty AGREES_WITH_THE_REFERENCE_MODEL = PolicyProperty.of(
            "the rules propose the same conduct and ladder actions as the reference model",
            LadderProperties::agreesWithTheReferenceModel);

    // INT-1, INT-2, INT-4
    static final PolicyProperty NOBODY_CLIMBS_WITHOUT_NOTICE =
            PolicyProperty.of("nobody climbs a step without notice", LadderProperties::nobodyClimbsWithoutNotice);

    // ESC-1, ESC-2, ESC-3, INT-2, INT-5
    static final PolicyProperty NEVER_SKIPS_NOR_STEPS_DOWN = PolicyProperty.of(
            "the ladder never skips a step and never steps down while a window is open",
            LadderProperties::neverSkipsNorStepsDown);

    // INT-1, INT-4, INT-5
    static final PolicyProperty BREACH_ON_THE_LAST_DAY_ESCALATES = PolicyProperty.of(
            "a breach on windowEnds escalates and a breach the day after does not",
            LadderProperties::breachOnTheLastDayEscalates);

    // ESC-1, INT-12
    static final PolicyProperty NO_STEP_WITHOUT_CONSULTING = PolicyProperty.of(
            "no sanction is proposed for an incident the admins have not been consulted on",
            LadderProperties::noStepWithoutConsulting);

    private static Optional<String> agreesWithTheReferenceModel(PolicyEngine engine, History history) {
        List<ProposedAction> rules = ladderActions(history.decideWith(engine));
        List<ProposedAction> model = ReferenceLadder.of(history.facts()).decide(history.asOf());
        return rules.equals(model)
                ? Optional.empty()
                : Optional.of("the rules propose " + rules + " but the reference model " + model);
    }

    private static Optional<String> nobodyClimbsWithoutNotice(PolicyEngine engine, History history) {
        ReferenceLadder ladder = ReferenceLadder.of(history.facts());
        for (Action step : steps(history.decideWith(engine))) {
            Incident breach = incident(history, step);
            if (breach == null || !ReferenceLadder.isBreach(breach)) {
                return Optional.of(step.type().wireName() + " for " + step.fields() + ", which is no breach");
            }
            // INT-2: a breach committed on or before a sanction's issue day is answered by it.
            Optional<Sanction> answeredBy = history.factsOf(Sanction.class)
                    .filter(sanction -> breach.id().equals(sanction.incident())
                            || (sanction.person().equals(breach.person())
                                    && ladder.counts(sanction)
                                    && !sanction.on().isBefore(breach.on())))
                    .findFirst();
            if (answeredBy.isPresent()) {
                return Optional.of(step.type().wireName() + " for " + breach.id() + " of " + breach.on()
                        + ", already answered by sanction " + answeredBy.get().id() + " of "
                        + answeredBy.get().on());
            }
            SanctionKind notice = switch (step.type()) {
                case BAN -> SanctionKind.WARNING; // ESC-2, INT-1
                case BAN_FOR_LIFE -> SanctionKind.BAN; // ESC-3, INT-4
                default -> null;
            };
            if (notice != null
                    && ladder.windowsOpenOn(breach.person(), breach.on()).stream()
                            .noneMatch(sanction -> sanction.kind() == notice)) {
                return Optional.of(step.type().wireName() + " for " + breach.id() + " of " + breach.on()
                        + " with no counting " + notice.name().toLowerCase(java.util.Locale.ROOT)
                        + " issued before it whose window holds it");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> neverSkipsNorStepsDown(PolicyEngine engine, History history) {
        ReferenceLadder ladder = ReferenceLadder.of(history.facts());
        Map<String, Action> stepOf = new HashMap<>();
        for (Action step : steps(history.decideWith(engine))) {
            Incident breach = incident(history, step);
            if (breach == null) {
                return Optional.of(step.type().wireName() + " for an unknown incident: " + step.fields());
            }
            // INT-2: several breaches before a step is issued earn one step.
            Action other = stepOf.put(breach.person(), step);
            if (other != null) {
                return Optional.of("two steps at once for " + breach.person() + ": "
                        + other.type().wireName() + " " + other.fields() + " and "
                        + step.type().wireName() + " " + step.fields());
            }
            List<Sanction> open = ladder.windowsOpenOn(breach.person(), breach.on());
            ActionType expected = open.stream().anyMatch(sanction -> sanction.kind() == SanctionKind.BAN)
                    ? ActionType.BAN_FOR_LIFE
                    : open.stream().anyMatch(sanction -> sanction.kind() == SanctionKind.WARNING)
                            ? ActionType.BAN
                            : ActionType.WARN;
            if (step.type() != expected) {
                return Optional.of(step.type().wireName() + " for " + breach.id() + " of " + breach.on()
                        + ", but the windows open that day (" + describe(open) + ") make the next step "
                        + expected.wireName());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> breachOnTheLastDayEscalates(PolicyEngine engine, History history) {
        for (Action step : history.decideWith(engine).actions()) {
            if (step.type() != ActionType.WARN && step.type() != ActionType.BAN) {
                continue;
            }
            LocalDate windowEnds = step.date(ActionField.WINDOW_ENDS).orElse(null);
            if (windowEnds == null) {
                return Optional.of(step.type().wireName() + " without windowEnds: " + step.fields());
            }
            if (step.type() == ActionType.BAN && !step.fields().containsKey(ActionField.DAYS)) {
                return Optional.of("ban without days: " + step.fields());
            }
            ActionType next = step.type() == ActionType.WARN ? ActionType.BAN : ActionType.BAN_FOR_LIFE;
            History issued = history.then(history.asOf(), issue(step, history.asOf()));
            for (int offset = -1; offset <= 1; offset++) {
                LocalDate day = windowEnds.plusDays(offset);
                ActionType expected = offset <= 0 ? next : ActionType.WARN;
                Incident breach = Incident.consulted(
                        "boundary-breach",
                        step.text(ActionField.PERSON).orElseThrow(),
                        step.text(ActionField.PLATFORM).orElseThrow(),
                        day,
                        "trolling");
                Optional<ActionType> got = steps(issued.then(day, breach).decideWith(engine)).stream()
                        .filter(action ->
                                action.text(ActionField.INCIDENT).orElse("").equals(breach.id()))
                        .map(Action::type)
                        .findFirst();
                if (got.isEmpty() || got.get() != expected) {
                    return Optional.of("after " + step.type().wireName() + " issued on " + history.asOf()
                            + " with windowEnds " + windowEnds + ", a breach on " + day + " brings "
                            + got.map(ActionType::wireName).orElse("no step") + ", not " + expected.wireName());
                }
            }
        }
        return Optional.empty();
    }

    /** The sanction that a proposed warning or ban becomes when the admins issue it that day. */
    private static Sanction issue(Action step, LocalDate on) {
        return new Sanction(
                "issued-" + step.text(ActionField.INCIDENT).orElseThrow(),
                step.text(ActionField.PERSON).orElseThrow(),
                step.text(ActionField.PLATFORM).orElseThrow(),
                step.type() == ActionType.WARN ? SanctionKind.WARNING : SanctionKind.BAN,
                on,
                step.type() == ActionType.BAN ? (Integer) step.fields().get(ActionField.DAYS) : null,
                step.text(ActionField.INCIDENT).orElseThrow());
    }

    private static Optional<String> noStepWithoutConsulting(PolicyEngine engine, History history) {
        for (Action step : steps(history.decideWith(engine))) {
            Incident breach = incident(history, step);
            if (breach == null || !breach.adminsConsulted()) {
                return Optional.of(step.type().wireName() + " for " + step.fields()
                        + ", an incident the admins have not been consulted on");
            }
        }
        return Optional.empty();
    }

    /** The conduct and ladder actions of a decision, reduced for comparison, in a stable order. */
    static List<ProposedAction> ladderActions(Decision decision) {
        return decision.actions().stream()
                .filter(action -> ReferenceLadder.TYPES.contains(action.type()))
                .map(ProposedAction::of)
                .sorted()
                .toList();
    }

    /** The steps of the ladder (warn, ban, ban-for-life) a decision proposes. */
    static List<Action> steps(Decision decision) {
        return decision.actions().stream()
                .filter(action -> ReferenceLadder.STEPS.contains(action.type()))
                .toList();
    }

    private static Incident incident(History history, Action step) {
        String id = step.text(ActionField.INCIDENT).orElse(null);
        return history.factsOf(Incident.class)
                .filter(incident -> incident.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    private static String describe(List<Sanction> open) {
        List<String> windows = new ArrayList<>();
        open.forEach(sanction -> windows.add(sanction.kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                + sanction.id() + " of " + sanction.on()));
        return windows.isEmpty() ? "none" : String.join(", ", windows);
    }
}
