package org.conductpolicy.rules.properties;

import static org.conductpolicy.rules.properties.Timeline.pickPreferringTheFirst;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.KeptRecord;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.rules.properties.GovernanceGenerators.Question;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The generator of valid governance histories: who holds which office and role, AGMs, appointments and
 * departures, password changes, openings of platforms, appeals and complaints at every stage, national
 * referrals, and records, asked about soon after or on purpose around a record's 2 years. The ladder's
 * histories ({@link Histories}) hold no such events; the properties of appeals, passwords and records
 * are checked over these.
 */
final class GovernanceHistories {
    /** ESC-4: "Records are kept 2 years": the boundary the questions are asked around. */
    static final int RECORD_YEARS = 2;

    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    private GovernanceHistories() {}

    /** Histories of two to four people on one to three governed platforms; they shrink to fewer events. */
    static Gen<History> histories() {
        return in -> {
            List<Person> people = people(in);
            GovernancePlatforms platforms = platforms(in);
            Timeline timeline = new Timeline(CaseGenerators.startDays().generate(in));
            OfficeEvents office = new OfficeEvents(people, platforms, timeline);
            MatterEvents matters = new MatterEvents(people, platforms, timeline);
            ConcernEvents concerns = new ConcernEvents(people, platforms, timeline);
            office.rolesHeldFromTheStart(in);
            int eventCount = GovernanceGenerators.eventCounts().generate(in);
            for (int event = 0; event < eventCount; event++) {
                switch (GovernanceGenerators.events().generate(in)) {
                    case AGM -> office.agm(in);
                    case APPOINT -> office.appoint(in);
                    case DEPART -> office.depart(in);
                    case CHANGE_EVERY_PASSWORD -> office.changeEveryPassword(in);
                    case CHANGE_A_PASSWORD -> office.changeAPassword(in);
                    case ACCESS -> office.access(in);
                    case SANCTION_AND_APPEAL -> matters.sanctionAndAppeal(in);
                    case APPEAL_THE_SAME_SANCTION_AGAIN -> matters.appealTheSameSanctionAgain(in);
                    case HEAR_A_SIDE -> matters.hearASide(in);
                    case DECIDE_AN_APPEAL -> matters.decideAnAppeal(in);
                    case FOLLOW_A_MATTER_THROUGH -> matters.followAMatterThrough(in);
                    case COMPLAINT -> matters.complaint(in);
                    case DECIDE_A_COMPLAINT -> matters.decideAComplaint(in);
                    case REFER_TO_NATIONAL -> matters.referToNational(in);
                    case LOG_A_RECORD -> matters.logARecord(in);
                    case ACCEPTED_APPEAL_LATER_CONTESTED -> matters.acceptedAppealLaterContested(in);
                    case RESOLVED_COMPLAINT_REOPENED -> matters.resolvedComplaintReopened(in);
                    case SIBLING_APPEALS_ONE_REFERRED -> matters.siblingAppealsOneReferred(in);
                    case LETTER -> concerns.letter(in);
                    case CRISIS -> concerns.crisis(in);
                    case POST -> concerns.post(in);
                }
            }
            List<Fact> facts = new ArrayList<>(people);
            facts.addAll(platforms.all());
            facts.addAll(timeline.events());
            String name = "a generated governance history: " + count(people.size(), "person", "people") + ", "
                    + count(platforms.all().size(), "platform", "platforms") + ", "
                    + count(timeline.events().size(), "event", "events");
            return new History(name, asOf(timeline, in), facts);
        };
    }

    /** Two to four people, of either standing. */
    static List<Person> people(RandomnessSource in) {
        int count = GovernanceGenerators.peopleCounts().generate(in);
        List<Person> people = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            people.add(CaseGenerators.person(number).generate(in));
        }
        return people;
    }

    private static GovernancePlatforms platforms(RandomnessSource in) {
        int count = GovernanceGenerators.platformCounts().generate(in);
        List<Platform> governed = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            governed.add(GovernanceGenerators.governedPlatform(number).generate(in));
        }
        Optional<Platform> store = GovernanceGenerators.hasPasswordStore().generate(in)
                ? Optional.of(new Platform("password-store", PlatformKind.PASSWORD_STORE, Owner.CLP))
                : Optional.empty();
        List<Platform> individuals =
                GovernanceGenerators.hasIndividualsPlatform().generate(in)
                        ? List.of(GovernanceGenerators.individualsPlatform().generate(in))
                        : List.of();
        return new GovernancePlatforms(governed, store, individuals);
    }

    /** The day the question is asked: soon after the last event, around a record's 2 years, or years later. */
    private static LocalDate asOf(Timeline timeline, RandomnessSource in) {
        Question question = GovernanceGenerators.questions().generate(in);
        int offset = switch (question) {
            case THE_DAY_BEFORE_A_RECORDS_YEARS_ARE_UP -> -1;
            case THE_DAY_AFTER_A_RECORDS_YEARS_ARE_UP -> 1;
            default -> 0;
        };
        // Records logged on a 29 February first, so that their boundary (28 February) is asked about on purpose.
        List<LocalDate> boundaries = timeline.facts(KeptRecord.class)
                .sorted(Comparator.comparing(
                        record -> !MonthDay.from(record.on()).equals(LEAP_DAY)))
                .map(record -> record.on().plusYears(RECORD_YEARS).plusDays(offset))
                .filter(day -> !day.isBefore(timeline.today()))
                .toList();
        int later = GovernanceGenerators.finalGaps().generate(in);
        return switch (question) {
            case SOON_AFTER -> timeline.today().plusDays(later);
            case YEARS_LATER -> timeline.today().plusYears(RECORD_YEARS).plusDays(later);
            default -> boundaries.isEmpty() ? timeline.today().plusDays(later) : pickPreferringTheFirst(boundaries, in);
        };
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
