package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * A record kept by the Secretary: the case-file type {@code record} (ESC-4, EXT-2).
 *
 * @param id unique among records
 * @param on the day it was logged
 * @param matter the id of the appeal or complaint it belongs to, or {@code null}
 */
public record KeptRecord(String id, LocalDate on, String matter) implements Fact {
    public KeptRecord {
        Required.id(id, FactType.RECORD);
        Required.field(on, FactType.RECORD, id, "on");
        Required.optional(matter, FactType.RECORD, id, "matter");
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return matter == null
                ? List.of()
                : List.of(new Reference("matter", List.of(FactType.APPEAL, FactType.COMPLAINT), matter));
    }
}
