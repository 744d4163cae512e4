package org.conductpolicy.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two ways a case file is written (policy-core/docs/case-files.md), each told by its name's endings. */
public enum CaseFileFormat {
    /** YAML: a name ending {@code .yaml} or {@code .yml}. */
    YAML(".yaml", ".yml"),
    /** JSON: a name ending {@code .json}. */
    JSON(".json");

    private final List<String> endings;

    CaseFileFormat(String... endings) {
        this.endings = List.of(endings);
    }

    /** The format a file's name marks, by its ending (in any case); empty for any other name. */
    public static Optional<CaseFileFormat> ofName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (CaseFileFormat format : values()) {
            if (format.endings.stream().anyMatch(lower::endsWith)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
