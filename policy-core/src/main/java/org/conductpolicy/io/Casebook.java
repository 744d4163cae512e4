package org.conductpolicy.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;

/**
 * Runs case files against an engine and says, for each, whether it passed: each {@code expect} entry
 * matches some action proposed and no {@code expectNot} entry matches any (policy-core/docs/case-files.md). A file that
 * cannot be read fails with the reader's message; the others still run.
 */
public final class Casebook {
    private final PolicyEngine engine;

    /** A casebook run against {@code engine}. */
    public Casebook(PolicyEngine engine) {
        this.engine = engine;
    }

    /**
     * Every case file under the given files and folders, folders searched recursively, each folder's
     * files in name order; a file named directly is taken whatever its extension.
     *
     * @throws CaseFileException when a path does not exist, or cannot be listed
     */
    public static List<Path> caseFilesUnder(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(CaseFiles::isCaseFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException unreadable) {
                    throw CaseFileException.ofFile(path.toString(), "cannot be listed: " + unreadable);
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw CaseFileException.ofFile(path.toString(), "does not exist");
            }
        }
        return files;
    }

    /** Runs every case file under the given files and folders, in the order {@link #caseFilesUnder} finds them. */
    public List<CaseResult> run(Collection<Path> paths) {
        return caseFilesUnder(paths).stream().map(this::run).toList();
    }

    /** Runs one case file; a file that cannot be read is a failure with the reader's message. */
    public CaseResult run(Path file) {
        CaseFile caseFile;
        try {
            caseFile = CaseFiles.read(file, engine.conductTable());
        } catch (CaseFileException unreadable) {
            return new CaseResult(file.toString(), file.toString(), List.of(unreadable.getMessage()), List.of());
        }
        return run(caseFile);
    }

    /** Decides one case and checks its expectations. */
    public CaseResult run(CaseFile caseFile) {
        Decision decision;
        try {
            decision = engine.decide(caseFile.asOf(), caseFile.facts());
        } catch (PolicyException failed) {
            return new CaseResult(caseFile.source(), caseFile.name(), List.of(failed.getMessage()), List.of());
        }
        List<String> failures = new ArrayList<>();
        checkClauses(caseFile, failures);
        for (Expectation expected : caseFile.expect()) {
            if (decision.actions().stream().noneMatch(expected::matches)) {
                failures.add("expected " + expected + ", but no action proposed matches it");
            }
        }
        for (Expectation ruledOut : caseFile.expectNot()) {
            decision.actions().stream()
                    .filter(ruledOut::matches)
                    .findFirst()
                    .ifPresent(action -> failures.add(
                            "expected no " + ruledOut + ", but this was proposed: " + DecisionJson.of(action)));
        }
        return new CaseResult(caseFile.source(), caseFile.name(), failures, decision.actions(), warnings(caseFile));
    }

    /**
     * What makes a case a weak test though it may pass: it expects nothing, so that it passes whatever is
     * decided; or an expectation gives {@code because}, a sentence, word for word, so that rewording a
     * reason fails a case that decides the same.
     */
    static List<String> warnings(CaseFile caseFile) {
        List<String> warnings = new ArrayList<>();
        if (caseFile.expect().isEmpty() && caseFile.expectNot().isEmpty()) {
            warnings.add("the case has no expect and no expectNot, so it passes whatever is decided");
        }
        becauseWarnings("expect", caseFile.expect(), warnings);
        becauseWarnings("expectNot", caseFile.expectNot(), warnings);
        return warnings;
    }

    private static void becauseWarnings(String section, List<Expectation> expectations, List<String> warnings) {
        for (int index = 0; index < expectations.size(); index++) {
            if (expectations.get(index).because() != null) {
                warnings.add(Entry.expectation(section, index).place()
                        + " gives because word for word, so rewording the reason fails a case that decides the"
                        + " same: expect the action's fields and clauses instead");
            }
        }
    }

    /** An expectation citing a clause the catalogue does not know could never be met: say so plainly. */
    private void checkClauses(CaseFile caseFile, List<String> failures) {
        Stream.concat(caseFile.expect().stream(), caseFile.expectNot().stream())
                .flatMap(expectation -> expectation.clauses().stream())
                .distinct()
                .filter(clause -> !engine.clauses().containsKey(clause))
                .forEach(clause -> failures.add("the clause '" + clause + "' is not in the rules' clause catalogue"));
    }
}
