package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * A post made by a person on a platform (BEH-2, BEH-3).
 *
 * @param id unique among posts
 * @param author the id of the person who wrote it; must name a person of the case
 * @param platform the id of the platform it was posted on
 * @param on the day it was posted
 * @param speaksForClp whether it speaks as the CLP's representative
 */
public record Post(
        String id,
        String author,
        String platform,
        LocalDate on,
        @Flag(Flag.IfOmitted.REQUIRED) boolean speaksForClp) implements Fact {
    public Post {
        Required.id(id, FactType.POST);
        Required.field(author, FactType.POST, id, "author");
        Required.field(platform, FactType.POST, id, "platform");
        Required.field(on, FactType.POST, id, "on");
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return List.of(
                new Reference("author", FactType.PERSON, author),
                new Reference("platform", FactType.PLATFORM, platform));
    }
}
