package org.conductpolicy.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;

/**
 * How two decisions of one case differ: the actions only the first proposes ({@link #removed}), those only
 * the second proposes ({@link #added}), and the pairs that are the same action with some field changed
 * ({@link #changed}). An action of the one is paired with an action of the same type of the other that
 * has the most field values in common with it, at least one when the type has fields; actions equal on
 * both sides are no difference.
 *
 * @param removed proposed under the old rules only, in the decision's order
 * @param added proposed under the new rules only, in the decision's order
 * @param changed the same action under both, differing in some field
 */
record DecisionDiff(List<Action> removed, List<Action> added, List<Change> changed) {

    /**
     * One action that both rule sets propose, differing in some field.
     *
     * @param before as the old rules propose it
     * @param after as the new rules propose it
     */
    record Change(Action before, Action after) {
        /** The fields both give the same value, by their wire name, in the action's field order. */
        Map<String, String> same() {
            Map<String, String> same = new LinkedHashMap<>();
            compared(before).forEach((name, value) -> {
                if (value.equals(compared(after).get(name)) && isField(name)) {
                    same.put(name, value);
                }
            });
            return same;
        }

        /** Each field that differs, by its wire name, with the old value and the new ({@code -} for none). */
        Map<String, List<String>> differences() {
            Map<String, String> old = compared(before);
            Map<String, String> now = compared(after);
            Map<String, List<String>> differences = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(old.keySet());
            now.keySet().stream().filter(name -> !old.containsKey(name)).forEach(names::add);
            for (String name : names) {
                String was = old.getOrDefault(name, "-");
                String is = now.getOrDefault(name, "-");
                if (!was.equals(is)) {
                    differences.put(name, List.of(was, is));
                }
            }
            return differences;
        }

        private static boolean isField(String name) {
            return !List.of("due", "clauses", "because").contains(name);
        }
    }

    /** Whether the two decisions propose the same actions. */
    boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty() && changed.isEmpty();
    }

    /** How the actions {@code after} proposes differ from those {@code before} proposes. */
    static DecisionDiff of(List<Action> before, List<Action> after) {
        List<Action> removed = new ArrayList<>(before);
        List<Action> added = new ArrayList<>(after);
        for (Action action : before) {
            if (added.remove(action)) {
                removed.remove(action);
            }
        }
        List<Change> changed = new ArrayList<>();
        for (Action old : List.copyOf(removed)) {
            added.stream()
                    .filter(candidate -> candidate.type() == old.type())
                    .filter(candidate -> old.fields().isEmpty() || fieldsInCommon(old, candidate) > 0)
                    .max((one, other) -> Long.compare(fieldsInCommon(old, one), fieldsInCommon(old, other)))
                    .ifPresent(now -> {
                        changed.add(new Change(old, now));
                        removed.remove(old);
                        added.remove(now);
                    });
        }
        return new DecisionDiff(removed, added, changed);
    }

    private static long fieldsInCommon(Action one, Action other) {
        return one.fields().entrySet().stream()
                .filter(field -> Objects.equals(field.getValue(), other.fields().get(field.getKey())))
                .count();
    }

    /** What is compared of an action, each as it is printed, by its wire name, in the order decide writes them. */
    private static Map<String, String> compared(Action action) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<ActionField, Object> field : action.fields().entrySet()) {
            values.put(field.getKey().wireName(), field.getValue().toString());
        }
        values.put("due", action.due().toString());
        values.put("clauses", String.join(", ", action.clauses()));
        values.put("because", action.because());
        return values;
    }
}
