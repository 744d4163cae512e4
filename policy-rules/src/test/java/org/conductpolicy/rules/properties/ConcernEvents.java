package org.conductpolicy.rules.properties;

import static org.conductpolicy.rules.properties.Timeline.pick;
import static org.conductpolicy.rules.properties.Timeline.pickPreferringTheFirst;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Crisis;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.Post;
import org.conductpolicy.api.fact.Sanction;
import org.quicktheories.core.RandomnessSource;

/**
 * The events of a governance history that belong to no appeal or complaint: letters (about a sanction,
 * an appeal or nothing on record) signed off by people who are admins of the platform concerned that
 * day or not (ESC-4, INT-10), crises reported to nobody, the SMO or an EC officer (SM-4), and posts that
 * speak for the CLP or not, by officers, admins and others, on the CLP's pages and elsewhere (BEH-2, BEH-3).
 */
final class ConcernEvents {
    private final List<Person> people;
    private final GovernancePlatforms platforms;
    private final Timeline timeline;
    private int letters;
    private int crises;
    private int posts;

    ConcernEvents(List<Person> people, GovernancePlatforms platforms, Timeline timeline) {
        this.people = people;
        this.platforms = platforms;
        this.timeline = timeline;
    }

    /**
     * A letter about a sanction, an appeal or nothing on record, signed off by up to three people, most
     * often admins of the platform it concerns on its day (INT-10), logged with the Secretary or not (ESC-4).
     */
    void letter(RandomnessSource in) {
        timeline.advance(in);
        List<Fact> abouts = new ArrayList<>();
        timeline.facts(Sanction.class).forEach(abouts::add);
        timeline.facts(Appeal.class).forEach(abouts::add);
        Optional<Fact> about =
                abouts.isEmpty() || !GovernanceGenerators.lettersAboutAMatter().generate(in)
                        ? Optional.empty()
                        : Optional.of(pick(abouts, in));
        String platform = about.map(this::platformOf)
                .orElseGet(() -> pick(platforms.governed(), in).id());
        ReferenceConcerns concerns = concerns();
        List<String> admins = people.stream()
                .map(Person::id)
                .filter(person -> concerns.isAdminOn(person, platform, timeline.today()))
                .toList();
        List<String> signers = new ArrayList<>();
        int count = GovernanceGenerators.signerCounts().generate(in);
        for (int signer = 0; signer < count; signer++) {
            signers.add(
                    !admins.isEmpty() && GovernanceGenerators.signsAsAnAdmin().generate(in)
                            ? pick(admins, in)
                            : pick(people, in).id());
        }
        timeline.add(new Communication(
                "letter-" + ++letters,
                pick(people, in).id(),
                timeline.today(),
                about.map(Fact::id).orElse(null),
                signers.stream().distinct().toList(),
                GovernanceGenerators.logged().generate(in)));
    }

    /** The reference read from the history so far, its platforms included (who is an admin of what). */
    private ReferenceConcerns concerns() {
        List<Fact> known = new ArrayList<>(platforms.all());
        known.addAll(timeline.events());
        return ReferenceConcerns.of(known);
    }

    private String platformOf(Fact about) {
        String sanction = about instanceof Appeal appeal ? appeal.sanction() : about.id();
        return timeline.facts(Sanction.class)
                .filter(s -> s.id().equals(sanction))
                .findFirst()
                .orElseThrow()
                .platform();
    }

    /** A crisis, reported so far to nobody, to the SMO or to an EC officer (SM-4). */
    void crisis(RandomnessSource in) {
        timeline.advance(in);
        timeline.add(new Crisis(
                "crisis-" + ++crises,
                timeline.today(),
                GovernanceGenerators.crisisRecipients().generate(in).orElse(null)));
    }

    /**
     * A post, speaking for the CLP or not, by an officer or admin in post that day (most often) or anyone,
     * on any platform but the store: the CLP's own pages, its groups, a branch's, an individual's.
     */
    void post(RandomnessSource in) {
        timeline.advance(in);
        ReferenceConcerns concerns = concerns();
        // Admins who are not officers first, so that BEH-3's "or admin" is tried on purpose.
        List<String> speakers = people.stream()
                .map(Person::id)
                .filter(person -> concerns.isOfficerOrAdminOn(person, timeline.today()))
                .sorted(Comparator.comparing((String person) -> concerns.isOfficerOn(person, timeline.today())))
                .toList();
        String author = !speakers.isEmpty()
                        && GovernanceGenerators.postsByAnOfficerOrAdmin().generate(in)
                ? pickPreferringTheFirst(speakers, in)
                : pick(people, in).id();
        List<Platform> postable = platforms.notTheStore();
        timeline.add(new Post(
                "post-" + ++posts,
                author,
                pick(postable, in).id(),
                timeline.today(),
                GovernanceGenerators.speaksForClp().generate(in)));
    }
}
