package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * An appeal against a sanction (ESC-5).
 *
 * @param id unique among appeals
 * @param person the id of the appellant
 * @param sanction the id of the sanction appealed against
 * @param on the day it was written
 * @param secretaryInvolved whether the Secretary is involved in the matter (INT-11)
 */
public record Appeal(String id, String person, String sanction, LocalDate on, boolean secretaryInvolved)
        implements Fact {
    public Appeal {
        Required.id(id, FactType.APPEAL);
        Required.field(person, FactType.APPEAL, id, "person");
        Required.field(sanction, FactType.APPEAL, id, "sanction");
        Required.field(on, FactType.APPEAL, id, "on");
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return List.of(
                new Reference("person", FactType.PERSON, person),
                new Reference("sanction", FactType.SANCTION, sanction));
    }
}
