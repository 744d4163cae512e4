package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter from the admin team to a person, about a sanction or an appeal (ESC-4).
 *
 * @param id unique among communications
 * @param person the id of the person written to
 * @param on the day it is dated
 * @param about the id of the sanction or appeal it is about, or {@code null}
 * @param signedOffBy the ids of the admins who signed it off; empty when none has
 * @param logged whether it has been logged with the Secretary
 */
public record Communication(
        String id, String person, LocalDate on, String about, List<String> signedOffBy, boolean logged)
        implements Fact {
    public Communication {
        Required.id(id, FactType.COMMUNICATION);
        Required.field(person, FactType.COMMUNICATION, id, "person");
        Required.field(on, FactType.COMMUNICATION, id, "on");
        Required.optional(about, FactType.COMMUNICATION, id, "about");
        Required.field(signedOffBy, FactType.COMMUNICATION, id, "signedOffBy");
        signedOffBy.forEach(signer -> Required.field(signer, FactType.COMMUNICATION, id, "signedOffBy"));
        signedOffBy = List.copyOf(signedOffBy);
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        references.add(new Reference("person", FactType.PERSON, person));
        if (about != null) {
            references.add(new Reference("about", List.of(FactType.SANCTION, FactType.APPEAL), about));
        }
        signedOffBy.forEach(signer -> references.add(new Reference("signedOffBy", FactType.PERSON, signer)));
        return references;
    }
}
