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
        Required.field(id, "appeal", null, "id");
        Required.field(person, "appeal", id, "person");
        Required.field(sanction, "appeal", id, "sanction");
        Required.field(on, "appeal", id, "on");
    }

    @Override
    public String type() {
        return "appeal";
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return List.of(new Reference("person", "person", person), new Reference("sanction", "sanction", sanction));
    }
}
