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
        Required.field(id, "communication", null, "id");
        Required.field(person, "communication", id, "person");
        Required.field(on, "communication", id, "on");
        Required.optional(about, "communication", id, "about");
        Required.field(signedOffBy, "communication", id, "signedOffBy");
        signedOffBy.forEach(signer -> Required.field(signer, "communication", id, "signedOffBy"));
        signedOffBy = List.copyOf(signedOffBy);
    }

    @Override
    public String type() {
        return "communication";
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        references.add(new Reference("person", "person", person));
        if (about != null) {
            references.add(new Reference("about", List.of("sanction", "appeal"), about));
        }
        signedOffBy.forEach(signer -> references.add(new Reference("signedOffBy", "person", signer)));
        return references;
    }
}
