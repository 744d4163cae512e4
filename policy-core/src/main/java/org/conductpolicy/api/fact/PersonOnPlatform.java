package org.conductpolicy.api.fact;

import java.util.List;

/** The references of facts that name a person and, optionally, a platform. */
final class PersonOnPlatform {
    private PersonOnPlatform() {}

    static List<Reference> references(String person, String platform) {
        Reference who = new Reference("person", FactType.PERSON, person);
        return platform == null ? List.of(who) : List.of(who, new Reference("platform", FactType.PLATFORM, platform));
    }
}
