package org.conductpolicy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the policy says should happen next, as of a day: every action needed, in policy-core/docs/case-files.md's
 * stable order. The same facts, given in any order, make an equal decision. Two decisions are equal when
 * their days and actions are; actions are equal whichever rule proposed them ({@link Action#equals}), so
 * two rule sets that decide the same make equal decisions. An empty list of actions means nothing is
 * needed.
 *
 * @param asOf the day the question was asked
 * @param actions the actions needed, sorted
 */
public record Decision(LocalDate asOf, List<Action> actions) {
    public Decision {
        Objects.requireNonNull(asOf, "asOf");
        actions = actions.stream().sorted().toList();
    }

    /** The actions of one type, in order. */
    public List<Action> actionsOf(ActionType type) {
        return actions.stream().filter(action -> action.type() == type).toList();
    }

    /** Whether nothing is needed. */
    public boolean isEmpty() {
        return actions.isEmpty();
    }
}
