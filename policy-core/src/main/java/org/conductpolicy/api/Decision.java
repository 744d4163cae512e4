package org.conductpolicy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the policy says should happen next, as of a day: every action needed, in policy-core/docs/case-files.md's
 * stable order. The same facts, given in any order, make an equal decision. Two decisions are equal when
 * their days and actions are; actions are equal whichever rule proposed them ({@link Action#equals}), and
 * the version of the rules that made them is not compared, so two rule sets that decide the same make
 * equal decisions. An empty list of actions means nothing is needed.
 *
 * @param asOf the day the question was asked
 * @param actions the actions needed, sorted
 * @param rulesVersion the version of the rule set that decided ({@code sha256:} and the digest of its rule
 *     files, parameters, clause catalogue and conduct table), so that a logged decision can be replayed
 *     under the same rules; empty for a decision no engine made
 */
public record Decision(LocalDate asOf, List<Action> actions, String rulesVersion) {
    public Decision {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        actions = actions.stream().sorted().toList();
    }

    /** A decision no engine made (such as an expected one, written by hand): its rules version is empty. */
    public Decision(LocalDate asOf, List<Action> actions) {
        this(asOf, actions, "");
    }

    /** The actions of one type, in order. */
    public List<Action> actionsOf(ActionType type) {
        return actions.stream().filter(action -> action.type() == type).toList();
    }

    /** Whether nothing is needed. */
    public boolean isEmpty() {
        return actions.isEmpty();
    }

    /** Equal days and equal actions, whichever rules decided ({@link #rulesVersion} is not compared). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Decision decision && asOf.equals(decision.asOf) && actions.equals(decision.actions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, actions);
    }
}
