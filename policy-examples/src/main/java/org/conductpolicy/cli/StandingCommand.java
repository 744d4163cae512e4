package org.conductpolicy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.LadderStanding;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.WireName;
import org.conductpolicy.io.CaseFile;
import org.conductpolicy.io.CaseFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policy standing FILE}: where each person of a case file stands on the ladder as of its {@code
 * asOf} ({@link PolicyEngine#standing}), as text, one line a person, or as JSON.
 */
@Command(
        name = "standing",
        description = {
            "Print where each person of a case file stands on the ladder as of its asOf: the latest sanction that"
                    + " counts, the last day of the window a next breach would fall in, and what that breach would"
                    + " bring.",
            "A file that cannot be read prints nothing on standard output, the reason on standard error, and the"
                    + " exit code is 2."
        })
final class StandingCommand implements Callable<Integer> {
    private final Engines engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (the default: one line a person) or json.")
    private TextOrJson format = TextOrJson.TEXT;

    @Parameters(paramLabel = "FILE", description = "A case file (.yaml, .yml or .json).")
    private Path file;

    StandingCommand(Engines engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        PolicyEngine engine = engines.load(options.rules());
        CaseFile caseFile = CaseFiles.read(file, engine.conductTable());
        List<LadderStanding> standings = engine.standing(caseFile.asOf(), caseFile.facts());
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.JSON) {
            out.println(json(caseFile, standings));
        } else {
            out.println("Standing on the ladder as of " + caseFile.asOf());
            standings.forEach(standing -> out.println(sentence(standing)));
        }
        out.flush();
        return 0;
    }

    /** One person's standing in words, such as "alex: none counting: a next breach brings a warning". */
    static String sentence(LadderStanding standing) {
        Sanction latest = standing.latestCounting();
        String counting = latest == null
                ? "none counting"
                : WireName.inWords(WireName.of(latest.kind())) + " " + latest.id() + " of " + latest.on()
                        + (standing.lifetimeBanStands() ? " stands" : " counts");
        String next = standing.windowEnds() == null
                ? "a next breach brings a warning"
                : "a breach on or before " + standing.windowEnds() + " brings " + step(standing);
        return standing.person() + ": " + counting + ": " + next;
    }

    private static String step(LadderStanding standing) {
        return standing.nextBreachBrings() == ActionType.BAN
                ? "a " + standing.banDays() + "-day ban"
                : "a lifetime ban";
    }

    private static String json(CaseFile caseFile, List<LadderStanding> standings) throws JsonProcessingException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asOf", caseFile.asOf().toString());
        document.put(
                "standings", standings.stream().map(StandingCommand::fields).toList());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
    }

    private static Map<String, Object> fields(LadderStanding standing) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("person", standing.person());
        Sanction latest = standing.latestCounting();
        if (latest != null) {
            Map<String, Object> sanction = new LinkedHashMap<>();
            sanction.put("id", latest.id());
            sanction.put("kind", WireName.of(latest.kind()));
            sanction.put("platform", latest.platform());
            sanction.put("on", latest.on().toString());
            if (latest.until() != null) {
                sanction.put("until", latest.until().toString());
            }
            fields.put("latestCounting", sanction);
        }
        if (standing.windowEnds() != null) {
            fields.put("windowEnds", standing.windowEnds().toString());
        }
        fields.put("nextBreachBrings", standing.nextBreachBrings().wireName());
        if (standing.banDays() != null) {
            fields.put("banDays", standing.banDays());
        }
        fields.put("sentence", sentence(standing));
        return fields;
    }
}
