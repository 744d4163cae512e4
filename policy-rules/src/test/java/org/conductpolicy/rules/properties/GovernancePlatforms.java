package org.conductpolicy.rules.properties;

import static org.conductpolicy.rules.properties.Timeline.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.Role;
import org.quicktheories.core.RandomnessSource;

/**
 * The platforms of a governance history: those the procedures govern (the CLP's and branches'), the
 * password store when there is one, and now and then a platform an individual owns.
 *
 * @param governed the CLP's and branches' platforms other than the store (OWN-1, ROL-5); at least one
 * @param store the password store (SEC-1), if the history has one
 * @param individuals platforms owned by individuals, which the procedures do not govern
 */
record GovernancePlatforms(List<Platform> governed, Optional<Platform> store, List<Platform> individuals) {
    GovernancePlatforms {
        governed = List.copyOf(governed);
        individuals = List.copyOf(individuals);
    }

    /** Every platform, as the history lists them. */
    List<Platform> all() {
        List<Platform> all = new ArrayList<>(governed);
        store.ifPresent(all::add);
        all.addAll(individuals);
        return all;
    }

    /** The platforms whose passwords the officers hold: every governed platform's and the store's (INT-9). */
    List<Platform> officersHold() {
        List<Platform> held = new ArrayList<>(governed);
        store.ifPresent(held::add);
        return held;
    }

    /** The platforms an admin or moderator may be appointed to. */
    List<Platform> notTheStore() {
        List<Platform> platforms = new ArrayList<>(governed);
        platforms.addAll(individuals);
        return platforms;
    }

    /** The platform a role is about: an admin's or moderator's own, for anyone else the store if any. */
    Platform theOneOf(Role role, RandomnessSource in) {
        if (role.platform() != null) {
            return all().stream()
                    .filter(platform -> platform.id().equals(role.platform()))
                    .findFirst()
                    .orElseThrow();
        }
        return store.orElseGet(() -> pick(governed, in));
    }
}
