package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;
import org.conductpolicy.api.InvalidFactException;

/**
 * Something a person did on a platform on a day, described by its conduct.
 *
 * @param id unique among incidents
 * @param person the id of the person whose conduct it was
 * @param platform the id of the platform it happened on
 * @param on the day it happened
 * @param conduct what it was, in the code of conduct's vocabulary
 * @param characteristic for discrimination, the characteristic discriminated on; otherwise {@code null}
 * @param adminsConsulted whether the platform's admins have been consulted about it (ESC-1, INT-12)
 */
public record Incident(
        String id,
        String person,
        String platform,
        LocalDate on,
        Conduct conduct,
        Characteristic characteristic,
        boolean adminsConsulted)
        implements Fact {
    public Incident {
        Required.id(id, FactType.INCIDENT);
        Required.field(person, FactType.INCIDENT, id, "person");
        Required.field(platform, FactType.INCIDENT, id, "platform");
        Required.field(on, FactType.INCIDENT, id, "on");
        Required.field(conduct, FactType.INCIDENT, id, "conduct");
        if (conduct == Conduct.DISCRIMINATION) {
            Required.field(characteristic, FactType.INCIDENT, id, "characteristic");
        } else if (characteristic != null) {
            throw new InvalidFactException(
                    FactType.INCIDENT, id, "characteristic", "is only for conduct 'discrimination'");
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
