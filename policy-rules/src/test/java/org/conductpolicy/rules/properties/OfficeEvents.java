package org.conductpolicy.rules.properties;

import static org.conductpolicy.rules.properties.Timeline.pick;
import static org.conductpolicy.rules.properties.Timeline.pickPreferringTheFirst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.conductpolicy.api.fact.Access;
import org.conductpolicy.api.fact.Agm;
import org.conductpolicy.api.fact.Appointment;
import org.conductpolicy.api.fact.Departure;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.rules.properties.GovernanceGenerators.Opener;
import org.quicktheories.core.RandomnessSource;

/**
 * The events of office in a governance history: AGMs, appointments and departures (each with its role,
 * given a {@code to} day on departure), password changes and openings of platforms by people with every
 * kind of role and none (SEC-1 to SEC-6, INT-9, EXT-1, EXT-3).
 */
final class OfficeEvents {
    private final List<Person> people;
    private final GovernancePlatforms platforms;
    private final Timeline timeline;

    OfficeEvents(List<Person> people, GovernancePlatforms platforms, Timeline timeline) {
        this.people = people;
        this.platforms = platforms;
        this.timeline = timeline;
    }

    /** The officers and volunteers already in post when the history starts, with no appointment on record. */
    void rolesHeldFromTheStart(RandomnessSource in) {
        for (RoleName officer : GovernanceGenerators.OFFICERS) {
            if (GovernanceGenerators.heldFromTheStart().generate(in)) {
                timeline.add(new Role(pick(people, in).id(), officer, null, timeline.today(), null));
            }
        }
        for (RoleName volunteer : List.of(RoleName.ADMIN, RoleName.MODERATOR)) {
            if (GovernanceGenerators.heldFromTheStart().generate(in)) {
                String platform = pick(platforms.governed(), in).id();
                timeline.add(new Role(pick(people, in).id(), volunteer, platform, timeline.today(), null));
                // ROL-4: now and then a second volunteer of the same platform, so a page's team may be full.
                if (volunteer == RoleName.ADMIN
                        && GovernanceGenerators.secondAdmin().generate(in)) {
                    timeline.add(new Role(pick(people, in).id(), volunteer, platform, timeline.today(), null));
                }
            }
        }
    }

    // SEC-5, INT-9: "Passwords are changed after each AGM."
    void agm(RandomnessSource in) {
        timeline.advance(in);
        timeline.add(new Agm(timeline.today()));
    }

    /** Someone takes up a role: an officer's, or an admin's or moderator's of one platform. */
    void appoint(RandomnessSource in) {
        timeline.advance(in);
        RoleName role = GovernanceGenerators.appointedRoles().generate(in);
        String person = pick(people, in).id();
        String platform = role == RoleName.ADMIN || role == RoleName.MODERATOR
                ? pick(platforms.notTheStore(), in).id()
                : null;
        timeline.add(new Role(person, role, platform, timeline.today(), null));
        timeline.add(new Appointment(person, role, platform, timeline.today()));
    }

    /** Someone leaves a role they hold: the role ends that day ({@code to}), and the departure is recorded. */
    void depart(RandomnessSource in) {
        List<Role> held =
                timeline.facts(Role.class).filter(role -> role.to() == null).toList();
        if (held.isEmpty()) {
            return;
        }
        Role role = pick(held, in);
        timeline.advance(in);
        timeline.replace(role, new Role(role.person(), role.role(), role.platform(), role.from(), timeline.today()));
        timeline.add(new Departure(role.person(), role.role(), role.platform(), timeline.today()));
        if (GovernanceGenerators.leaverOpensAPlatform().generate(in)) {
            openAfterLeaving(role, in);
        }
    }

    /** The one who left opens a platform on the last day of their role or the day after (SEC-6, EXT-1). */
    private void openAfterLeaving(Role role, RandomnessSource in) {
        timeline.moveTo(timeline.today()
                .plusDays(GovernanceGenerators.daysAfterLeaving().generate(in)));
        Platform platform = GovernanceGenerators.opensTheirOwnPlatform().generate(in)
                ? platforms.theOneOf(role, in)
                : pick(platforms.all(), in);
        timeline.add(new Access(role.person(), platform.id(), timeline.today()));
    }

    /** The officers change every password they hold, now and then all but one. */
    void changeEveryPassword(RandomnessSource in) {
        timeline.advance(in);
        List<Platform> held = new ArrayList<>(platforms.officersHold());
        if (held.size() > 1 && GovernanceGenerators.leavesOneOut().generate(in)) {
            held.remove(pick(held, in));
        }
        held.forEach(platform -> timeline.add(new PasswordChange(platform.id(), timeline.today())));
    }

    /** One password is changed: any platform's, an individual's included. */
    void changeAPassword(RandomnessSource in) {
        timeline.advance(in);
        timeline.add(new PasswordChange(pick(platforms.all(), in).id(), timeline.today()));
    }

    /** Someone opens a platform or the store: by whom is drawn on purpose, so every entitlement is tried. */
    void access(RandomnessSource in) {
        Opener opener = GovernanceGenerators.openers().generate(in);
        List<Role> candidates = switch (opener) {
            case AN_OFFICER -> roles(role -> GovernanceGenerators.OFFICERS.contains(role.role()));
            case AN_ADMIN -> roles(role -> role.role() == RoleName.ADMIN);
            case A_MODERATOR -> roles(role -> role.role() == RoleName.MODERATOR);
            case AN_EC_OFFICER -> roles(role -> role.role() == RoleName.EC_OFFICER);
            case SOMEONE_WHO_LEFT ->
                timeline.facts(Role.class)
                        .filter(role -> role.to() != null)
                        .sorted(Comparator.comparing(Role::to).reversed())
                        .limit(1)
                        .toList();
            case ANYONE -> List.of();
        };
        if (opener == Opener.SOMEONE_WHO_LEFT && !candidates.isEmpty()) {
            // On purpose on the last day of the role or the day after (a role's `to` day is included).
            LocalDate day = candidates
                    .get(0)
                    .to()
                    .plusDays(GovernanceGenerators.daysAfterLeaving().generate(in));
            timeline.moveTo(day.isBefore(timeline.today()) ? timeline.today() : day);
        } else {
            timeline.advance(in);
        }
        if (candidates.isEmpty()) {
            timeline.add(
                    new Access(pick(people, in).id(), pick(platforms.all(), in).id(), timeline.today()));
            return;
        }
        Role role = pick(candidates, in);
        boolean own = GovernanceGenerators.opensTheirOwnPlatform().generate(in);
        // Another platform than their own: the store first, on purpose (SEC-1: only the officers may open it).
        List<Platform> others = new ArrayList<>();
        platforms.store().ifPresent(others::add);
        others.addAll(platforms.notTheStore());
        Platform platform = own ? platforms.theOneOf(role, in) : pickPreferringTheFirst(others, in);
        timeline.add(new Access(role.person(), platform.id(), timeline.today()));
    }

    private List<Role> roles(Predicate<Role> which) {
        return timeline.facts(Role.class).filter(which).toList();
    }
}
