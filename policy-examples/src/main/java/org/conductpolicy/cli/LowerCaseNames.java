package org.conductpolicy.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * An option whose values are the constants of an enum, spelled in lower case: both the converter that
 * reads the option and the list its help shows ({@code ${COMPLETION-CANDIDATES}}), so that the two never
 * disagree. A subclass per enum, as picocli makes each by its class.
 */
abstract class LowerCaseNames<E extends Enum<E>> implements CommandLine.ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;

    LowerCaseNames(Class<E> type) {
        this.type = type;
    }

    /** The spelling the option takes for {@code value}. */
    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convert(String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> of(constant).equals(value))
                .findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException(
                        "'" + value + "' is not one of: " + String.join(", ", this)));
    }

    @Override
    public Iterator<String> iterator() {
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(LowerCaseNames::of).toList();
        return names.iterator();
    }
}
