package org.conductpolicy.io;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Refuses a YAML case file that is not plain data: one with an anchor ({@code &who}), an alias ({@code
 * *who}), a merge key ({@code <<}) or a tag ({@code !foo}, {@code !!str}). Jackson reads an alias as the
 * text of its name, so {@code person: *who} would decide about a person named {@code who}: a sanction on
 * the wrong person, silently. Refusing all four keeps a case file what it looks like.
 *
 * <p>It reads SnakeYAML's events, which {@code jackson-dataformat-yaml} parses with (and brings): Jackson's
 * own parser reports an alias and a tag, but not the anchor of a scalar ({@code &who m1}), in every
 * version from the oldest supported (2.12) on. The events are read only, never made into objects. Text
 * that is not valid YAML is left to Jackson to report, so that its message is the same whether or not
 * the text also has an alias.
 */
final class PlainYaml {
    /** The one key of YAML's own that is not plain data: {@code <<: *base} merges another mapping in. */
    private static final String MERGE_KEY = "<<";

    private PlainYaml() {}

    /**
     * @throws CaseFileException at the line of the first anchor, alias, merge key or tag, or of a mapping or
     *     list nested past {@link ReadLimits#MAX_DEPTH}, which is refused here before SnakeYAML reads further
     */
    static void check(String text, String file) {
        // For each mapping open around the event: whether the next node in it is a key.
        Deque<Boolean> nextIsKey = new ArrayDeque<>();
        try {
            for (Event event : new Yaml().parse(new StringReader(text))) {
                boolean isKey = !nextIsKey.isEmpty() && nextIsKey.peek();
                if (event instanceof NodeEvent node) {
                    refuseIfNotPlain(node, isKey, file);
                    if (!nextIsKey.isEmpty()) {
                        nextIsKey.push(!nextIsKey.pop());
                    }
                }
                if (event instanceof CollectionStartEvent && nextIsKey.size() == ReadLimits.MAX_DEPTH) {
                    throw CaseFileException.atLine(file, event.getStartMark().getLine() + 1, ReadLimits.tooDeep());
                }
                if (event instanceof MappingStartEvent) {
                    nextIsKey.push(true);
                } else if (event instanceof CollectionStartEvent) {
                    nextIsKey.push(false);
                } else if (event instanceof CollectionEndEvent) {
                    nextIsKey.pop();
                }
            }
        } catch (YAMLException malformed) {
            // Not valid YAML: the reader reports it, as Jackson words it, when it reads the text.
        }
    }

    private static void refuseIfNotPlain(NodeEvent node, boolean isKey, String file) {
        if (node instanceof AliasEvent) {
            throw refused(node, file, "an alias (*" + node.getAnchor() + ")");
        }
        if (node.getAnchor() != null) {
            throw refused(node, file, "an anchor (&" + node.getAnchor() + ")");
        }
        String tag = node instanceof ScalarEvent scalar
                ? scalar.getTag()
                : node instanceof CollectionStartEvent collection ? collection.getTag() : null;
        if (tag != null) {
            throw refused(node, file, "a tag (" + tag + ")");
        }
        if (isKey && node instanceof ScalarEvent key && key.isPlain() && MERGE_KEY.equals(key.getValue())) {
            throw refused(node, file, "a merge key (<<)");
        }
    }

    private static CaseFileException refused(Event event, String file, String what) {
        return CaseFileException.atLine(
                file,
                event.getStartMark().getLine() + 1,
                "has " + what + ": a case file is plain data, so YAML anchors, aliases, merge keys and tags are"
                        + " refused; write each value out where it is used");
    }
}
