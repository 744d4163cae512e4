package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.conductpolicy.api.fact.Access;
import org.conductpolicy.api.fact.Agm;
import org.conductpolicy.api.fact.Appointment;
import org.conductpolicy.api.fact.Departure;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;

/**
 * Who may open what, and which passwords must change, read in plain Java (no Drools) straight from
 * policy-rules/docs/clauses.md (SEC-1 to SEC-6, INT-9, EXT-1, EXT-3) and its readings "Passwords, access, ownership and
 * records": a governed platform is the CLP's or a branch's, other than the store; the officers (Chair,
 * Secretary, SMO) hold every governed platform's password and the store's; a role is in force from its
 * {@code from} day to its {@code to} day, both included; a moderator holds nothing. Access is revoked
 * from whoever holds it without entitlement on the day asked about (INT-14): an unauthorised opener not
 * entitled since, and a leaver, for what the role they left gave them (EXT-1).
 */
final class ReferenceOffices {
    /** The days a password change is due within (INT-9). */
    static final int PASSWORD_CHANGE_DAYS = 7;

    private static final List<RoleName> OFFICERS =
            List.of(RoleName.CHAIR, RoleName.SECRETARY, RoleName.SOCIAL_MEDIA_OFFICER);

    /** Something that makes a change of a platform's password due, as the action's {@code reason} spells it. */
    record Trigger(String platform, String reason, LocalDate day) {}

    /** The change-password a platform needs: for its earliest trigger not yet answered, whose deadline binds. */
    record NeededChange(String reason, LocalDate due) {}

    private final List<Fact> facts;

    private ReferenceOffices(List<Fact> facts) {
        this.facts = List.copyOf(facts);
    }

    static ReferenceOffices of(List<Fact> facts) {
        return new ReferenceOffices(facts);
    }

    static boolean isGoverned(Platform platform) {
        return platform.owner() != Owner.INDIVIDUAL && platform.kind() != PlatformKind.PASSWORD_STORE;
    }

    static boolean isStore(Platform platform) {
        return platform.kind() == PlatformKind.PASSWORD_STORE;
    }

    /** The platforms whose passwords the officers hold: every governed platform's and the store's (SEC-1, INT-9). */
    List<Platform> officersHold() {
        return facts(Platform.class)
                .filter(platform -> isGoverned(platform) || isStore(platform))
                .toList();
    }

    Optional<Platform> platform(String id) {
        return facts(Platform.class)
                .filter(platform -> platform.id().equals(id))
                .findFirst();
    }

    boolean isOfficerOn(String person, LocalDate day) {
        return roles(person, day).anyMatch(role -> OFFICERS.contains(role.role()));
    }

    /** Whether every role {@code person} holds on {@code day} is a moderator's (and there is one). */
    boolean isOnlyAModeratorOn(String person, LocalDate day) {
        List<Role> held = roles(person, day).toList();
        return !held.isEmpty() && held.stream().allMatch(role -> role.role() == RoleName.MODERATOR);
    }

    private Stream<Role> roles(String person, LocalDate day) {
        return facts(Role.class).filter(role -> role.person().equals(person) && role.heldOn(day));
    }

    /**
     * Whether an opening is unauthorised: the store by anyone not an officer that day (SEC-1); a governed
     * platform by anyone neither an officer nor its admin that day (SEC-2, SEC-6); moderators may open
     * nothing (SEC-3). An individual's platform is not the CLP's concern: never.
     */
    boolean isUnauthorised(Access access) {
        Platform platform = platform(access.platform()).orElseThrow();
        if (isStore(platform)) {
            return !isOfficerOn(access.person(), access.on());
        }
        if (!isGoverned(platform)) {
            return false;
        }
        return !isOfficerOn(access.person(), access.on())
                && roles(access.person(), access.on())
                        .noneMatch(role ->
                                role.role() == RoleName.ADMIN && platform.id().equals(role.platform()));
    }

    /** Whether a departure from this role, on or after its first day, has ended it (EXT-1). */
    private boolean hasLeft(Role role) {
        return facts(Departure.class)
                .anyMatch(departure -> departure.person().equals(role.person())
                        && departure.role() == role.role()
                        && Objects.equals(departure.platform(), role.platform())
                        && !departure.on().isBefore(role.from()));
    }

