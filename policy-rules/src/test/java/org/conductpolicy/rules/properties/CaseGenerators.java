package org.conductpolicy.rules.properties;

import static org.quicktheories.api.Pair.of;

import java.time.LocalDate;
import java.util.List;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Standing;
import org.conductpolicy.vocabulary.ConductKind;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The small generators a history is drawn from, one job each. Each shrinks towards the simplest
 * choice: the first option of a weighted choice, the low end of a range.
 */
final class CaseGenerators {
    private CaseGenerators() {}

    /** What happens next in a simulated history. */
    enum Event {
        INCIDENT,
        ISSUE_SANCTION,
        REOFFEND_AND_BE_SANCTIONED,
        CONSULT_ADMINS,
        APPEAL,
        HEAR_A_SIDE,
        DECIDE_APPEAL,
        OVERTURNED_THEN_UPHELD
    }

    /** When a new incident happens: some days on, or on purpose next to the end of a window. */
    enum BreachTiming {
        SOME_DAYS_LATER(0),
        SOMEWHERE_INSIDE_A_WINDOW(0),
        ON_A_WINDOWS_LAST_DAY(0),
        THE_DAY_BEFORE_A_WINDOW_ENDS(-1),
        THE_DAY_AFTER_A_WINDOW_ENDS(1);

        /** Days from the window's last day. */
        final int offset;

        BreachTiming(int offset) {
            this.offset = offset;
        }
    }

    /** When a sanction is issued: a few days after the last event, or on purpose on a 29 February. */
    enum IssueTiming {
        A_FEW_DAYS_LATER,
        ON_THE_NEXT_29_FEBRUARY
    }

    /** The 29 Februaries the start days can reach. */
    static final List<LocalDate> LEAP_DAYS =
            List.of(LocalDate.of(2020, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29));

    /** One to three people: small histories shrink to one person. */
    static Gen<Integer> peopleCounts() {
        return Generate.range(1, 3);
    }

    /** A person of either standing, with a made-up id that says which (member-1, public-2). */
    static Gen<Person> person(int number) {
        return Generate.enumValues(Standing.class)
                .map(standing -> new Person((standing == Standing.MEMBER ? "member-" : "public-") + number, standing));
    }

    /** One to three platforms. */
    static Gen<Integer> platformCounts() {
        return Generate.range(1, 3);
    }

    /** A CLP platform (page, group, Twitter, Instagram), or now and then a branch's (ROL-5). */
    static Gen<Platform> platform(int number) {
        Gen<PlatformKind> kinds = Generate.pick(List.of(
                PlatformKind.FACEBOOK_PAGE, PlatformKind.FACEBOOK_GROUP, PlatformKind.TWITTER, PlatformKind.INSTAGRAM));
        Gen<Owner> owners =
                Generate.frequency(of(3, Generate.constant(Owner.CLP)), of(1, Generate.constant(Owner.BRANCH)));
        return kinds.zip(owners, (kind, owner) -> new Platform(platformId(owner, kind, number), kind, owner));
    }

    private static String platformId(Owner owner, PlatformKind kind, int number) {
        String shortKind = switch (kind) {
            case FACEBOOK_PAGE -> "page";
            case FACEBOOK_GROUP -> "group";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
        return owner.name().toLowerCase(java.util.Locale.ROOT) + "-" + shortKind + "-" + number;
    }

    /** The day a history starts: any day over several years, often shortly before a 29 February. */
    static Gen<LocalDate> startDays() {
        return Generate.frequency(
                of(2, days(LocalDate.of(2020, 3, 1), LocalDate.of(2026, 12, 31))),
                of(2, days(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 2, 28))),
                of(1, days(LocalDate.of(2019, 9, 1), LocalDate.of(2020, 2, 28))));
    }

    private static Gen<LocalDate> days(LocalDate first, LocalDate last) {
        return Generate.longRange(0, last.toEpochDay() - first.toEpochDay()).map(first::plusDays);
    }

    /** How many events a history has: shrinks to one. */
    static Gen<Integer> eventCounts() {
        return Generate.range(1, 16);
    }

    /** Days between events: often none or a few (same-day breaches and sanctions), sometimes months. */
    static Gen<Integer> gaps() {
        return Generate.frequency(
                of(4, Generate.range(0, 3)), of(3, Generate.range(4, 60)), of(2, Generate.range(61, 420)));
    }

    /** Days from the last event to the day the question is asked. */
    static Gen<Integer> finalGaps() {
        return Generate.frequency(of(3, Generate.range(0, 2)), of(1, Generate.range(3, 90)));
    }

