package org.conductpolicy.rules.properties;

import static org.conductpolicy.rules.properties.Timeline.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.ComplaintRecipient;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.ActionTaken;
import org.conductpolicy.api.fact.Agm;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.Training;
import org.conductpolicy.api.fact.WireName;
import org.conductpolicy.vocabulary.ConductKind;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Histories in which the procedure is followed: the world does things (breaches, some inside a window
 * open on purpose; appeals against sanctions; complaints; AGMs; letters about sanctions), and after each,
 * every action the built-in rules propose is carried out as proposed and on time, by the fact that shows
 * it done (policy-core/docs/case-files.md, "What shows an action done"), then the rules are asked again,
 * until they propose nothing more that can be done. The built-in rules drive the simulation whichever
 * engine a property then checks, so a mutant sees the same histories.
 *
 * <p>Left undone, because no fact of the history could show them done or because doing them removes the
 * record the audit reads: {@code transfer-ownership} (a platform's owner is fixed for the history),
 * {@code delete-record} and {@code delete-register-entry} (the host deletes the fact), {@code route-appeal}
 * and {@code route-complaint} to the Secretary (no fact records a routing; the hearing and the decision
 * that follow do), {@code no-breach} (information), and {@code review} (none is expected). Every CLP or
 * branch platform has two volunteer admins from the start, so every letter can be signed off (INT-10).
 */
final class FollowedHistories {
    /** Rounds of deciding and doing after each happening; the procedure settles well within them. */
    private static final int ROUNDS = 8;

    private static final int ROUNDS_KEPT = 20_000;

    /** The rounds decided so far, the most recently used kept. */
    private static final Map<History, List<Action>> ROUNDS_DECIDED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<History, List<Action>> eldest) {
            return size() > ROUNDS_KEPT;
        }
    };

    /** What a round leaves undone (see the class comment). */
    private static final Set<ActionType> LEFT_UNDONE = Set.of(
            ActionType.NO_BREACH,
            ActionType.TRANSFER_OWNERSHIP,
            ActionType.DELETE_RECORD,
            ActionType.DELETE_REGISTER_ENTRY,
            ActionType.ROUTE_APPEAL,
            ActionType.REVIEW);

    private final List<Person> people;
    private final List<Platform> platforms;
    private final Timeline timeline;
    private final PolicyEngine engine;
    private int incidents;
    private int sanctions;
    private int appeals;
    private int complaints;
    private int letters;

    private FollowedHistories(List<Person> people, List<Platform> platforms, Timeline timeline, PolicyEngine engine) {
        this.people = people;
        this.platforms = platforms;
        this.timeline = timeline;
        this.engine = engine;
    }

    /** Histories of two to four people on one to three governed platforms, the password store now and then. */
    static Gen<History> histories() {
        return in -> {
            List<Person> people = GovernanceHistories.people(in);
            List<Platform> platforms = new ArrayList<>();
            int platformCount = GovernanceGenerators.platformCounts().generate(in);
            for (int number = 1; number <= platformCount; number++) {
                platforms.add(GovernanceGenerators.governedPlatform(number).generate(in));
            }
            if (GovernanceGenerators.hasPasswordStore().generate(in)) {
                platforms.add(new Platform("password-store", PlatformKind.PASSWORD_STORE, Owner.CLP));
            }
            FollowedHistories simulation = new FollowedHistories(
                    people, platforms, new Timeline(CaseGenerators.startDays().generate(in)), Engines.BUILT_IN);
            simulation.adminsFromTheStart();
            simulation.followThePolicy(in);
            int count = GovernanceGenerators.happeningCounts().generate(in);
            for (int happening = 0; happening < count; happening++) {
                simulation.happen(in);
                simulation.followThePolicy(in);
            }
            return simulation.history(CaseGenerators.finalGaps().generate(in));
        };
    }

    /** ROL-4: two volunteer admins on every CLP or branch platform, so that a letter can be signed off. */
    private void adminsFromTheStart() {
        List<Platform> governed = governed();
        for (int number = 0; number < governed.size(); number++) {
            for (int admin = 0; admin < 2; admin++) {
                String person = people.get((number + admin) % people.size()).id();
                timeline.add(Role.onPlatform(
                        person, RoleName.ADMIN, governed.get(number).id(), timeline.today()));
            }
        }
    }

    private List<Platform> governed() {
        return platforms.stream().filter(ReferenceConcerns::isGoverned).toList();
    }

    private void happen(RandomnessSource in) {
        switch (GovernanceGenerators.happenings().generate(in)) {
            case BREACH -> breach(pick(people, in).id(), in);
            case REPEAT_BREACH -> repeatBreach(in);
            case APPEAL -> appeal(in);
            case COMPLAINT -> complaint(in);
            case AGM -> {
                timeline.advance(in);
                timeline.add(new Agm(timeline.today()));
            }
            case LETTER -> letter(in);
        }
    }

    /** Someone breaches the code on a governed platform, the admins consulted then or not yet (INT-12). */
    private void breach(String person, RandomnessSource in) {
        timeline.advance(in);
        ConductKind conduct = CaseGenerators.conducts().generate(in);
        timeline.add(new Incident(
                "i" + ++incidents,
                person,
                pick(governed(), in).id(),
                timeline.today(),
                conduct.name(),
                CaseGenerators.characteristics(conduct).generate(in),
                CaseGenerators.consultations().generate(in)));
    }

    /** The person sanctioned last breaches again, within days, so that the ladder climbs (ESC-2, ESC-3). */
    private void repeatBreach(RandomnessSource in) {
        Optional<Sanction> last = timeline.facts(Sanction.class).reduce((first, second) -> second);
        breach(last.map(Sanction::person).orElseGet(() -> pick(people, in).id()), in);
    }

    /** The person sanctioned appeals a sanction not yet appealed, the newest most often (ESC-5). */
    private void appeal(RandomnessSource in) {
        List<Sanction> unappealed = timeline.facts(Sanction.class)
                .filter(sanction -> timeline.facts(Appeal.class)
                        .noneMatch(appeal -> appeal.sanction().equals(sanction.id())))
                .sorted(Comparator.comparing(Sanction::on).reversed())
                .toList();
        if (unappealed.isEmpty()) {
            return;
        }
        Sanction sanction = pick(unappealed, in);
        timeline.advance(in);
        timeline.add(new Appeal(
                "a" + ++appeals,
                sanction.person(),
                sanction.id(),
                timeline.today(),
                CaseGenerators.secretaryInvolved().generate(in)));
    }

    private void complaint(RandomnessSource in) {
        timeline.advance(in);
        timeline.add(new Complaint(
                "c" + ++complaints,
                pick(people, in).id(),
                timeline.today(),
                GovernanceGenerators.complaintFlags().generate(in),
                GovernanceGenerators.complaintFlags().generate(in)));
    }

    /** The admins write to someone sanctioned about the sanction: not yet signed off nor logged (ESC-4). */
    private void letter(RandomnessSource in) {
        List<Sanction> sanctioned = timeline.facts(Sanction.class).toList();
        if (sanctioned.isEmpty()) {
            return;
        }
        Sanction sanction = pick(sanctioned, in);
        timeline.advance(in);
        timeline.add(new Communication(
                "letter-" + ++letters, sanction.person(), timeline.today(), sanction.id(), List.of(), false));
    }

    /**
     * Asks the rules and does what they propose, a day or two later at most, until they propose nothing
     * more that can be done. A matter is decided only once no side of it is left to hear (ESC-6).
     */
    private void followThePolicy(RandomnessSource in) {
        for (int round = 0; round < ROUNDS; round++) {
            List<Action> proposed = proposedToday();
            LocalDate day = timeline.today()
                    .plusDays(GovernanceGenerators.daysToCarryOut().generate(in));
            LocalDate firstDue = proposed.stream()
                    .filter(this::canBeDone)
                    .map(Action::due)
                    .min(Comparator.naturalOrder())
                    .orElse(day);
            timeline.moveTo(day.isAfter(firstDue) && !firstDue.isBefore(timeline.today()) ? firstDue : day);
            boolean done = false;
            for (Action action : proposed) {
                if (canBeDone(action) && !(deciding(action) && hearingDue(proposed, action))) {
                    done |= carryOut(action, in);
                }
            }
            if (!done) {
                return;
            }
        }
    }

    /**
     * What the rules propose today. The rounds' decisions are kept: the property, the coverage test and the
     * mutants all draw the same histories (the seed is fixed), so each round is decided once per run.
     */
    private List<Action> proposedToday() {
        History round = new History("a round of the procedure", timeline.today(), facts());
        synchronized (ROUNDS_DECIDED) {
            List<Action> known = ROUNDS_DECIDED.get(round);
            if (known != null) {
                return known;
            }
        }
        List<Action> proposed = engine.decide(round.asOf(), round.facts()).actions();
        synchronized (ROUNDS_DECIDED) {
            ROUNDS_DECIDED.put(round, proposed);
        }
        return proposed;
    }

    private boolean canBeDone(Action action) {
        return !LEFT_UNDONE.contains(action.type())
                && !(action.type() == ActionType.ROUTE_COMPLAINT
                        && action.text(ActionField.TO).orElseThrow().equals(wire(ComplaintRecipient.SECRETARY)));
    }

    private static String wire(Enum<?> value) {
        return WireName.of(value);
    }

    /** The actions that decide a matter: they wait until both its sides are heard. */
    private static boolean deciding(Action action) {
        return action.type() == ActionType.DECIDE_APPEAL
                || action.type() == ActionType.ROUTE_COMPLAINT
                || action.type() == ActionType.REFER_TO_NATIONAL;
    }

    private static boolean hearingDue(List<Action> proposed, Action deciding) {
        return proposed.stream()
                .anyMatch(action -> action.type() == ActionType.HEAR
                        && action.text(ActionField.APPEAL).equals(deciding.text(ActionField.APPEAL))
                        && action.text(ActionField.COMPLAINT).equals(deciding.text(ActionField.COMPLAINT)));
    }

    /** Records {@code action} done today by the fact that shows it done; false when none can. */
    private boolean carryOut(Action action, RandomnessSource in) {
        LocalDate today = timeline.today();
        String person = action.text(ActionField.PERSON).orElse(null);
        String platform = action.text(ActionField.PLATFORM).orElse(null);
        String incident = action.text(ActionField.INCIDENT).orElse(null);
        Optional<String> appeal = action.text(ActionField.APPEAL);
        Optional<String> complaint = action.text(ActionField.COMPLAINT);
        switch (action.type()) {
            case CONSULT_ADMINS -> {
                Incident unconsulted = only(Incident.class, fact -> fact.id().equals(incident));
                timeline.replace(
                        unconsulted,
                        new Incident(
                                unconsulted.id(),
                                unconsulted.person(),
                                unconsulted.platform(),
                                unconsulted.on(),
                                unconsulted.conduct(),
                                unconsulted.characteristic(),
                                true));
            }
            case WARN -> timeline.add(Sanction.warning("s" + ++sanctions, person, platform, today, incident));
            case BAN ->
                timeline.add(Sanction.ban(
                        "s" + ++sanctions,
                        person,
                        platform,
                        today,
                        (Integer) action.fields().get(ActionField.DAYS),
                        incident));
            case BAN_FOR_LIFE ->
                timeline.add(Sanction.lifetimeBan("s" + ++sanctions, person, platform, today, incident));
            case SIGN_OFF -> {
                Communication letter = letter(action);
                List<String> admins = adminsConcerned(letter);
                if (admins.size() < 2) {
                    return false;
                }
                timeline.replace(letter, withSignersAndLogged(letter, admins.subList(0, 2), letter.logged()));
            }
            case LOG_COMMUNICATION -> {
                Communication letter = letter(action);
                timeline.replace(letter, withSignersAndLogged(letter, letter.signedOffBy(), true));
            }
            case HEAR ->
                timeline.add(new Hearing(
                        appeal.orElse(null),
                        complaint.orElse(null),
                        WireName.parse(Side.class, action.text(ActionField.SIDE).orElseThrow())
                                .orElseThrow(),
                        today));
            case DECIDE_APPEAL ->
                timeline.add(new AppealDecision(
                        appeal.orElseThrow(),
                        today,
                        CaseGenerators.outcomes().generate(in),
                        CaseGenerators.accepted().generate(in)));
            case ROUTE_COMPLAINT -> {
                String to = action.text(ActionField.TO).orElseThrow();
                if (to.equals(wire(ComplaintRecipient.NATIONAL_COMPLAINTS))) {
                    return refer(Optional.empty(), complaint);
                }
                DecidingBody by = to.equals(wire(ComplaintRecipient.ADMIN_TEAM))
                        ? DecidingBody.ADMIN_TEAM
                        : DecidingBody.EXECUTIVE_COMMITTEE;
                if (timeline.facts(ComplaintDecision.class)
                        .anyMatch(decision ->
                                decision.complaint().equals(complaint.orElseThrow()) && decision.by() == by)) {
                    return false;
                }
                timeline.add(new ComplaintDecision(
                        complaint.orElseThrow(),
                        today,
                        by,
                        GovernanceGenerators.settles().generate(in)));
            }
            case REFER_TO_NATIONAL -> {
                return refer(appeal, complaint);
            }
            case CHANGE_PASSWORD -> {
                PasswordChange change = new PasswordChange(platform, today);
                if (timeline.facts(PasswordChange.class).anyMatch(change::equals)) {
                    return false;
                }
                timeline.add(change);
            }
            case APPOINT_ADMIN -> {
                return false;
            }
            case TRAIN -> {
                Training training = new Training(person, today);
                if (timeline.facts(Training.class).anyMatch(training::equals)) {
                    return false;
                }
                timeline.add(training);
            }
            default -> {
                if (!action.type().clearedByActionTaken()) {
                    return false;
                }
                timeline.add(ActionTaken.of(action, today));
            }
        }
        return true;
    }

    /** A national referral of the appeal or complaint, once. */
    private boolean refer(Optional<String> appeal, Optional<String> complaint) {
        NationalReferral referral = new NationalReferral(appeal.orElse(null), complaint.orElse(null), timeline.today());
        if (timeline.facts(NationalReferral.class)
                .anyMatch(known -> Objects.equals(known.appeal(), referral.appeal())
                        && Objects.equals(known.complaint(), referral.complaint()))) {
            return false;
        }
        timeline.add(referral);
        return true;
    }

    private Communication letter(Action action) {
        String id = action.text(ActionField.COMMUNICATION).orElseThrow();
        return only(Communication.class, letter -> letter.id().equals(id));
    }

    /** The admins, on the letter's day, of the platform of the sanction it is about (INT-10). */
    private List<String> adminsConcerned(Communication letter) {
        String platform = only(Sanction.class, sanction -> sanction.id().equals(letter.about()))
                .platform();
        ReferenceConcerns concerns = ReferenceConcerns.of(facts());
        return people.stream()
                .map(Person::id)
                .filter(person -> concerns.isAdminOn(person, platform, letter.on()))
                .toList();
    }

    private static Communication withSignersAndLogged(Communication letter, List<String> signers, boolean logged) {
        return new Communication(letter.id(), letter.person(), letter.on(), letter.about(), signers, logged);
    }

    private <F extends Fact> F only(Class<F> type, Predicate<F> which) {
        return timeline.facts(type).filter(which).findFirst().orElseThrow();
    }

    private List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(people);
        facts.addAll(platforms);
        facts.addAll(timeline.events());
        return facts;
    }

    private History history(int daysLater) {
        List<Fact> facts = facts();
        return new History(
                "a generated history in which the procedure is followed: " + people.size() + " people, "
                        + platforms.size() + " platforms, " + timeline.events().size() + " events",
                timeline.today().plusDays(1 + daysLater),
                facts);
    }
}
