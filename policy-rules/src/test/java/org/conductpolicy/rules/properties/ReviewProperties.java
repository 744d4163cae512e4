package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.ReviewProblem;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.WireName;

/**
 * The audit (INT-15) over histories in which the procedure is followed ({@link FollowedHistories}): such
 * a history yields no {@code review}; the same history with one procedural fault injected yields exactly
 * the review of that fault, about the sanction, matter, letter or platform concerned.
 */
final class ReviewProperties {
    /**
     * The share of a run's histories this property checks: each of its histories is decided some thirty
     * times as it is simulated, so a tenth of the others' count (100 on every build, 20 per mutant) costs
     * about what a property over 1,000 histories does.
     */
    private static final int HISTORIES_SHARE = 10;

    private ReviewProperties() {}

    // INT-15: "a recorded step that breaks the procedure ... is listed for review, citing the clause it breaks".
    static final PolicyProperty THE_PROCEDURE_FOLLOWED_LEAVES_NOTHING_TO_REVIEW = PolicyProperty.of(
                    "over histories in which every proposed action is carried out on time, nothing is reviewed; with one"
                            + " procedural fault injected, exactly the review of that fault",
                    FollowedHistories.histories(),
                    ReviewProperties::nothingToReviewButTheFaultInjected)
            .overOneIn(HISTORIES_SHARE);

    /**
     * One procedural fault injected into a history that followed the procedure.
     *
     * @param kind which of the faults it is, for coverage
     * @param problem the review it calls for
     * @param about the id the review is about
     * @param fault what was done wrong, in words, for the failure message
     * @param history the history with the fault
     */
    record Fault(String kind, ReviewProblem problem, String about, String fault, History history) {}

    private static Optional<String> nothingToReviewButTheFaultInjected(PolicyEngine engine, History history) {
        List<Action> reviews = reviews(engine, history);
        if (!reviews.isEmpty()) {
            return Optional.of("a history that followed the procedure is reviewed: " + reviews);
        }
        for (Fault fault : faults(history)) {
            List<Action> faulty = reviews(engine, fault.history());
            boolean exactlyThatOne = faulty.size() == 1
                    && faulty.get(0).text(ActionField.ABOUT).orElse("").equals(fault.about())
                    && faulty.get(0).text(ActionField.PROBLEM).orElse("").equals(WireName.of(fault.problem()));
            if (!exactlyThatOne) {
                return Optional.of("with " + fault.fault() + ", the reviews are " + faulty + ", not one "
                        + WireName.of(fault.problem()) + " about " + fault.about());
            }
        }
        return Optional.empty();
    }

    private static List<Action> reviews(PolicyEngine engine, History history) {
        return history.decideWith(engine).actionsOf(ActionType.REVIEW);
    }

    /** Every fault that can be injected into {@code history}: one of each kind, where the history allows it. */
    static List<Fault> faults(History history) {
        return Stream.of(
                        banOfAnotherLength(history),
                        banOnAnotherPlatform(history),
                        stepSkipped(history),
                        sanctionUnconsulted(history),
                        appealDecidedUnheard(history),
                        complaintDecidedUnheard(history),
                        appealDecidedAfterReferral(history),
                        appealHeardAfterReferral(history),
                        complaintDecidedAfterReferral(history),
                        complaintHeardAfterReferral(history),
                        passwordChangedLate(history),
                        letterLoggedUnsigned(history))
                .flatMap(Optional::stream)
                .toList();
    }

    // ESC-2: "a 30-day ban".
    private static Optional<Fault> banOfAnotherLength(History history) {
        return untouched(history, sanction -> sanction.kind() == SanctionKind.BAN)
                .map(ban -> fault(
                        "banOfAnotherLength",
                        ReviewProblem.BAN_LENGTH,
                        ban.id(),
                        "ban " + ban.id() + " a day longer",
                        replaced(history, ban, withDays(ban, ban.days() + 1))));
    }

    // INT-3: a ban applies to the platform of the breach that triggered it.
    private static Optional<Fault> banOnAnotherPlatform(History history) {
        return untouched(
                        history,
                        sanction -> sanction.kind() != SanctionKind.WARNING
                                && history.factsOf(Communication.class)
                                        .noneMatch(letter -> sanction.id().equals(letter.about())))
                .flatMap(ban -> history.factsOf(Platform.class)
                        .filter(ReferenceConcerns::isGoverned)
                        .filter(platform -> !platform.id().equals(ban.platform()))
                        .findFirst()
                        .map(other -> fault(
                                "banOnAnotherPlatform",
                                ReviewProblem.WRONG_PLATFORM,
                                ban.id(),
                                ban.id() + " on " + other.id(),
                                replaced(
                                        history,
                                        ban,
                                        new Sanction(
                                                ban.id(),
                                                ban.person(),
                                                other.id(),
                                                ban.kind(),
                                                ban.on(),
                                                ban.days(),
                                                ban.incident())))));
    }

