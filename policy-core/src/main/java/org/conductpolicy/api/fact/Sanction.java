package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.InvalidFactException;

/**
 * A step of the ladder that has been issued: a warning, a ban of some days, or a lifetime ban.
 *
 * @param id unique among sanctions
 * @param person the id of the person sanctioned
 * @param platform the id of the platform it applies to
 * @param kind warning, ban or lifetime ban
 * @param on the day it was issued
 * @param days for a ban, how many days it lasts; otherwise {@code null}
 * @param incident the id of the incident it answered, or {@code null} when not recorded
 */
public record Sanction(
        String id, String person, String platform, SanctionKind kind, LocalDate on, Integer days, String incident)
        implements Fact {
    public Sanction {
        Required.id(id, FactType.SANCTION);
        Required.field(person, FactType.SANCTION, id, "person");
        Required.field(platform, FactType.SANCTION, id, "platform");
        Required.field(kind, FactType.SANCTION, id, "kind");
        Required.field(on, FactType.SANCTION, id, "on");
        Required.optional(incident, FactType.SANCTION, id, "incident");
        if (kind == SanctionKind.BAN) {
            Required.field(days, FactType.SANCTION, id, "days");
            if (days <= 0) {
                throw new InvalidFactException(FactType.SANCTION, id, "days", "must be positive");
            }
        } else if (days != null) {
            throw new InvalidFactException(FactType.SANCTION, id, "days", "is only for kind 'ban'");
        }
    }

    /** A warning issued on {@code on} for the incident {@code incident}: the ladder's first step (ESC-1). */
    public static Sanction warning(String id, String person, String platform, LocalDate on, String incident) {
        return new Sanction(id, person, platform, SanctionKind.WARNING, on, null, incident);
    }

    /** A ban of {@code days} days for an incident. */
    public static Sanction ban(String id, String person, String platform, LocalDate on, int days, String incident) {
        return new Sanction(id, person, platform, SanctionKind.BAN, on, days, incident);
    }

    /** A lifetime ban for an incident. */
    public static Sanction lifetimeBan(String id, String person, String platform, LocalDate on, String incident) {
        return new Sanction(id, person, platform, SanctionKind.LIFETIME_BAN, on, null, incident);
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    /** For a ban, the day it lifts (the day it was issued plus its days); otherwise {@code null}. */
    public LocalDate until() {
        return days == null ? null : on.plusDays(days);
    }

    @Override
    public List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        references.add(new Reference("person", FactType.PERSON, person));
        references.add(new Reference("platform", FactType.PLATFORM, platform));
        if (incident != null) {
            references.add(new Reference("incident", FactType.INCIDENT, incident));
        }
        return references;
    }
}