    /**
     * Whether {@code person} is entitled on {@code day} to open a platform, through a role in force that
     * day that they have not left: the store, as an officer; a governed platform, as an officer or its admin
     * (SEC-1, SEC-2, INT-14).
     */
    boolean isEntitledOn(String person, String platformId, LocalDate day) {
        Platform platform = platform(platformId).orElseThrow();
        List<Role> held = roles(person, day).filter(role -> !hasLeft(role)).toList();
        if (isStore(platform)) {
            return held.stream().anyMatch(role -> OFFICERS.contains(role.role()));
        }
        return isGoverned(platform)
                && held.stream()
                        .anyMatch(role -> OFFICERS.contains(role.role())
                                || (role.role() == RoleName.ADMIN && platformId.equals(role.platform())));
    }

    /**
     * The access to revoke on {@code asOf}, as "person on platform" (INT-14): each unauthorised opening's,
     * and each platform a leaver held through the role they left (EXT-1: an officer, every password the
     * officers hold; an admin, that governed platform), unless the person is entitled to it on {@code asOf}.
     */
    Set<String> revocations(LocalDate asOf) {
        Set<String> revoked = new TreeSet<>();
        facts(Access.class)
                .filter(this::isUnauthorised)
                .filter(access -> !isEntitledOn(access.person(), access.platform(), asOf))
                .forEach(access -> revoked.add(access.person() + " on " + access.platform()));
        facts(Departure.class)
                .forEach(departure ->
                        roleTriggers(departure.role(), departure.platform(), "departure", departure.on()).stream()
                                .filter(trigger -> !isEntitledOn(departure.person(), trigger.platform(), asOf))
                                .forEach(trigger -> revoked.add(departure.person() + " on " + trigger.platform())));
        return revoked;
    }

    /**
     * Every trigger of a password change (INT-9, EXT-1, EXT-3): an AGM or a new or departing officer, every
     * password the officers hold; a new or departing admin, that governed platform's; an unauthorised
     * opening, the platform opened. A moderator or EC officer coming or going: none.
     */
    List<Trigger> triggers() {
        List<Trigger> triggers = new ArrayList<>();
        List<Platform> held = officersHold();
        facts(Agm.class).forEach(agm -> held.forEach(p -> triggers.add(new Trigger(p.id(), "agm", agm.on()))));
        facts(Appointment.class)
                .forEach(appointment -> triggers.addAll(
                        roleTriggers(appointment.role(), appointment.platform(), "appointment", appointment.on())));
        facts(Departure.class)
                .forEach(departure -> triggers.addAll(
                        roleTriggers(departure.role(), departure.platform(), "departure", departure.on())));
        facts(Access.class)
                .filter(this::isUnauthorised)
                .forEach(access -> triggers.add(new Trigger(access.platform(), "unauthorised-access", access.on())));
        return triggers;
    }

    private List<Trigger> roleTriggers(RoleName role, String platform, String reason, LocalDate day) {
        if (OFFICERS.contains(role)) {
            return officersHold().stream()
                    .map(p -> new Trigger(p.id(), reason, day))
                    .toList();
        }
        if (role == RoleName.ADMIN
                && platform != null
                && platform(platform).filter(ReferenceOffices::isGoverned).isPresent()) {
            return List.of(new Trigger(platform, reason, day));
        }
        return List.of();
    }

    /** Whether a change of the platform's password on or after {@code day} answers a trigger of that day (SEC-5). */
    boolean changedSince(String platform, LocalDate day) {
        return facts(PasswordChange.class)
                .anyMatch(change ->
                        change.platform().equals(platform) && !change.on().isBefore(day));
    }

    /**
     * The change-password each platform needs, by platform: one per platform with a trigger no change
     * has answered, for the earliest (by day, then reason), due 7 days after it.
     */
    Map<String, NeededChange> neededChanges() {
        Map<String, NeededChange> needed = new TreeMap<>();
        triggers().stream()
                .filter(trigger -> !changedSince(trigger.platform(), trigger.day()))
                .sorted(Comparator.comparing(Trigger::day).thenComparing(Trigger::reason))
                .forEach(trigger -> needed.putIfAbsent(
                        trigger.platform(),
                        new NeededChange(trigger.reason(), trigger.day().plusDays(PASSWORD_CHANGE_DAYS))));
        return needed;
    }

    private <F extends Fact> Stream<F> facts(Class<F> type) {
        return facts.stream().filter(type::isInstance).map(type::cast);
    }
}
