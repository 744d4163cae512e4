package org.conductpolicy.rules.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;

/**
 * A case touching as many concerns as merge into one: for each concern folder of the casebook, in name
 * order, the first case (by file name) whose facts merge with those taken so far (a fact of the same type
 * and id must be the same fact), asked on the latest of their days. Today 10 of the 13 folders merge, into
 * 32 facts; no case of communications, conduct or register does (their ids clash), see BENCHMARKS.md.
 */
record EveryConcernCase(LocalDate asOf, List<Fact> facts) {

    static EveryConcernCase of(ConductTable conduct) {
        Map<String, Fact> merged = new LinkedHashMap<>();
        LocalDate asOf = LocalDate.MIN;
        for (Path concern : sorted(casebook())) {
            for (Path file : sorted(concern)) {
                CaseFile caseFile = CaseFiles.read(file, conduct);
                if (mergesWith(merged, caseFile.facts())) {
                    caseFile.facts().forEach(fact -> merged.put(key(fact), fact));
                    asOf = caseFile.asOf().isAfter(asOf) ? caseFile.asOf() : asOf;
                    break;
                }
            }
        }
        return new EveryConcernCase(asOf, List.copyOf(merged.values()));
    }

    private static boolean mergesWith(Map<String, Fact> merged, List<Fact> facts) {
        return facts.stream().allMatch(fact -> {
            Fact known = merged.get(key(fact));
            return known == null || known.equals(fact);
        });
    }

    private static String key(Fact fact) {
        return fact.type() + "/" + (fact.id() == null ? fact.toString() : fact.id());
    }

    private static Path casebook() {
        try {
            return Path.of(EveryConcernCase.class.getResource("/casebook").toURI());
        } catch (URISyntaxException notAPath) {
            throw new IllegalStateException(notAPath);
        }
    }

    private static List<Path> sorted(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