    // ESC-2: a ban follows a warning. A person's only sanction, a warning, issued as a ban instead.
    private static Optional<Fault> stepSkipped(History history) {
        return untouched(
                        history,
                        sanction -> sanction.kind() == SanctionKind.WARNING
                                && history.factsOf(Sanction.class)
                                                .filter(other -> other.person().equals(sanction.person()))
                                                .count()
                                        == 1)
                .map(warning -> fault(
                        "stepSkipped",
                        ReviewProblem.STEP_SKIPPED,
                        warning.id(),
                        warning.id() + " issued as a ban with no warning before it",
                        replaced(
                                history,
                                warning,
                                Sanction.ban(
                                        warning.id(),
                                        warning.person(),
                                        warning.platform(),
                                        warning.on(),
                                        ReferenceLadder.BAN_DAYS,
                                        warning.incident()))));
    }

    // ESC-1, INT-12: no step for an incident the admins were not consulted on.
    private static Optional<Fault> sanctionUnconsulted(History history) {
        return untouched(history, sanction -> true)
                .flatMap(sanction -> history.factsOf(Incident.class)
                        .filter(incident -> incident.id().equals(sanction.incident()))
                        .findFirst()
                        .map(incident -> fault(
                                "sanctionUnconsulted",
                                ReviewProblem.NOT_CONSULTED,
                                sanction.id(),
                                sanction.id() + " for " + incident.id() + ", on which the admins were not consulted",
                                replaced(
                                        history,
                                        incident,
                                        new Incident(
                                                incident.id(),
                                                incident.person(),
                                                incident.platform(),
                                                incident.on(),
                                                incident.conduct(),
                                                incident.characteristic(),
                                                false)))));
    }

    // ESC-6: no decision without hearing both sides. The admin team's side of a decided appeal left unheard.
    private static Optional<Fault> appealDecidedUnheard(History history) {
        return history.factsOf(AppealDecision.class)
                .findFirst()
                .map(decision -> fault(
                        "appealDecidedUnheard",
                        ReviewProblem.DECIDED_UNHEARD,
                        decision.appeal(),
                        "appeal " + decision.appeal() + " decided with the admin team unheard",
                        history.without(fact -> fact instanceof Hearing hearing
                                && decision.appeal().equals(hearing.appeal())
                                && hearing.side() == Side.ADMIN_TEAM)));
    }

    // ESC-6: the respondent of a decided complaint left unheard.
    private static Optional<Fault> complaintDecidedUnheard(History history) {
        return history.factsOf(ComplaintDecision.class)
                .findFirst()
                .map(decision -> fault(
                        "complaintDecidedUnheard",
                        ReviewProblem.DECIDED_UNHEARD,
                        decision.complaint(),
                        "complaint " + decision.complaint() + " decided with the respondent unheard",
                        history.without(fact -> fact instanceof Hearing hearing
                                && decision.complaint().equals(hearing.complaint())
                                && hearing.side() == Side.RESPONDENT)));
    }

    // INT-8, ESC-7: the CLP decides nothing more once a matter is national. The appeal decided again, as before.
    private static Optional<Fault> appealDecidedAfterReferral(History history) {
        return referred(history, NationalReferral::appeal)
                .flatMap(referral -> history.factsOf(AppealDecision.class)
                        .filter(decision -> decision.appeal().equals(referral.appeal()))
                        .reduce((first, second) -> second)
                        .map(decision -> fault(
                                "appealDecidedAfterReferral",
                                ReviewProblem.DECIDED_AFTER_REFERRAL,
                                referral.appeal(),
                                "appeal " + referral.appeal() + " decided again after its referral",
                                history.then(
                                        history.asOf(),
                                        new AppealDecision(
                                                decision.appeal(),
                                                history.asOf(),
                                                decision.outcome(),
                                                decision.accepted())))));
    }

    private static Optional<Fault> appealHeardAfterReferral(History history) {
        return referred(history, NationalReferral::appeal)
                .map(referral -> fault(
                        "appealHeardAfterReferral",
                        ReviewProblem.DECIDED_AFTER_REFERRAL,
                        referral.appeal(),
                        "appeal " + referral.appeal() + " heard after its referral",
                        history.then(
                                history.asOf(), Hearing.ofAppeal(referral.appeal(), Side.APPELLANT, history.asOf()))));
    }

