package org.conductpolicy.api.fact;

import java.time.LocalDate;
import org.conductpolicy.api.InvalidFactException;

/**
 * An online platform: a website, an email domain, a page, group or account, or the password store.
 *
 * @param id unique among platforms
 * @param kind what sort of platform it is
 * @param owner who owns it (OWN-1)
 * @param domainRegistrant for a website or email domain, to whom the domain is registered (OWN-2);
 *     {@code null} when not known
 * @param presentsAsClp whether it presents itself as the CLP's (OWN-3)
 */
public record Platform(String id, PlatformKind kind, Owner owner, Owner domainRegistrant, boolean presentsAsClp)
        implements Fact {
    public Platform {
        Required.id(id, FactType.PLATFORM);
        Required.field(kind, FactType.PLATFORM, id, "kind");
        Required.field(owner, FactType.PLATFORM, id, "owner");
        if (domainRegistrant != null && kind != PlatformKind.WEBSITE && kind != PlatformKind.EMAIL) {
            throw new InvalidFactException(
                    FactType.PLATFORM, id, "domainRegistrant", "is only for a website or an email domain");
        }
    }

    /** A platform with no domain registrant recorded that does not present itself as the CLP's. */
    public Platform(String id, PlatformKind kind, Owner owner) {
        this(id, kind, owner, null, false);
    }

    @Override
    public LocalDate dated() {
        return null;
    }
}
