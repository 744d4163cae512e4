package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;
import org.conductpolicy.api.InvalidFactException;

/**
 * Something a person did on a platform on a day, described by its conduct.
 *
 * <p>The conduct and the characteristic are spelled as case files spell them ({@code personal-attack},
 * {@code sexual-orientation}); the record checks only that spelling. Which kinds exist, and which take a
 * characteristic, is the rule set's conduct table ({@code conduct.properties}): the engine refuses an
 * incident whose conduct its table does not list.
 *
 * <pre>{@code
 * Incident.consulted("i1", "member-17", "clp-page", LocalDate.of(2025, 1, 10), "personal-attack");
 * Incident.consulted("i2", "member-17", "clp-page", LocalDate.of(2025, 2, 3), "discrimination")
 *         .withCharacteristic("religion");
 * }</pre>
 *
 * @param id unique among incidents
 * @param person the id of the person whose conduct it was
 * @param platform the id of the platform it happened on
 * @param on the day it happened
 * @param conduct what it was: a kind of conduct of the conduct table, such as {@code trolling}
 * @param characteristic for a kind that takes one (discrimination), the characteristic discriminated on,
 *     such as {@code religion}; otherwise {@code null}
 * @param adminsConsulted whether the platform's admins have been consulted about it (ESC-1, INT-12)
 */
public record Incident(
        String id,
        String person,
        String platform,
        LocalDate on,
        String conduct,
        String characteristic,
        boolean adminsConsulted)
        implements Fact {
    public Incident {
        Required.id(id, FactType.INCIDENT);
        Required.field(person, FactType.INCIDENT, id, "person");
        Required.field(platform, FactType.INCIDENT, id, "platform");
        Required.field(on, FactType.INCIDENT, id, "on");
        Required.field(conduct, FactType.INCIDENT, id, "conduct");
        kebabCase(conduct, id, "conduct", "personal-attack");
        if (characteristic != null) {
            kebabCase(characteristic, id, "characteristic", "sexual-orientation");
        }
    }

    /** An incident on which the platform's admins have been consulted: the ladder may act on it. */
    public static Incident consulted(String id, String person, String platform, LocalDate on, String conduct) {
        return new Incident(id, person, platform, on, conduct, null, true);
    }

    /** An incident the admins have not yet been consulted on: it goes to them first (INT-12). */
    public static Incident notYetConsulted(String id, String person, String platform, LocalDate on, String conduct) {
        return new Incident(id, person, platform, on, conduct, null, false);
    }

    /** This incident, on the characteristic given (for discrimination: CoC-4). */
    public Incident withCharacteristic(String characteristic) {
        return new Incident(id, person, platform, on, conduct, characteristic, adminsConsulted);
    }

    private static void kebabCase(String value, String id, String field, String example) {
        if (!WireName.isKebabCase(value)) {
            throw new InvalidFactException(
                    FactType.INCIDENT,
                    id,
                    field,
                    "is '" + org.conductpolicy.api.SafeText.of(value)
                            + "': spell it as case files do, in lower-case words joined by hyphens," + " such as "
                            + example);
        }
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return List.of(
                new Reference("person", FactType.PERSON, person),
                new Reference("platform", FactType.PLATFORM, platform));
    }
}
