package org.conductpolicy.io;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.WireName;

/**
 * The enumerated values an action's text fields may take (policy-core/docs/case-files.md's actions), so that an
 * expectation with a misspelt value is rejected rather than silently never matching.
 */
final class ActionValues {
    private static final Map<ActionType, Map<ActionField, List<String>>> ALLOWED = allowed();

    private ActionValues() {}

    private static Map<ActionType, Map<ActionField, List<String>>> allowed() {
        Map<ActionType, Map<ActionField, List<String>>> allowed = new EnumMap<>(ActionType.class);
        List<String> sides = wireNames(Side.class);
        put(allowed, ActionType.HEAR, ActionField.SIDE, sides);
        put(allowed, ActionType.ROUTE_APPEAL, ActionField.TO, List.of("secretary", "ec-officer"));
        put(allowed, ActionType.DECIDE_APPEAL, ActionField.BY, List.of("executive-committee"));
        put(
                allowed,
                ActionType.ROUTE_COMPLAINT,
                ActionField.TO,
                List.of("admin-team", "secretary", "executive-committee", "national-complaints"));
        put(
                allowed,
                ActionType.CHANGE_PASSWORD,
                ActionField.REASON,
                List.of("agm", "appointment", "departure", "unauthorised-access"));
        put(allowed, ActionType.APPOINT_ADMIN, ActionField.ROLE, wireNames(RoleName.class));
        put(allowed, ActionType.REPORT_CRISIS, ActionField.TO, List.of("social-media-officer", "ec-officer"));
        return allowed;
    }

    private static void put(
            Map<ActionType, Map<ActionField, List<String>>> allowed,
            ActionType type,
            ActionField field,
            List<String> values) {
        allowed.computeIfAbsent(type, any -> new EnumMap<>(ActionField.class)).put(field, values);
    }

    private static <E extends Enum<E>> List<String> wireNames(Class<E> type) {
        return List.of(WireName.allOf(type).split(", "));
    }

    /**
     * The values {@code field} may take in an action of {@code type} (or of any type, when {@code type}
     * is {@code null}); empty when the field is not enumerated, such as an id.
     */
    static Optional<Set<String>> of(ActionType type, ActionField field) {
        Set<String> values = new LinkedHashSet<>();
        ALLOWED.forEach((action, fields) -> {
            if (type == null || type == action) {
                values.addAll(fields.getOrDefault(field, List.of()));
            }
        });
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }
}
