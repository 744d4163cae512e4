package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * An admin or officer was trained on a day (SM-5, EXT-5).
 *
 * @param person the id of the person trained
 * @param on the day they were trained
 */
public record Training(String person, LocalDate on) implements Fact {
    public Training {
        Required.field(person, FactType.TRAINING, "person");
        Required.field(on, FactType.TRAINING, "on");
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return PersonOnPlatform.references(person, null);
    }
}
