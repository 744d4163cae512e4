package org.conductpolicy.api.fact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kebab-case spelling of enumerated values in case files and decisions: {@code PERSONAL_ATTACK}
 * is written {@code personal-attack}.
 */
public final class WireName {
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Each enum's spellings, by ordinal, worked out once per enum: a decision spells its actions and their
     * values many times over, and the spelling of a constant never changes.
     */
    private static final ClassValue<String[]> SPELLINGS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(constant ->
                            ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toArray(String[]::new);
        }
    };

    private WireName() {}

    /**
     * Whether {@code text} is spelled as case files spell a value: lower-case words (letters or digits)
     * joined by single hyphens, such as {@code personal-attack}.
     */
    public static boolean isKebabCase(String text) {
        return text != null && KEBAB_CASE.matcher(text).matches();
    }

    /** The case-file spelling of a constant. */
    public static String of(Enum<?> value) {
        return SPELLINGS.get(value.getDeclaringClass())[value.ordinal()];
    }

    /** A kebab-case spelling as a sentence says it: {@code derogatory-description} is "derogatory description". */
    public static String inWords(String wire) {
        return wire.replace('-', ' ');
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