    // CMP-7, INT-8: nor a complaint gone national.
    private static Optional<Fault> complaintDecidedAfterReferral(History history) {
        return referred(history, NationalReferral::complaint)
                .flatMap(referral -> history.factsOf(ComplaintDecision.class)
                        .filter(decision -> decision.complaint().equals(referral.complaint()))
                        .reduce((first, second) -> second)
                        .map(decision -> fault(
                                "complaintDecidedAfterReferral",
                                ReviewProblem.DECIDED_AFTER_REFERRAL,
                                referral.complaint(),
                                "complaint " + referral.complaint() + " decided again after its referral",
                                history.then(
                                        history.asOf(),
                                        new ComplaintDecision(
                                                decision.complaint(),
                                                history.asOf(),
                                                decision.by(),
                                                decision.resolved())))));
    }

    private static Optional<Fault> complaintHeardAfterReferral(History history) {
        return referred(history, NationalReferral::complaint)
                .map(referral -> fault(
                        "complaintHeardAfterReferral",
                        ReviewProblem.DECIDED_AFTER_REFERRAL,
                        referral.complaint(),
                        "complaint " + referral.complaint() + " heard after its referral",
                        history.then(
                                history.asOf(),
                                Hearing.ofComplaint(referral.complaint(), Side.COMPLAINANT, history.asOf()))));
    }

    // SEC-5: each change is due within 7 days of its trigger. A change made a day after its 7 days at the
    // earliest (8 days after it was made), with no other change of the platform 8 days either side of it.
    private static Optional<Fault> passwordChangedLate(History history) {
        int late = ReferenceOffices.PASSWORD_CHANGE_DAYS + 1;
        return history.factsOf(PasswordChange.class)
                .filter(change -> history.factsOf(PasswordChange.class)
                        .filter(other -> other != change && other.platform().equals(change.platform()))
                        .noneMatch(other -> !other.on().isBefore(change.on().minusDays(late))
                                && !other.on().isAfter(change.on().plusDays(late))))
                .findFirst()
                .map(change -> {
                    LocalDate day = change.on().plusDays(late);
                    History moved = replaced(history, change, new PasswordChange(change.platform(), day));
                    return fault(
                            "passwordChangedLate",
                            ReviewProblem.LATE_PASSWORD_CHANGE,
                            change.platform(),
                            "the password of " + change.platform() + " changed on " + day + ", not " + change.on(),
                            day.isAfter(history.asOf()) ? moved.then(day) : moved);
                });
    }

    // ESC-4, INT-10: a letter is signed off by the admin team, then logged.
    private static Optional<Fault> letterLoggedUnsigned(History history) {
        return history.factsOf(Communication.class)
                .filter(Communication::logged)
                .findFirst()
                .map(letter -> fault(
                        "letterLoggedUnsigned",
                        ReviewProblem.LOGGED_UNSIGNED,
                        letter.id(),
                        letter.id() + " logged unsigned",
                        replaced(
                                history,
                                letter,
                                new Communication(
                                        letter.id(), letter.person(), letter.on(), letter.about(), List.of(), true))));
    }

    /**
     * The first sanction that {@code which} picks and that no appeal, so no decision, touches: a fault in
     * it is reviewed whatever an appeal decided (INT-6).
     */
    private static Optional<Sanction> untouched(History history, Predicate<Sanction> which) {
        return history.factsOf(Sanction.class)
                .filter(sanction -> history.factsOf(Appeal.class)
                        .noneMatch(appeal -> appeal.sanction().equals(sanction.id())))
                .filter(which)
                .findFirst();
    }

    /** The first national referral of an appeal (or of a complaint) whose day is before the day asked about. */
    private static Optional<NationalReferral> referred(History history, Function<NationalReferral, String> matter) {
        return history.factsOf(NationalReferral.class)
                .filter(referral -> matter.apply(referral) != null)
                .filter(referral -> referral.on().isBefore(history.asOf()))
                .min(Comparator.comparing(NationalReferral::on));
    }

    private static Sanction withDays(Sanction ban, int days) {
        return Sanction.ban(ban.id(), ban.person(), ban.platform(), ban.on(), days, ban.incident());
    }

    private static History replaced(History history, Fact before, Fact after) {
        List<Fact> facts = new ArrayList<>(history.facts());
        facts.set(facts.indexOf(before), after);
        return history.reordered(facts);
    }

    private static Fault fault(String kind, ReviewProblem problem, String about, String fault, History history) {
        return new Fault(kind, problem, about, fault, history);
    }
}
