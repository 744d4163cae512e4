package org.conductpolicy.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.TSFBuilder;

/**
 * Leaves the limits on a case file to the reader's own ({@link ReadLimits}), the same for every
 * supported Jackson: Jackson 2.15 and later limit a number to 1,000 digits while parsing, which 2.12 does
 * not, so a longer number would be refused with Jackson's words by one and the reader's by the other.
 * Lifting Jackson's limit where it has one lets {@link ReadLimits#MAX_VALUE_CHARACTERS} decide for every
 * version. Jackson's other limits (nesting, string and name length) are above the reader's, which are met
 * first. The class that names {@code StreamReadConstraints} is loaded only when Jackson has it.
 */
final class JacksonLimits {
    private static final boolean HAS_CONSTRAINTS = present();

    private JacksonLimits() {}

    private static boolean present() {
        try {
            Class.forName(
                    "com.fasterxml.jackson.core.StreamReadConstraints", false, JacksonLimits.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError older) {
            return false;
        }
    }

    static <B extends TSFBuilder<?, B>> B lifted(B builder) {
        return HAS_CONSTRAINTS ? Constraints.lifted(builder) : builder;
    }

    /** Loaded only when {@code StreamReadConstraints} exists (Jackson 2.15 and later). */
    private static final class Constraints {
        static <B extends TSFBuilder<?, B>> B lifted(B builder) {
            return builder.streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(Integer.MAX_VALUE)
                    .build());
        }
    }
}
