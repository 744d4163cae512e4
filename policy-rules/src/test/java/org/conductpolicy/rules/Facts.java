package org.conductpolicy.rules;

import static org.conductpolicy.rules.Rules.day;

import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Standing;

/** Short ways to write the ladder's facts in tests; ids are made up. */
final class Facts {
    private Facts() {}

    static Person member(String id) {
        return new Person(id, Standing.MEMBER);
    }

    static Person publicPerson(String id) {
        return new Person(id, Standing.PUBLIC);
    }

    static Platform page(String id) {
        return new Platform(id, PlatformKind.FACEBOOK_PAGE, Owner.CLP);
    }

    /** A breach (a personal attack) the admins have been consulted on. */
    static Incident breach(String id, String person, String platform, String on) {
        return Incident.consulted(id, person, platform, day(on), "personal-attack");
    }

    /** A breach the admins have not yet been consulted on. */
    static Incident unconsultedBreach(String id, String person, String platform, String on) {
        return Incident.notYetConsulted(id, person, platform, day(on), "personal-attack");
    }

    static Incident incident(String id, String person, String platform, String on, String conduct) {
        return Incident.consulted(id, person, platform, day(on), conduct);
    }

    static Sanction warning(String id, String person, String platform, String on, String incident) {
        return Sanction.warning(id, person, platform, day(on), incident);
    }

    static Sanction ban(String id, String person, String platform, String on, String incident) {
        return new Sanction(id, person, platform, SanctionKind.BAN, day(on), 30, incident);
    }
}
