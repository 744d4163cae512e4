package org.conductpolicy.api;

import java.time.LocalDate;

/**
 * A field an {@link Action} may carry besides its type, due day, clauses and reason, in the order
 * decisions list them (policy-core/docs/case-files.md). Ids and enumerated values are text; {@code days} is a number;
 * {@code until} and {@code windowEnds} are days. Which enum an enumerated field's text spells depends on
 * the action: {@link ActionType#vocabulary(ActionField)}.
 */
public enum ActionField {
    PERSON("person", String.class),
    PLATFORM("platform", String.class),
    INCIDENT("incident", String.class),
    DAYS("days", Integer.class),
    UNTIL("until", LocalDate.class),
    WINDOW_ENDS("windowEnds", LocalDate.class),
    COMMUNICATION("communication", String.class),
    RECORD("record", String.class),
    APPEAL("appeal", String.class),
    COMPLAINT("complaint", String.class),
    CRISIS("crisis", String.class),
    SIDE("side", String.class),
    TO("to", String.class),
    BY("by", String.class),
    REASON("reason", String.class),
    ROLE("role", String.class),
    POST("post", String.class),
    SANCTION("sanction", String.class),
    ABOUT("about", String.class),
    PROBLEM("problem", String.class);

    private final String wireName;
    private final Class<?> valueType;

    ActionField(String wireName, Class<?> valueType) {
        this.wireName = wireName;
        this.valueType = valueType;
    }

    /** The field's name in decisions and case files, such as {@code windowEnds}. */
    public String wireName() {
        return wireName;
    }

    /** The Java type of the field's value: {@code String}, {@code Integer} or {@code LocalDate}. */
    public Class<?> valueType() {
        return valueType;
    }
}
