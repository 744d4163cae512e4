package org.conductpolicy.rules.properties;

import static org.conductpolicy.rules.properties.Timeline.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.KeptRecord;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.rules.properties.GovernanceGenerators.Letter;
import org.conductpolicy.rules.properties.ReferenceMatters.ComplaintStage;
import org.quicktheories.core.RandomnessSource;

/**
 * The events of appeals, complaints and records in a governance history: a sanction appealed (by the
 * Secretary now and then, after a letter the Secretary signed off now and then), sides heard one at a
 * time, decisions, referrals to the National Complaints team at any stage (and facts recorded after
 * them), and records of nothing, of appeals and of complaints, some logged on 29 February.
 */
final class MatterEvents {
    private final List<Person> people;
    private final GovernancePlatforms platforms;
    private final Timeline timeline;
    private int sanctions;
    private int appeals;
    private int complaints;
    private int records;

    MatterEvents(List<Person> people, GovernancePlatforms platforms, Timeline timeline) {
        this.people = people;
        this.platforms = platforms;
        this.timeline = timeline;
    }

    private ReferenceMatters matters() {
        return ReferenceMatters.of(timeline.events());
    }

    /** A sanction, perhaps a letter about it, and an appeal against it (ESC-5). */
    void sanctionAndAppeal(RandomnessSource in) {
        timeline.advance(in);
        List<String> secretaries = matters().secretariesOn(timeline.today());
        String person = GovernanceGenerators.appellants().generate(in) == GovernanceGenerators.Appellant.THE_SECRETARY
                        && !secretaries.isEmpty()
                ? pick(secretaries, in)
                : pick(people, in).id();
        String sanction = "s" + ++sanctions;
        timeline.add(new Sanction(
                sanction,
                person,
                pick(platforms.governed(), in).id(),
                SanctionKind.WARNING,
                timeline.today(),
                null,
                null));
        letter(sanction, person, secretaries, in);
        timeline.advance(in);
        appeal(person, sanction, in);
    }

    /** The letter about a sanction, signed off by two people (INT-10), the Secretary among them or not. */
    private void letter(String sanction, String person, List<String> secretaries, RandomnessSource in) {
        Letter letter = GovernanceGenerators.letters().generate(in);
        List<String> others = people.stream()
                .map(Person::id)
                .filter(id -> !secretaries.contains(id))
                .toList();
        List<String> signers = new ArrayList<>();
        if (letter == Letter.SIGNED_OFF_BY_THE_SECRETARY && !secretaries.isEmpty()) {
            signers.add(pick(secretaries, in));
        } else if (letter != Letter.NONE && !others.isEmpty()) {
            signers.add(pick(others, in));
        }
        if (signers.isEmpty()) {
            return;
        }
        if (!others.isEmpty()) {
            signers.add(pick(others, in));
        }
        timeline.add(new Communication(
                "letter-" + sanction,
                person,
                timeline.today(),
                sanction,
                signers.stream().distinct().toList(),
                true));
    }

    private void appeal(String person, String sanction, RandomnessSource in) {
        timeline.add(new Appeal(
                "a" + ++appeals,
                person,
                sanction,
                timeline.today(),
                GovernanceGenerators.secretaryInvolved().generate(in)));
    }

    /** Another appeal against a sanction already appealed: after a referral, its matter is national too (INT-8). */
    void appealTheSameSanctionAgain(RandomnessSource in) {
        List<Appeal> appealed = matters().appeals().stream()
                .sorted(Comparator.comparing(Appeal::on).reversed())
                .toList();
        if (appealed.isEmpty()) {
            return;
        }
        Appeal earlier = pick(appealed, in);
        timeline.advance(in);
        appeal(earlier.person(), earlier.sanction(), in);
    }

    /** One side not yet heard of an undecided appeal or complaint is heard, either side first (ESC-6). */
    void hearASide(RandomnessSource in) {
        ReferenceMatters matters = matters();
        List<Fact> undecided = new ArrayList<>();
        matters.appeals().stream()
                .filter(appeal -> matters.decisionOn(appeal).isEmpty())
                .forEach(undecided::add);
        matters.complaints().stream()
                .filter(complaint -> beforeTheEcDecides(matters, complaint))
                .forEach(undecided::add);
        undecided.removeIf(matter -> unheard(matters, matter).isEmpty());
        if (undecided.isEmpty()) {
            return;
        }
        Fact matter = pick(undecided, in);
        timeline.advance(in);
        hear(matter, pick(unheard(matters, matter), in));
    }

    private static boolean beforeTheEcDecides(ReferenceMatters matters, Complaint complaint) {
        return matters.standingDecisionOn(complaint)
                .map(decision -> decision.by() == DecidingBody.ADMIN_TEAM && !decision.resolved())
                .orElse(true);
    }

    private static List<Side> unheard(ReferenceMatters matters, Fact matter) {
        return ReferenceMatters.sidesOf(matter).stream()
                .filter(side -> !matters.heard(matter.id()).contains(side))
                .toList();
    }

