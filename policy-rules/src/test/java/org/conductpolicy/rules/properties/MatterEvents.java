package org.conductpolicy.rules.properties;

import static org.conductpolicy.rules.properties.Timeline.pick;
import static org.conductpolicy.rules.properties.Timeline.pickPreferringTheFirst;

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
        String sanction = warningToday(person, in);
        letter(sanction, person, secretaries, in);
        timeline.advance(in);
        appeal(person, sanction, in);
    }

    /** A warning issued today to {@code person} on a governed platform, answering no recorded incident. */
    private String warningToday(String person, RandomnessSource in) {
        String sanction = "s" + ++sanctions;
        timeline.add(new Sanction(
                sanction,
                person,
                pick(platforms.governed(), in).id(),
                SanctionKind.WARNING,
                timeline.today(),
                null,
                null));
        return sanction;
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
        recordItNowAndThen("a" + appeals, in);
    }

    /** The Secretary logs a record of a new appeal or complaint (ESC-4), now and then, the day it comes. */
    private void recordItNowAndThen(String matter, RandomnessSource in) {
        if (GovernanceGenerators.recordsANewMatter().generate(in)) {
            timeline.add(new KeptRecord("r" + ++records, timeline.today(), matter));
        }
    }

    /**
     * Another appeal against a sanction already appealed, most often one whose matter is national already,
     * which makes the new appeal national too (INT-8).
     */
    void appealTheSameSanctionAgain(RandomnessSource in) {
        ReferenceMatters matters = matters();
        List<Appeal> appealed = matters.appeals().stream()
                .sorted(Comparator.comparing((Appeal appeal) -> !matters.isNational(appeal))
                        .thenComparing(Comparator.comparing(Appeal::on).reversed()))
                .toList();
        if (appealed.isEmpty()) {
            return;
        }
        Appeal earlier = pickPreferringTheFirst(appealed, in);
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
        decideAnAppeal(
                pick(undecided, in),
                matters,
                GovernanceGenerators.hearsBeforeDeciding().generate(in),
                in);
    }

    private void decideAnAppeal(Appeal appeal, ReferenceMatters matters, boolean hearFirst, RandomnessSource in) {
        timeline.advance(in);
        if (hearFirst) {
            unheard(matters, appeal).forEach(side -> hear(appeal, side));
        }
        timeline.add(new AppealDecision(
                appeal.id(),
                timeline.today(),
                CaseGenerators.outcomes().generate(in),
                GovernanceGenerators.settles().generate(in)));
    }

    /**
     * The newest appeal or complaint still the CLP's is taken a few steps on, so that matters reach their
     * later stages on purpose: an appeal is heard side by side, decided, and referred if contested; a
     * complaint is decided by the admin team, then by the EC if unresolved, and referred if still unresolved.
     */
    void followAMatterThrough(RandomnessSource in) {
        ReferenceMatters matters = matters();
        List<Fact> open = new ArrayList<>();
        matters.appeals().stream().filter(appeal -> !matters.isNational(appeal)).forEach(open::add);
        matters.complaints().stream()
                .filter(complaint -> !matters.isReferred(complaint))
                .forEach(open::add);
        if (open.isEmpty()) {
            return;
        }
        Fact matter = open.stream().max(Comparator.comparing(Fact::dated)).orElseThrow();
        int steps = GovernanceGenerators.stepsThrough().generate(in);
        boolean more = true;
        for (int step = 0; step < steps && more; step++) {
            more = stepOn(matter, in);
        }
    }

    /** Takes a matter its next step; false when it has no more (settled, resolved or referred). */
    private boolean stepOn(Fact matter, RandomnessSource in) {
        ReferenceMatters matters = matters();
        List<Side> unheard = unheard(matters, matter);
        if (matter instanceof Appeal appeal) {
            Optional<AppealDecision> decision = matters.decisionOn(appeal);
            if (decision.isEmpty()
                    && !unheard.isEmpty()
                    && GovernanceGenerators.hearsBeforeDeciding().generate(in)) {
                timeline.advance(in);
                hear(matter, pick(unheard, in));
                return true;
            }
            if (decision.isEmpty()) {
                decideAnAppeal(appeal, matters, false, in);
                return true;
            }
            if (!decision.get().accepted()) {
                refer(matter, in);
            }
            return false;
        }
        Complaint complaint = (Complaint) matter;
        return switch (matters.stageOf(complaint)) {
            case ADMIN_TEAM, EXECUTIVE_COMMITTEE -> {
                if (unheard.isEmpty()) {
                    decideAComplaint(complaint, matters, in);
                } else {
                    timeline.advance(in);
                    hear(matter, pick(unheard, in));
                }
                yield true;
            }
            case UNRESOLVED -> {
                refer(matter, in);
                yield false;
            }
            default -> false;
        };
    }

    /**
     * The whole scenario of a decision re-decided (ESC-5: the EC's latest decision is the one that stands):
     * a sanction appealed, recorded, heard on both sides and decided, the appellant accepting; then, a day or
     * more later, decided again, the appellant not accepting. The appeal is open again (EXT-2), so its
     * record is held however old it is.
     */
    void acceptedAppealLaterContested(RandomnessSource in) {
        timeline.advance(in);
        String person = pick(people, in).id();
        String sanction = warningToday(person, in);
        String appeal = "a" + ++appeals;
        timeline.add(new Appeal(appeal, person, sanction, timeline.today(), false));
        timeline.add(new KeptRecord("r" + ++records, timeline.today(), appeal));
        timeline.advance(in);
        timeline.add(new Hearing(appeal, null, Side.APPELLANT, timeline.today()));
        timeline.add(new Hearing(appeal, null, Side.ADMIN_TEAM, timeline.today()));
        timeline.add(new AppealDecision(
                appeal, timeline.today(), CaseGenerators.outcomes().generate(in), true));
        laterStill(in);
        timeline.add(new AppealDecision(
                appeal, timeline.today(), CaseGenerators.outcomes().generate(in), false));
    }

    /**
     * The whole scenario of a complaint reopened (CMP-6: the latest decision stands, the EC's once it has
     * decided): a complaint recorded, heard and resolved by the admin team or the EC; then, a day or more
     * later, decided again by the same body, leaving it unresolved. It is open again (EXT-2), so its record is held.
     */
    void resolvedComplaintReopened(RandomnessSource in) {
        complaintOnRecord(in);
        String complaint = "c" + complaints;
        timeline.advance(in);
        timeline.add(new Hearing(null, complaint, Side.COMPLAINANT, timeline.today()));
        timeline.add(new Hearing(null, complaint, Side.RESPONDENT, timeline.today()));
        DecidingBody by = GovernanceGenerators.firstDeciders().generate(in);
        timeline.add(new ComplaintDecision(complaint, timeline.today(), by, true));
        laterStill(in);
        // The same body decides again: the admin team's leaves it with the EC (CMP-6), the EC's unresolved (CMP-7).
        timeline.add(new ComplaintDecision(complaint, timeline.today(), by, false));
    }

    /**
     * The whole scenario of a national matter with two appeals (INT-8: an appeal's matter is its
     * sanction): a sanction appealed twice, each appeal recorded, and one of them referred. Both are closed
     * for the CLP from the referral, so both records are deleted once their 2 years are up.
     */
    void siblingAppealsOneReferred(RandomnessSource in) {
        timeline.advance(in);
        String person = pick(people, in).id();
        String sanction = warningToday(person, in);
        List<String> siblings = new ArrayList<>();
        for (int appeal = 0; appeal < 2; appeal++) {
            siblings.add("a" + ++appeals);
            timeline.add(new Appeal(siblings.get(appeal), person, sanction, timeline.today(), false));
            timeline.add(new KeptRecord("r" + ++records, timeline.today(), siblings.get(appeal)));
            timeline.advance(in);
        }
        timeline.add(new NationalReferral(pick(siblings, in), null, timeline.today()));
    }

    /** Moves on at least a day, so that a later decision is later, not a tie. */
    private void laterStill(RandomnessSource in) {
        timeline.advance(in);
        timeline.moveTo(timeline.today().plusDays(1));
    }

    /** A complaint about content (CMP-1), involving another member or raising safeguarding, or not. */
    void complaint(RandomnessSource in) {
        timeline.advance(in);
        timeline.add(newComplaint(in));
        recordItNowAndThen("c" + complaints, in);
    }

    private void complaintOnRecord(RandomnessSource in) {
        timeline.advance(in);
        timeline.add(newComplaint(in));
        timeline.add(new KeptRecord("r" + ++records, timeline.today(), "c" + complaints));
    }

    private Complaint newComplaint(RandomnessSource in) {
        return new Complaint(
                "c" + ++complaints,
                pick(people, in).id(),
                timeline.today(),
                GovernanceGenerators.complaintFlags().generate(in),
                GovernanceGenerators.complaintFlags().generate(in));
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
        decideAComplaint(pick(open, in), matters, in);
    }

    private void decideAComplaint(Complaint complaint, ReferenceMatters matters, RandomnessSource in) {
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
        refer(
                !contested.isEmpty()
                                && GovernanceGenerators.refersAContestedMatter().generate(in)
                        ? pick(contested, in)
                        : pick(unreferred, in),
                in);
    }

    private void refer(Fact matter, RandomnessSource in) {
        referOnly(matter, in);
        if (GovernanceGenerators.recordsMoreAfterAReferral().generate(in)) {
            // INT-8: whatever else is known, a national matter is no longer the CLP's.
            ReferenceMatters matters = matters();
            List<Side> unheard = unheard(matters, matter);
            timeline.advance(in);
            if (!unheard.isEmpty()) {
                hear(matter, pick(unheard, in));
            } else if (matter instanceof Appeal appeal
                    && matters.decisionOn(appeal).isEmpty()) {
                decideAnAppeal(appeal, matters, true, in);
            }
        }
    }

    private void referOnly(Fact matter, RandomnessSource in) {
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
        // Closed matters first, so that records of closed matters (EXT-2: no longer held) occur on purpose.
        List<? extends Fact> closedFirst = candidates.stream()
                .sorted(Comparator.comparing(
                        (Fact fact) -> matters.closings(fact.id()).isEmpty()))
                .toList();
        String matter = closedFirst.isEmpty()
                ? null
                : pickPreferringTheFirst(closedFirst, in).id();
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
