package org.conductpolicy.api.fact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kebab-case spelling of enumerated values in case files and decisions: {@code PERSONAL_ATTACK}
 * is written {@code personal-attack}.
 */
public final class WireName {
    private WireName() {}

    /** The case-file spelling of a constant. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant spelled {@code wire} in a case file, if there is one. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String wire) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> of(constant).equals(wire))
                .findFirst();
    }

    /** Every spelling a case file may use for {@code type}, comma-separated, for error messages. */
    public static String allOf(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireName::of).collect(Collectors.joining(", "));
    }
}
