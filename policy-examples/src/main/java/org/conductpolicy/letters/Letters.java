package org.conductpolicy.letters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.AppealRecipient;
import org.conductpolicy.api.LadderStanding;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.WireName;
import org.conductpolicy.vocabulary.ConductKind;

/**
 * Writes the letters the ladder's actions need (ESC-1 to ESC-3), from templates officers edit: why the
 * person is contacted (the conduct, its day, the clause and its text), the request to stop, the next step
 * and its day, how to appeal (ESC-5) and the National Complaints route (ESC-7), marked for the admin
 * team's sign-off and the Secretary's log (ESC-4). A letter holds what a statement of reasons holds (EU
 * DSA Art. 17): the facts relied on, the clause, that the admin team decided it, and every way to seek
 * redress.
 *
 * <p>Everything a letter says comes from the engine: the action and its reason from the decision, the
 * clause texts from the catalogue, the clause the conduct breaches from the conduct table, the next step
 * from {@link PolicyEngine#standing} once the sanction is issued, and where an appeal goes from the rules'
 * own {@code route-appeal} for an appeal against it. A letter holds only the ids the facts hold.
 *
 * <pre>{@code
 * Letters letters = Letters.withBuiltInTemplates();
 * for (Letter letter : letters.write(engine, asOf, facts, LetterFormat.MARKDOWN)) { ... }
 * }</pre>
 */
public final class Letters {
    /** The actions that need a letter. */
    public static final Set<ActionType> NEEDING_A_LETTER =
            Set.of(ActionType.WARN, ActionType.BAN, ActionType.BAN_FOR_LIFE);

    private static final String NATIONAL_COMPLAINTS = "ESC-7";
    private static final String RECORDS = "ESC-4";
    private static final String APPEALS = "ESC-5";

    private final Templates templates;

    private Letters(Templates templates) {
        this.templates = templates;
    }

    /** Letters written from the templates this jar carries. */
    public static Letters withBuiltInTemplates() {
        return new Letters(Templates.builtIn());
    }

    /**
     * Letters written from the templates in {@code folder}, each named as a built-in one is (such as {@code
     * warn.md.mustache}); a template the folder does not hold is the built-in one.
     *
     * @throws PolicyException when it is not a folder, or holds a template of no known name
     */
    public static Letters fromTemplateFolder(Path folder) {
        return new Letters(Templates.inFolder(folder));
    }

    /**
     * The letter of each {@code warn}, {@code ban} and {@code ban-for-life} the engine decides for the facts
     * as of {@code asOf}, in the decision's order.
     *
     * @throws PolicyException when a template does not parse or uses a name a letter does not define,
     *     naming the template's file
     */
    public List<Letter> write(
            PolicyEngine engine, LocalDate asOf, Collection<? extends Fact> facts, LetterFormat format) {
        List<Letter> letters = new ArrayList<>();
        for (Action action : engine.decide(asOf, facts).actions()) {
            if (NEEDING_A_LETTER.contains(action.type())) {
                letters.add(write(engine, asOf, facts, action, format));
            }
        }
        return List.copyOf(letters);
    }

    /**
     * The letter for one action of the decision for the facts as of {@code asOf}.
     *
     * @throws IllegalArgumentException when the action is not one that needs a letter
     * @throws PolicyException when a template does not parse or uses a name a letter does not define,
     *     naming the template's file
     */
    public Letter write(
            PolicyEngine engine, LocalDate asOf, Collection<? extends Fact> facts, Action action, LetterFormat format) {
        if (!NEEDING_A_LETTER.contains(action.type())) {
            throw new IllegalArgumentException(
                    action.type().wireName() + " needs no letter: only warn, ban and ban-for-life do");
        }
        String template = action.type().wireName();
        Map<String, Object> values = new Values(engine, asOf, facts, action).all();
        return new Letter(
                action, format, Templates.fileName(template, format), templates.render(template, format, values));
    }

    /** The names a template may use, for one action; officers' guide lists them. */
    private static final class Values {
        private final PolicyEngine engine;
        private final LocalDate asOf;
        private final List<Fact> facts;
        private final Action action;
        private final Incident incident;

        Values(PolicyEngine engine, LocalDate asOf, Collection<? extends Fact> facts, Action action) {
            this.engine = engine;
            this.asOf = asOf;
            this.facts = List.copyOf(facts);
            this.action = action;
            String incidentId = action.text(ActionField.INCIDENT).orElseThrow();
            this.incident = this.facts.stream()
                    .filter(Incident.class::isInstance)
                    .map(Incident.class::cast)
                    .filter(candidate -> candidate.id().equals(incidentId))
                    .findFirst()
                    .orElseThrow(() -> new PolicyException("the facts hold no incident " + incidentId));
        }

