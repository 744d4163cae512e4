package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Side;

/**
 * Where each appeal and complaint stands, read in plain Java (no Drools) straight from policy-rules/docs/clauses.md and
 * the readings it takes under "Appeals and complaints" and "Records": who has been heard (ESC-6), when the
 * Secretary is involved (INT-11), which matters are national (ESC-7, INT-8), and when a matter closed
 * (EXT-2). The properties compare the rules with it; the generators use it to choose what comes next.
 */
final class ReferenceMatters {
    /** A complaint's stage, named as in the state diagram of a complaint in policy-rules/docs/clauses.md. */
    enum ComplaintStage {
        ADMIN_TEAM,
        EXECUTIVE_COMMITTEE,
        UNRESOLVED,
        RESOLVED,
        NATIONAL
    }

    private final List<Fact> facts;

    private ReferenceMatters(List<Fact> facts) {
        this.facts = List.copyOf(facts);
    }

    static ReferenceMatters of(List<Fact> facts) {
        return new ReferenceMatters(facts);
    }

    List<Appeal> appeals() {
        return facts(Appeal.class).toList();
    }

    List<Complaint> complaints() {
        return facts(Complaint.class).toList();
    }

    /** The sides of an appeal or complaint heard so far (ESC-6): a side heard once stays heard. */
    Set<Side> heard(String matter) {
        return facts(Hearing.class)
                .filter(hearing -> matter.equals(hearing.appeal()) || matter.equals(hearing.complaint()))
                .map(Hearing::side)
                .collect(Collectors.toSet());
    }

    /** The sides a matter has: an appeal's appellant and admin team, a complaint's complainant and respondent. */
    static List<Side> sidesOf(Fact matter) {
        return matter instanceof Appeal
                ? List.of(Side.APPELLANT, Side.ADMIN_TEAM)
                : List.of(Side.COMPLAINANT, Side.RESPONDENT);
    }

    /** The EC's latest decision on an appeal, which is the one that stands (ESC-5). */
    Optional<AppealDecision> decisionOn(Appeal appeal) {
        return facts(AppealDecision.class)
                .filter(decision -> decision.appeal().equals(appeal.id()))
                .max(Comparator.comparing(AppealDecision::on));
    }

    /**
     * Whether an appeal's matter has gone to the National Complaints team (ESC-7, INT-8): an appeal's
     * matter is the sanction appealed against, so a referral of any appeal against it counts.
     */
    boolean isNational(Appeal appeal) {
        Set<String> referred = facts(NationalReferral.class)
                .map(NationalReferral::appeal)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        return facts(Appeal.class)
                .anyMatch(other -> other.sanction().equals(appeal.sanction()) && referred.contains(other.id()));
    }

    boolean isReferred(Complaint complaint) {
        return facts(NationalReferral.class).anyMatch(referral -> complaint.id().equals(referral.complaint()));
    }

    /**
     * Why the Secretary is involved in an appeal (INT-11), or nothing: the appeal says so; the appellant
     * held the Secretary role on the day of the appeal (a party to the dispute); or whoever held it on the
     * day of a letter about the sanction appealed against signed that letter off (took part in the decision).
     */
    Optional<String> secretaryInvolvement(Appeal appeal) {
        if (appeal.secretaryInvolved()) {
            return Optional.of("the appeal says so");
        }
        if (secretaryOn(appeal.person(), appeal.on())) {
            return Optional.of("the appellant " + appeal.person() + " was the Secretary on " + appeal.on());
        }
        return facts(Communication.class)
                .filter(letter -> appeal.sanction().equals(letter.about()))
                .filter(letter -> letter.signedOffBy().stream().anyMatch(signer -> secretaryOn(signer, letter.on())))
                .findFirst()
                .map(letter -> "the Secretary signed off the letter " + letter.id() + " about the sanction");
    }

    /** The people who held the Secretary role on {@code day}. */
    List<String> secretariesOn(LocalDate day) {
        return facts(Role.class)
                .filter(role -> role.role() == RoleName.SECRETARY && role.heldOn(day))
                .map(Role::person)
                .distinct()
                .toList();
    }