    /** The next event; incidents and sanctions most often. */
    static Gen<Event> events() {
        return Generate.frequency(
                of(6, Generate.constant(Event.INCIDENT)),
                of(5, Generate.constant(Event.ISSUE_SANCTION)),
                of(3, Generate.constant(Event.REOFFEND_AND_BE_SANCTIONED)),
                of(2, Generate.constant(Event.CONSULT_ADMINS)),
                of(3, Generate.constant(Event.APPEAL)),
                of(2, Generate.constant(Event.HEAR_A_SIDE)),
                of(3, Generate.constant(Event.DECIDE_APPEAL)),
                of(1, Generate.constant(Event.OVERTURNED_THEN_UPHELD)));
    }

    /** When the next incident happens: more than half the time inside a window or next to its last day, on purpose. */
    static Gen<BreachTiming> breachTimings() {
        return Generate.frequency(
                of(4, Generate.constant(BreachTiming.SOME_DAYS_LATER)),
                of(3, Generate.constant(BreachTiming.SOMEWHERE_INSIDE_A_WINDOW)),
                of(2, Generate.constant(BreachTiming.ON_A_WINDOWS_LAST_DAY)),
                of(1, Generate.constant(BreachTiming.THE_DAY_BEFORE_A_WINDOW_ENDS)),
                of(2, Generate.constant(BreachTiming.THE_DAY_AFTER_A_WINDOW_ENDS)));
    }

    /** When the next sanction is issued: now and then on purpose on a 29 February. */
    static Gen<IssueTiming> issueTimings() {
        return Generate.frequency(
                of(3, Generate.constant(IssueTiming.A_FEW_DAYS_LATER)),
                of(2, Generate.constant(IssueTiming.ON_THE_NEXT_29_FEBRUARY)));
    }

    /**
     * Whether the admins issue the ban the ladder proposes or, now and then, a lenient warning instead
     * (a history may hold sanctions decided before the engine was used), so that two warnings can be open
     * at once.
     */
    static Gen<Boolean> lenientWarnings() {
        return flag(false, 2, 1);
    }

    /** Whether a new incident is by the person sanctioned last, as repeat offenders climb the ladder. */
    static Gen<Boolean> repeatOffences() {
        return flag(false, 1, 1);
    }

    /** Every kind of conduct of the built-in rules' conduct table; breaches are most of them. */
    static Gen<ConductKind> conducts() {
        return Generate.pick(List.copyOf(Engines.BUILT_IN.conductTable().kinds().values()));
    }

    /** The characteristic an incident of the kind is on (CoC-4: discrimination), or none for a kind that takes none. */
    static Gen<String> characteristics(ConductKind kind) {
        return kind.takesACharacteristic() ? Generate.pick(kind.characteristics()) : Generate.constant((String) null);
    }

    /** Whether the admins were consulted on an incident when it is recorded: mostly, not always (INT-12). */
    static Gen<Boolean> consultations() {
        return flag(true, 4, 1);
    }

    /** Whether a sanction records the incident it answered: almost always. */
    static Gen<Boolean> recordsItsIncident() {
        return flag(true, 9, 1);
    }

    /** An appeal's outcome: overturned as often as upheld, so that INT-6 is exercised. */
    static Gen<Outcome> outcomes() {
        return Generate.enumValues(Outcome.class);
    }

    /** Whether the Secretary is involved in an appeal (INT-11): now and then. */
    static Gen<Boolean> secretaryInvolved() {
        return flag(false, 4, 1);
    }

    /** Whether the appellant accepts the EC's decision (ESC-7): mostly. */
    static Gen<Boolean> accepted() {
        return flag(true, 4, 1);
    }

    /** A day from {@code first} to {@code last}; shrinks to the first. */
    static Gen<LocalDate> dayBetween(LocalDate first, LocalDate last) {
        return Generate.longRange(0, last.toEpochDay() - first.toEpochDay()).map(first::plusDays);
    }

    /**
     * A true-or-false choice weighted {@code weight} to {@code otherWeight} in favour of {@code shrinksTo},
     * the value a failing history shrinks towards.
     */
    static Gen<Boolean> flag(boolean shrinksTo, int weight, int otherWeight) {
        return Generate.frequency(
                of(weight, Generate.constant(shrinksTo)), of(otherWeight, Generate.constant(!shrinksTo)));
    }

    /** An index into a list of {@code size} candidates; shrinks to the first. */
    static Gen<Integer> index(int size) {
        return Generate.range(0, size - 1);
    }
}