        Map<String, Object> all() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("date", asOf.toString());
            values.put("person", incident.person());
            values.put("platform", incident.platform());
            values.put("action", action.type().wireName());
            values.put("because", action.because());
            values.put("rule", action.rule());
            values.put("incident", incidentValues());
            values.put(
                    "breached",
                    clauses(engine.conductTable()
                            .kind(incident.conduct())
                            .map(ConductKind::clauses)
                            .orElseThrow()));
            values.put("steps", clauses(action.clauses()));
            values.put("days", action.fields().get(ActionField.DAYS));
            values.put("until", text(action.date(ActionField.UNTIL).orElse(null)));
            values.put("windowEnds", text(action.date(ActionField.WINDOW_ENDS).orElse(null)));
            Issued issued = issued();
            values.put("next", nextStep(issued));
            values.put("appeal", appealRoute(issued));
            values.put("appeals", clauses(List.of(APPEALS)).get(0));
            values.put(
                    "nationalComplaints", clauses(List.of(NATIONAL_COMPLAINTS)).get(0));
            values.put("records", clauses(List.of(RECORDS)).get(0));
            return values;
        }

        private Map<String, Object> incidentValues() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", incident.id());
            values.put("on", incident.on().toString());
            values.put("conduct", WireName.inWords(incident.conduct()));
            values.put(
                    "characteristic",
                    incident.characteristic() == null ? null : WireName.inWords(incident.characteristic()));
            return values;
        }

        private List<Map<String, Object>> clauses(List<String> ids) {
            List<Map<String, Object>> clauses = new ArrayList<>();
            for (String id : ids) {
                Map<String, Object> clause = new LinkedHashMap<>();
                clause.put("id", id);
                clause.put("text", engine.clauses().getOrDefault(id, ""));
                clauses.add(clause);
            }
            return clauses;
        }

        private static String text(LocalDate day) {
            return day == null ? null : day.toString();
        }

        /** The facts with the sanction this letter issues, as of the letter's day, and an appeal against it. */
        private record Issued(List<Fact> facts, Sanction sanction, Appeal appeal) {}

        private Issued issued() {
            String person = incident.person();
            String platform = incident.platform();
            String sanctionId = unused("letter-sanction");
            Sanction sanction = switch (action.type()) {
                case WARN -> Sanction.warning(sanctionId, person, platform, asOf, incident.id());
                case BAN ->
                    Sanction.ban(
                            sanctionId,
                            person,
                            platform,
                            asOf,
                            (Integer) action.fields().get(ActionField.DAYS),
                            incident.id());
                default -> Sanction.lifetimeBan(sanctionId, person, platform, asOf, incident.id());
            };
            Appeal appeal = new Appeal(unused("letter-appeal"), person, sanctionId, asOf, false);
            List<Fact> withSanction = new ArrayList<>(facts);
            withSanction.add(sanction);
            return new Issued(withSanction, sanction, appeal);
        }

        /** An id no fact of the case has, so that the sanction and appeal the letter imagines are new. */
        private String unused(String id) {
            String candidate = id;
            for (int n = 2; mentioned(candidate); n++) {
                candidate = id + "-" + n;
            }
            return candidate;
        }

        private boolean mentioned(String id) {
            return facts.stream()
                    .anyMatch(fact -> (fact instanceof Sanction sanction
                                    && sanction.id().equals(id))
                            || (fact instanceof Appeal appeal && appeal.id().equals(id)));
        }

        /** What another breach would bring once the sanction is issued: the engine's standing of the person. */
        private Map<String, Object> nextStep(Issued issued) {
            LadderStanding standing = engine.standing(asOf, issued.facts()).stream()
                    .filter(candidate -> candidate.person().equals(incident.person()))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> next = new LinkedHashMap<>();
            boolean climbs = standing.windowEnds() != null;
            next.put("climbs", climbs);
            next.put("ban", standing.nextBreachBrings() == ActionType.BAN);
            next.put("banForLife", standing.nextBreachBrings() == ActionType.BAN_FOR_LIFE);
            next.put("banDays", standing.banDays());
            next.put("until", text(standing.windowEnds()));
            return next;
        }

        /**
         * Where an appeal against the sanction goes: the rules' own {@code route-appeal} for an appeal lodged
         * on the letter's day against it (ESC-5, INT-11), with the reason the rule gives.
         */
        private Map<String, Object> appealRoute(Issued issued) {
            List<Fact> withAppeal = new ArrayList<>(issued.facts());
            withAppeal.add(issued.appeal());
            Action route = engine.decide(asOf, withAppeal).actionsOf(ActionType.ROUTE_APPEAL).stream()
                    .filter(candidate -> candidate
                            .text(ActionField.APPEAL)
                            .orElse("")
                            .equals(issued.appeal().id()))
                    .findFirst()
                    .orElseThrow(() -> new PolicyException("the rules route no appeal against a "
                            + action.type().wireName() + ": a letter cannot say where to appeal (ESC-5)"));
            String to = route.text(ActionField.TO).orElseThrow();
            Map<String, Object> appeal = new LinkedHashMap<>();
            appeal.put("toSecretary", to.equals(WireName.of(AppealRecipient.SECRETARY)));
            appeal.put("toEcOfficer", to.equals(WireName.of(AppealRecipient.EC_OFFICER)));
            appeal.put("reason", route.because());
            return appeal;
        }
    }
}