    private boolean secretaryOn(String person, LocalDate day) {
        return secretariesOn(day).contains(person);
    }

    /**
     * The decision that stands on a complaint: the EC's latest once the EC has decided, else the admin
     * team's latest (CMP-2, CMP-6).
     */
    Optional<ComplaintDecision> standingDecisionOn(Complaint complaint) {
        List<ComplaintDecision> decisions = facts(ComplaintDecision.class)
                .filter(decision -> decision.complaint().equals(complaint.id()))
                .toList();
        Optional<ComplaintDecision> ecs = decisions.stream()
                .filter(decision -> decision.by() == DecidingBody.EXECUTIVE_COMMITTEE)
                .max(Comparator.comparing(ComplaintDecision::on));
        return ecs.isPresent() ? ecs : decisions.stream().max(Comparator.comparing(ComplaintDecision::on));
    }

    /** A complaint's stage (the state diagram of a complaint in policy-rules/docs/clauses.md). */
    ComplaintStage stageOf(Complaint complaint) {
        if (isReferred(complaint)) {
            return ComplaintStage.NATIONAL;
        }
        return standingDecisionOn(complaint)
                .map(decision -> decision.resolved()
                        ? ComplaintStage.RESOLVED
                        : decision.by() == DecidingBody.ADMIN_TEAM
                                ? ComplaintStage.EXECUTIVE_COMMITTEE
                                : ComplaintStage.UNRESOLVED)
                .orElse(ComplaintStage.ADMIN_TEAM);
    }

    /** The decisions of the latest day the EC decided an appeal: the one that stands (ESC-5), or a tie. */
    List<AppealDecision> standingDecisionsOn(Appeal appeal) {
        return decisionOn(appeal)
                .map(latest -> facts(AppealDecision.class)
                        .filter(decision -> decision.appeal().equals(appeal.id())
                                && decision.on().equals(latest.on()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The days an appeal or complaint closed for the CLP (EXT-2), read from where it stands now, so that a
     * later decision that reopens a matter reopens it for its records too. An appeal whose sanction is a
     * national matter closed on the days any appeal against that sanction was referred (ESC-7, INT-8);
     * otherwise one closed when the appellant accepted the decision that stands on it (ESC-5). A referred
     * complaint closed on the days it was referred; otherwise one closed when the decision that stands on
     * it resolved it (CMP-2, CMP-6). Empty while the matter is open.
     */
    List<LocalDate> closings(String matter) {
        Optional<Appeal> appeal =
                facts(Appeal.class).filter(a -> a.id().equals(matter)).findFirst();
        if (appeal.isPresent()) {
            return appealClosings(appeal.get());
        }
        return facts(Complaint.class)
                .filter(complaint -> complaint.id().equals(matter))
                .findFirst()
                .map(this::complaintClosings)
                .orElse(List.of());
    }

    private List<LocalDate> appealClosings(Appeal appeal) {
        if (isNational(appeal)) {
            Set<String> siblings = facts(Appeal.class)
                    .filter(other -> other.sanction().equals(appeal.sanction()))
                    .map(Appeal::id)
                    .collect(Collectors.toSet());
            return facts(NationalReferral.class)
                    .filter(referral -> referral.appeal() != null && siblings.contains(referral.appeal()))
                    .map(NationalReferral::on)
                    .sorted()
                    .toList();
        }
        return standingDecisionsOn(appeal).stream()
                .filter(AppealDecision::accepted)
                .map(AppealDecision::on)
                .sorted()
                .toList();
    }

    private List<LocalDate> complaintClosings(Complaint complaint) {
        if (isReferred(complaint)) {
            return facts(NationalReferral.class)
                    .filter(referral -> complaint.id().equals(referral.complaint()))
                    .map(NationalReferral::on)
                    .sorted()
                    .toList();
        }
        return standingDecisionOn(complaint)
                .filter(ComplaintDecision::resolved)
                .map(decision -> List.of(decision.on()))
                .orElse(List.of());
    }

    private <F extends Fact> Stream<F> facts(Class<F> type) {
        return facts.stream().filter(type::isInstance).map(type::cast);
    }
}
