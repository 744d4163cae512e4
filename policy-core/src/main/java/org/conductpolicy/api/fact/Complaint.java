package org.conductpolicy.api.fact;

import java.time.LocalDate;

/**
 * A complaint about content (CMP-1).
 *
 * @param id unique among complaints
 * @param complainant an opaque reference to who complained (not necessarily a person in the case)
 * @param on the day it was made
 * @param involvesMember whether the matter involves another member (CMP-3)
 * @param safeguarding whether it raises a safeguarding concern (CMP-4)
 */
public record Complaint(String id, String complainant, LocalDate on, boolean involvesMember, boolean safeguarding)
        implements Fact {
    public Complaint {
        Required.id(id, FactType.COMPLAINT);
        Required.field(complainant, FactType.COMPLAINT, id, "complainant");
        Required.field(on, FactType.COMPLAINT, id, "on");
    }

    @Override
    public LocalDate dated() {
        return on;
    }
}
