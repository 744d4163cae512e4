package org.conductpolicy.rules;

import java.util.List;
import java.util.Random;

/**
 * Ways to spoil a case file's text, chosen at random, one or two at a time: what a fuzzer would try. A
 * value is made longer than the reader allows; a line or a run of text is repeated up to 300 times, which
 * is as many facts as a decision takes in well under a second (how decisions grow with their facts is
 * measured apart, in the benchmarks).
 */
final class Mutations {
    private static final List<String> HOSTILE = List.of(
            "\u001B[2J",
            "\u202E",
            "\u200B",
            "\u0000",
            "\uFEFF",
            "\r",
            "\n",
            "&a ",
            "*a",
            "!!str ",
            "<<: ",
            "{",
            "}",
            "[",
            "]",
            ": ",
            "- ",
            "'",
            "\"",
            "#",
            "+10000-12-31",
            "-0001-01-01",
            "9999-12-31",
            "2025-02-30",
            "99999999999999999999",
            "1e400",
            "null",
            "~",
            "true",
            "\t",
            "\uD800");

    private Mutations() {}

    static String apply(String text, Random random) {
        String mutated = text;
        int count = random.nextInt(4) == 0 ? 2 : 1;
        for (int i = 0; i < count; i++) {
            mutated = once(mutated, random);
        }
        return mutated;
    }

    private static String once(String text, Random random) {
        if (text.isEmpty()) {
            return HOSTILE.get(random.nextInt(HOSTILE.size()));
        }
        int at = random.nextInt(text.length());
        int end = Math.min(text.length(), at + 1 + random.nextInt(40));
        return switch (random.nextInt(10)) {
            case 0 -> flipped(text, at, random);
            case 1 -> text.substring(0, at);
            case 2 -> text.substring(0, at) + text.substring(end);
            case 3 ->
                text.substring(0, end) + text.substring(at, end).repeat(1 + random.nextInt(300)) + text.substring(end);
            case 4 -> text.substring(0, at) + "x".repeat(1 + random.nextInt(20_000)) + text.substring(at);
            case 5 -> text.substring(0, at) + "[".repeat(1 + random.nextInt(200)) + text.substring(at);
            case 6 -> text.substring(0, at) + HOSTILE.get(random.nextInt(HOSTILE.size())) + text.substring(at);
            case 7 -> lineRepeated(text, random);
            case 8 -> text.replace(text.substring(at, end), HOSTILE.get(random.nextInt(HOSTILE.size())));
            default -> asJson(text, random);
        };
    }

    private static String flipped(String text, int at, Random random) {
        char flipped = (char) (text.charAt(at) ^ (1 << random.nextInt(8)));
        return text.substring(0, at) + flipped + text.substring(at + 1);
    }

    /** A whole line, such as a fact, written again many times: many facts, or a key given twice. */
    private static String lineRepeated(String text, Random random) {
        String[] lines = text.split("\n", -1);
        int line = random.nextInt(lines.length);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if (i == line) {
                out.append((lines[i] + "\n").repeat(random.nextInt(300)));
            }
        }
        return out.toString();
    }

    /** Text in the shape of JSON, for the JSON reader: YAML's flow style is close to it. */
    private static String asJson(String text, Random random) {
        return random.nextBoolean() ? "{\"name\": \"n\", \"asOf\": \"2025-06-02\", \"facts\": [" + text + "]}" : text;
    }
}
