package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFileException;
import org.conductpolicy.io.CaseFiles;
import org.conductpolicy.io.Casebook;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the case-file reader with mutations of the casebook's own files (bytes flipped, cut, lines
 * repeated, values made huge, lists nested deep, control characters, byte-order marks): every input either
 * decides or is refused by the reader with a {@link CaseFileException} (an {@link InvalidFactException}
 * reaches the reader as one), and none hangs, exhausts memory or fails with any other exception.
 *
 * <p>Each build runs {@value #DEFAULT_INPUTS} inputs (a few seconds); {@code
 * -Dconductpolicy.fuzz.inputs=N} runs N, and {@code -Dconductpolicy.fuzz.seed=S} another sequence. A
 * failure names the seed and the input's number, so that it can be run again.
 */
class CaseFileFuzzTest {
    static final int DEFAULT_INPUTS = 200;
    private static final int INPUTS = Integer.getInteger("conductpolicy.fuzz.inputs", DEFAULT_INPUTS);
    private static final long SEED = Long.getLong("conductpolicy.fuzz.seed", 13L);
    private static final Duration PER_INPUT = Duration.ofSeconds(20);
    private static final PolicyEngine ENGINE = Rules.ENGINE;

    @Test
    void everyMutatedCaseFileDecidesOrIsRefusedByTheReaderWithinItsTime() throws Exception {
        List<Seed> seeds = casebook();
        Random random = new Random(SEED);
        int decided = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            String input = Mutations.apply(seed.text(), random);
            String name = i % 7 == 0 ? "case.json" : seed.name();
            String where = "seed " + SEED + ", input " + i + " (from " + seed.name() + ")";
            Outcome outcome = assertTimeoutPreemptively(PER_INPUT, () -> outcome(input, name, where), where);
            if (outcome == Outcome.DECIDED) {
                decided++;
            } else {
                refused++;
            }
        }
        System.out.printf(
                "case-file fuzz: %d inputs (seed %d): %d decided, %d refused by the reader%n",
                INPUTS, SEED, decided, refused);
        assertThat(decided + refused).isEqualTo(INPUTS);
        assertThat(refused).as("mutations the reader refuses").isPositive();
    }

    private enum Outcome {
        DECIDED,
        REFUSED
    }

    private static Outcome outcome(String input, String name, String where) {
        CaseFile caseFile;
        try {
            caseFile = CaseFiles.parse(input, name, ENGINE.conductTable());
        } catch (CaseFileException refused) {
            assertThat(refused.getMessage())
                    .as(where)
                    .doesNotContain("\u001B", "\n")
                    .hasSizeLessThan(2_000);
            return Outcome.REFUSED;
        } catch (RuntimeException | Error other) {
            throw new AssertionError(where + ": the reader failed with " + other + " on:\n" + preview(input), other);
        }
        try {
            ENGINE.decide(caseFile.asOf(), caseFile.facts());
            return Outcome.DECIDED;
        } catch (RuntimeException | Error other) {
            return fail(where + ": a case the reader accepted did not decide: " + other + "\n" + preview(input), other);
        }
    }

    private static String preview(String input) {
        return input.length() <= 2_000 ? input : input.substring(0, 2_000) + "...";
    }

    private record Seed(String name, String text) {}

    private static List<Seed> casebook() throws URISyntaxException, IOException {
        Path folder = Path.of(CaseFileFuzzTest.class.getResource("/casebook").toURI());
        List<Seed> seeds = new ArrayList<>();
        for (Path file : Casebook.caseFilesUnder(List.of(folder))) {
            seeds.add(new Seed(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertThat(seeds).isNotEmpty();
        return seeds;
    }
}