    private void hear(Fact matter, Side side) {
        timeline.add(
                matter instanceof Appeal
                        ? new Hearing(matter.id(), null, side, timeline.today())
                        : new Hearing(null, matter.id(), side, timeline.today()));
    }

    /** The sides still unheard are heard, as ESC-6 asks; now and then a decision is recorded without. */
    private void hearTheRest(ReferenceMatters matters, Fact matter, RandomnessSource in) {
        if (GovernanceGenerators.hearsBeforeDeciding().generate(in)) {
            unheard(matters, matter).forEach(side -> hear(matter, side));
        }
    }

    /** The EC decides an undecided appeal; the appellant accepts its decision or not (ESC-5, ESC-7). */
    void decideAnAppeal(RandomnessSource in) {
        ReferenceMatters matters = matters();
        List<Appeal> undecided = matters.appeals().stream()
                .filter(appeal -> matters.decisionOn(appeal).isEmpty())
                .toList();
        if (undecided.isEmpty()) {
            return;
        }
        Appeal appeal = pick(undecided, in);
        timeline.advance(in);
        hearTheRest(matters, appeal, in);
        timeline.add(new AppealDecision(
                appeal.id(),
                timeline.today(),
                CaseGenerators.outcomes().generate(in),
                GovernanceGenerators.settles().generate(in)));
    }

    /** A complaint about content (CMP-1), involving another member or raising safeguarding, or not. */
    void complaint(RandomnessSource in) {
        timeline.advance(in);
        timeline.add(new Complaint(
                "c" + ++complaints,
                pick(people, in).id(),
                timeline.today(),
                GovernanceGenerators.complaintFlags().generate(in),
                GovernanceGenerators.complaintFlags().generate(in)));
    }

    /**
     * The body whose turn it is decides a complaint: the admin team (now and then the EC at once) while the
     * admin team has it, the EC once the admin team left it unresolved (CMP-2, CMP-6, CMP-7).
     */
    void decideAComplaint(RandomnessSource in) {
        ReferenceMatters matters = matters();
        List<Complaint> open = matters.complaints().stream()
                .filter(complaint -> beforeTheEcDecides(matters, complaint))
                .toList();
        if (open.isEmpty()) {
            return;
        }
        Complaint complaint = pick(open, in);
        DecidingBody by = matters.stageOf(complaint) == ComplaintStage.ADMIN_TEAM
                ? GovernanceGenerators.firstDeciders().generate(in)
                : DecidingBody.EXECUTIVE_COMMITTEE;
        timeline.advance(in);
        hearTheRest(matters, complaint, in);
        timeline.add(new ComplaintDecision(
                complaint.id(),
                timeline.today(),
                by,
                GovernanceGenerators.settles().generate(in)));
    }

    /**
     * An appeal or complaint not yet referred goes to the National Complaints team: most often one the
     * CLP left contested or unresolved (ESC-7, CMP-7), otherwise one at any stage.
     */
    void referToNational(RandomnessSource in) {
        ReferenceMatters matters = matters();
        List<Fact> unreferred = new ArrayList<>();
        List<Fact> contested = new ArrayList<>();
        for (Appeal appeal : matters.appeals()) {
            if (matters.isNational(appeal)) {
                continue;
            }
            unreferred.add(appeal);
            if (matters.decisionOn(appeal)
                    .filter(decision -> !decision.accepted())
                    .isPresent()) {
                contested.add(appeal);
            }
        }
        for (Complaint complaint : matters.complaints()) {
            if (matters.isReferred(complaint)) {
                continue;
            }
            unreferred.add(complaint);
            if (matters.stageOf(complaint) == ComplaintStage.UNRESOLVED) {
                contested.add(complaint);
            }
        }
        if (unreferred.isEmpty()) {
            return;
        }
        Fact matter = !contested.isEmpty()
                        && GovernanceGenerators.refersAContestedMatter().generate(in)
                ? pick(contested, in)
                : pick(unreferred, in);
        timeline.advance(in);
        timeline.add(
                matter instanceof Appeal
                        ? new NationalReferral(matter.id(), null, timeline.today())
                        : new NationalReferral(null, matter.id(), timeline.today()));
    }

    /** A record is logged (ESC-4), of nothing, an appeal or a complaint; now and then on a 29 February. */
    void logARecord(RandomnessSource in) {
        ReferenceMatters matters = matters();
        List<? extends Fact> candidates =
                switch (GovernanceGenerators.recordMatters().generate(in)) {
                    case NOTHING -> List.of();
                    case AN_APPEAL -> matters.appeals();
                    case A_COMPLAINT -> matters.complaints();
                };
        String matter = candidates.isEmpty() ? null : pick(candidates, in).id();
        Optional<LocalDate> leapDay = CaseGenerators.LEAP_DAYS.stream()
                .filter(day -> !day.isBefore(timeline.today())
                        && day.isBefore(timeline.today().plusYears(2)))
                .findFirst();
        if (GovernanceGenerators.loggedOnALeapDay().generate(in) && leapDay.isPresent()) {
            timeline.moveTo(leapDay.get());
        } else {
            timeline.advance(in);
        }
        timeline.add(new KeptRecord("r" + ++records, timeline.today(), matter));
    }
}
