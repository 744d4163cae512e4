package org.conductpolicy.rules.properties;

import java.util.ArrayList;
import java.util.List;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.quicktheories.core.Gen;

/** The generator of valid case histories that every property is checked over. */
final class Histories {
    private Histories() {}

    /**
     * Histories of one to three people on one to three platforms, simulated event by event from a start
     * day; they shrink to fewer people, platforms and events.
     */
    static Gen<History> histories() {
        return in -> {
            int peopleCount = CaseGenerators.peopleCounts().generate(in);
            List<Person> people = new ArrayList<>();
            for (int number = 1; number <= peopleCount; number++) {
                people.add(CaseGenerators.person(number).generate(in));
            }
            int platformCount = CaseGenerators.platformCounts().generate(in);
            List<Platform> platforms = new ArrayList<>();
            for (int number = 1; number <= platformCount; number++) {
                platforms.add(CaseGenerators.platform(number).generate(in));
            }
            HistorySimulation simulation = HistorySimulation.start(
                    people, platforms, CaseGenerators.startDays().generate(in));
            int eventCount = CaseGenerators.eventCounts().generate(in);
            for (int event = 0; event < eventCount; event++) {
                simulation.step(in);
            }
            return simulation.finish(CaseGenerators.finalGaps().generate(in));
        };
    }
}
