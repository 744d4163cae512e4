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
        Required.field(id, "sanction", null, "id");
        Required.field(person, "sanction", id, "person");
        Required.field(platform, "sanction", id, "platform");
        Required.field(kind, "sanction", id, "kind");
        Required.field(on, "sanction", id, "on");
        Required.optional(incident, "sanction", id, "incident");
        if (kind == SanctionKind.BAN) {
            Required.field(days, "sanction", id, "days");
            if (days <= 0) {
                throw new InvalidFactException("sanction", id, "days", "must be positive");
            }
        } else if (days != null) {
            throw new InvalidFactException("sanction", id, "days", "is only for kind 'ban'");
        }
    }

    /** A warning issued on {@code on} for the incident {@code incident}: the ladder's first step (ESC-1). */
    public static Sanction warning(String id, String person, String platform, LocalDate on, String incident) {
        return new Sanction(id, person, platform, SanctionKind.WARNING, on, null, incident);
    }

    @Override
    public String type() {
        return "sanction";
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
        references.add(new Reference("person", "person", person));
        references.add(new Reference("platform", "platform", platform));
        if (incident != null) {
            references.add(new Reference("incident", "incident", incident));
        }
        return references;
    }
}
