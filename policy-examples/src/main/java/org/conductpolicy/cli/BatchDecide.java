package org.conductpolicy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.conductpolicy.api.BatchResult;
import org.conductpolicy.api.Case;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFileFormat;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.DecisionJson;

/**
 * {@code policy decide --batch}: decides case files, the files under folders and JSON Lines on standard input
 * ({@code -}, one case a line) with {@link PolicyEngine#decideAll}, and prints a JSON line per case, in input
 * order, as each is decided: its {@code file} (or, from standard input, its {@code line}) and its decision,
 * or an {@code error} saying why it could not be read or decided. A case that fails does not stop the others.
 * Cases are read on the calling thread, a few ahead of the last line printed, so a long stream never sits in
 * memory whole.
 */
final class BatchDecide {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One case to come: where it is (the head of its JSON line) and how to read it. */
    private record Entry(ObjectNode where, Supplier<CaseFile> read) {}

    /** Where a case read or failed to read: printed in input order as the batch hands its results on. */
    private record Pending(ObjectNode where, PolicyException unread) {}

    private final PolicyEngine engine;
    private final PrintWriter out;
    private final Progress progress;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private int failed;

    BatchDecide(PolicyEngine engine, PrintWriter out, Progress progress) {
        this.engine = engine;
        this.out = out;
        this.progress = progress;
    }

    /**
     * Decides every case under {@code paths} (a folder's case files in name order, {@code -} standard input
     * as JSON Lines) and prints each one's line.
     *
     * @return how many cases could not be read or decided
     */
    int run(List<Path> paths, Supplier<InputStream> stdin) {
        // Every folder is listed first, so that a path that does not exist stops the run before it prints.
        List<Supplier<Stream<Entry>>> sources = paths.stream()
                .<Supplier<Stream<Entry>>>map(path -> {
                    if (path.equals(DecideCommand.DASH)) {
                        return () -> jsonLines(stdin.get());
                    }
                    List<Path> files = CasePaths.filesUnder(List.of(path));
                    return () -> files.stream().map(this::caseFile);
                })
                .toList();
        Iterator<Entry> entries = sources.stream().flatMap(Supplier::get).iterator();
        engine.decideAll(new Cases(entries), this::print);
        printUnreadCases();
        progress.done();
        out.flush();
        return failed;
    }

    private Entry caseFile(Path file) {
        return new Entry(
                JSON.createObjectNode().put("file", file.toString()),
                () -> CaseFiles.read(file, engine.conductTable()));
    }

    /** A line of standard input, counting from 1. */
    private record Line(int number, String text) {}

    /** Each line of standard input that is not blank, as a case in JSON. */
    private Stream<Entry> jsonLines(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int[] count = {0};
        return reader.lines()
                .map(text -> new Line(++count[0], text))
                .filter(line -> !line.text().isBlank())
                .map(line -> new Entry(
                        JSON.createObjectNode().put("line", line.number()),
                        () -> CaseFiles.parse(
                                line.text(),
                                DecideCommand.STANDARD_INPUT + " line " + line.number(),
                                CaseFileFormat.JSON,
                                engine.conductTable())));
    }

    /** The cases that read, in order; each case read or not is noted in {@link #pending}, in order. */
    private final class Cases implements Iterator<Case> {
        private final Iterator<Entry> entries;
        private Case next;

        Cases(Iterator<Entry> entries) {
            this.entries = entries;
        }

        @Override
        public boolean hasNext() {
            while (next == null && entries.hasNext()) {
                Entry entry = entries.next();
                try {
                    CaseFile caseFile = entry.read().get();
                    next = new Case(caseFile.asOf(), caseFile.facts());
                    pending.add(new Pending(entry.where(), null));
                } catch (PolicyException unreadable) {
                    pending.add(new Pending(entry.where(), unreadable));
                }
            }
            return next != null;
        }

        @Override
        public Case next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Case aCase = next;
            next = null;
            return aCase;
        }
    }

    /** Prints the cases before this one that did not read, then this one's decision or failure. */
    private void print(BatchResult result) {
        printUnreadCases();
        ObjectNode line = pending.remove().where();
        result.decision().ifPresent(decision -> line.setAll(decisionJson(DecisionJson.of(decision))));
        result.failure().ifPresent(failure -> fail(line, failure));
        printLine(line);
    }

    private void printUnreadCases() {
        while (!pending.isEmpty() && pending.peek().unread() != null) {
            Pending unread = pending.remove();
            fail(unread.where(), unread.unread());
            printLine(unread.where());
        }
    }

    private void fail(ObjectNode line, PolicyException failure) {
        failed++;
        line.put("error", failure.getMessage());
    }

    private void printLine(ObjectNode line) {
        try {
            out.print(JSON.writeValueAsString(line) + "\n");
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("a batch line could not be written as JSON", unwritable);
        }
        progress.oneMore();
    }

    private static ObjectNode decisionJson(String decision) {
        try {
            return (ObjectNode) JSON.readTree(decision);
        } catch (JsonProcessingException notJson) {
            throw new IllegalStateException("DecisionJson wrote a decision that is not JSON", notJson);
        }
    }

    /**
     * A count of the cases done, on standard error, rewritten in place every {@link #EVERY} cases and at the
     * end, when standard error is a terminal; nothing otherwise, so that a log or a pipe gets no noise.
     */
    static final class Progress {
        static final int EVERY = 1000;
        private final PrintWriter err;
        private final boolean terminal;
        private long done;

        Progress(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void oneMore() {
            done++;
            if (terminal && done % EVERY == 0) {
                err.print("\rdecided " + done + " cases");
                err.flush();
            }
        }

        void done() {
            if (terminal) {
                err.print("\rdecided " + done + " cases\n");
                err.flush();
            }
        }
    }
}
