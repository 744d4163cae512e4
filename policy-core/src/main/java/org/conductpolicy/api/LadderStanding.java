package org.conductpolicy.api;

import java.time.LocalDate;
import java.util.Objects;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;

/**
 * Where one person stands on the escalation ladder on a day (ESC-1 to ESC-3, INT-1 to INT-6), for a host's
 * screen: the latest sanction that counts, the last day of the window a next breach would fall in, and the
 * step that breach would bring. It is read from the rules' own classification of the ladder (the counting
 * sanctions and their windows of {@code ladder-state.drl}), as {@link PolicyEngine#standing} explains; it
 * decides nothing, and breaches not yet answered are not part of it (their step is in the decision).
 *
 * @param person the person's id
 * @param latestCounting the person's latest sanction that counts on the ladder (INT-2, INT-6), or {@code
 *     null} when none counts
 * @param windowEnds the last day of the open window that decides {@code nextBreachBrings} (INT-1), or
 *     {@code null} when no window is open on the day asked
 * @param nextBreachBrings the step of the ladder a breach committed after the day asked, and on or before
 *     {@code windowEnds}, would bring once the admins are consulted: {@link ActionType#WARN}, {@link
 *     ActionType#BAN} or {@link ActionType#BAN_FOR_LIFE}
 * @param banDays for a {@code ban}, how many days it would last (the rules' {@code ban-days}); otherwise
 *     {@code null}
 */
public record LadderStanding(
        String person, Sanction latestCounting, LocalDate windowEnds, ActionType nextBreachBrings, Integer banDays) {
    public LadderStanding {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(nextBreachBrings, "nextBreachBrings");
        if (nextBreachBrings != ActionType.WARN
                && nextBreachBrings != ActionType.BAN
                && nextBreachBrings != ActionType.BAN_FOR_LIFE) {
            throw new IllegalArgumentException(
                    "a next breach brings warn, ban or ban-for-life, not " + nextBreachBrings.wireName());
        }
        if ((nextBreachBrings == ActionType.BAN) != (banDays != null)) {
            throw new IllegalArgumentException("banDays is given for a ban, and only for a ban");
        }
        if ((nextBreachBrings == ActionType.WARN) != (windowEnds == null)) {
            throw new IllegalArgumentException("a window is open exactly when a next breach climbs past a warning");
        }
    }

    /** Whether the person's latest counting sanction is a lifetime ban, which stands for as long as it counts. */
    public boolean lifetimeBanStands() {
        return latestCounting != null && latestCounting.kind() == SanctionKind.LIFETIME_BAN;
    }
}
