package org.conductpolicy.api.fact;

import java.time.LocalDate;

/**
 * A person the policy applies to: a party member or a member of the public. Only an opaque id is
 * held, never a name.
 *
 * @param id a made-up or opaque identifier, unique among persons
 * @param standing member or public
 */
public record Person(String id, Standing standing) implements Fact {
    public Person {
        Required.id(id, FactType.PERSON);
        Required.field(standing, FactType.PERSON, id, "standing");
    }

    @Override
    public LocalDate dated() {
        return null;
    }
}
