package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Access;
import org.conductpolicy.api.fact.Agm;
import org.conductpolicy.api.fact.Appointment;
import org.conductpolicy.api.fact.Departure;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.RoleName;

/** The invariants of passwords and access (SEC-1 to SEC-6, INT-9, EXT-1, EXT-3), over governance histories. */
final class PasswordProperties {
    private PasswordProperties() {}

    // SEC-3, SEC-5, SEC-6, INT-9
    static final PolicyProperty MODERATORS_HOLD_NOTHING_AND_AGMS_ROTATE_EVERY_PASSWORD = PolicyProperty.of(
            "moderators never trigger a password change and never hold access,"
                    + " and every password not changed since an AGM gets exactly one change-password",
            GovernanceHistories.histories(),
            PasswordProperties::moderatorsHoldNothingAndAgmsRotateEveryPassword);

    private static Optional<String> moderatorsHoldNothingAndAgmsRotateEveryPassword(
            PolicyEngine engine, History history) {
        Decision decision = history.decideWith(engine);
        ReferenceOffices offices = ReferenceOffices.of(history.facts());
        return noAccessWithoutEntitlement(history, decision, offices)
                .or(() -> everyPasswordUnchangedSinceAnAgmChangesOnce(history, decision, offices))
                .or(() -> changesAsTheTriggersAsk(decision, offices))
                .or(() -> moderatorsTriggerNoChange(engine, history, decision));
    }

    // SEC-1, SEC-2, SEC-3, SEC-6: an opening by someone not entitled that day (a moderator always) gives
    // refer-for-discipline; an entitled one does not. INT-14, EXT-1: revoke-access goes to whoever holds
    // access without entitlement on the day asked about, an unauthorised opener or a leaver.
    private static Optional<String> noAccessWithoutEntitlement(
            History history, Decision decision, ReferenceOffices offices) {
        Set<String> revoked = personsAndPlatforms(decision, ActionType.REVOKE_ACCESS);
        Set<String> referred = personsAndPlatforms(decision, ActionType.REFER_FOR_DISCIPLINE);
        for (Access access : history.factsOf(Access.class).toList()) {
            String key = access.person() + " on " + access.platform();
            if (offices.isOnlyAModeratorOn(access.person(), access.on())
                    && offices.platform(access.platform())
                            .filter(PasswordProperties::isTheClps)
                            .isPresent()
                    && !(referred.contains(key)
                            && (revoked.contains(key)
                                    || offices.isEntitledOn(access.person(), access.platform(), history.asOf())))) {
                return Optional.of("moderator " + access.person() + " opened " + access.platform() + " on "
                        + access.on() + " and keeps access: revoke-access " + revoked.contains(key)
                        + ", refer-for-discipline " + referred.contains(key));
            }
        }
        Set<String> unauthorised = history.factsOf(Access.class)
                .filter(offices::isUnauthorised)
                .map(access -> access.person() + " on " + access.platform())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> withoutEntitlement = offices.revocations(history.asOf());
        if (!withoutEntitlement.equals(revoked)) {
            return Optional.of("access held without entitlement on " + history.asOf() + " is " + withoutEntitlement
                    + ", but revoke-access is proposed for " + revoked);
        }
        return unauthorised.equals(referred)
                ? Optional.empty()
                : Optional.of("the unauthorised openings are " + unauthorised
                        + ", but refer-for-discipline is proposed for " + referred);
    }

    private static boolean isTheClps(Platform platform) {
        return ReferenceOffices.isGoverned(platform) || ReferenceOffices.isStore(platform);
    }

    // SEC-5: "Passwords are changed after each AGM"; INT-9: every CLP platform's and the store's, within 7 days.
    private static Optional<String> everyPasswordUnchangedSinceAnAgmChangesOnce(
            History history, Decision decision, ReferenceOffices offices) {
        Map<String, List<Action>> changes = changesByPlatform(decision);
        for (Platform platform : offices.officersHold()) {
            Optional<LocalDate> unanswered = history.factsOf(Agm.class)
                    .map(Agm::on)
                    .filter(agm -> !offices.changedSince(platform.id(), agm))
                    .min(LocalDate::compareTo);
            if (unanswered.isEmpty()) {
                continue;
            }
            List<Action> listed = changes.getOrDefault(platform.id(), List.of());
            LocalDate deadline = unanswered.get().plusDays(ReferenceOffices.PASSWORD_CHANGE_DAYS);
            if (listed.size() != 1) {
                return Optional.of(platform.id() + " has not been changed since the AGM of " + unanswered.get()
                        + ", but " + listed.size() + " change-password actions are proposed for it: " + listed);
            }
            if (listed.get(0).due().isAfter(deadline)) {
                return Optional.of(platform.id() + " has not been changed since the AGM of " + unanswered.get()
                        + ", but its change is due " + listed.get(0).due() + ", after " + deadline);
            }
        }
        return Optional.empty();
    }

    // SEC-5, INT-9, EXT-1, EXT-3: one change per platform, for the earliest trigger no change has answered.
    private static Optional<String> changesAsTheTriggersAsk(Decision decision, ReferenceOffices offices) {
        Map<String, ReferenceOffices.NeededChange> needed = offices.neededChanges();
        Map<String, ReferenceOffices.NeededChange> proposed = new TreeMap<>();
        for (Action change : decision.actionsOf(ActionType.CHANGE_PASSWORD)) {
            String platform = change.text(ActionField.PLATFORM).orElseThrow();
            if (proposed.put(
                            platform,
                            new ReferenceOffices.NeededChange(
                                    change.text(ActionField.REASON).orElseThrow(), change.due()))
                    != null) {
                return Optional.of("more than one change-password is proposed for " + platform);
            }
        }
        return needed.equals(proposed)
                ? Optional.empty()
                : Optional.of("the triggers no change has answered ask for " + needed + ", but the rules propose "
                        + proposed);
    }

    // SEC-3, INT-9: "A new moderator: none"; a moderator leaving held no password either (EXT-1).
    private static Optional<String> moderatorsTriggerNoChange(PolicyEngine engine, History history, Decision decision) {
        History withoutModeratorsComingAndGoing = history.without(
                fact -> (fact instanceof Appointment appointment && appointment.role() == RoleName.MODERATOR)
                        || (fact instanceof Departure departure && departure.role() == RoleName.MODERATOR));
        if (withoutModeratorsComingAndGoing.facts().size() == history.facts().size()) {
            return Optional.empty();
        }
        Map<String, List<Action>> with = changesByPlatform(decision);
        Map<String, List<Action>> without = changesByPlatform(withoutModeratorsComingAndGoing.decideWith(engine));
        return with.equals(without)
                ? Optional.empty()
                : Optional.of("moderators' appointments and departures change the passwords to change: with them "
                        + with + ", without them " + without);
    }

    private static Map<String, List<Action>> changesByPlatform(Decision decision) {
        return decision.actionsOf(ActionType.CHANGE_PASSWORD).stream()
                .collect(Collectors.groupingBy(
                        action -> action.text(ActionField.PLATFORM).orElseThrow(), TreeMap::new, Collectors.toList()));
    }

    private static Set<String> personsAndPlatforms(Decision decision, ActionType type) {
        return decision.actionsOf(type).stream()
                .map(action -> action.text(ActionField.PERSON).orElseThrow() + " on "
                        + action.text(ActionField.PLATFORM).orElseThrow())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
