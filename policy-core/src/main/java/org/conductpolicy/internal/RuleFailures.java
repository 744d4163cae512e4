package org.conductpolicy.internal;

import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conductpolicy.api.PolicyException;
import org.conductpolicy.api.PolicyRule;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Turns a failure inside the rules (a rule's consequence or one of its conditions throws while facts are
 * inserted or rules fire) into a {@link PolicyException} that names the rule and its file, so that a host
 * never sees a raw Drools or runtime exception from a decision.
 */
final class RuleFailures {
    /** How Drools names the rule whose condition failed, in the message of the exception it throws. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\"");

    private final RuleCitations citations;

    RuleFailures(RuleCitations citations) {
        this.citations = citations;
    }

    /**
     * Runs {@code work} (inserting the facts and firing the rules) and returns what it returns.
     *
     * @throws PolicyException naming the rule that failed, its file and line when known, and what went wrong
     */
    int naming(IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (PolicyException ours) {
            throw ours;
        } catch (ConsequenceException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            throw failure(failed.getMatch().getRule().getName(), "failed while deciding", cause);
        } catch (RuntimeException failed) {
            Optional<String> rule = ruleNamedIn(failed);
            Throwable cause = rootCause(failed);
            if (rule.isEmpty()) {
                throw new PolicyException("the rules failed while deciding: " + cause, failed);
            }
            throw failure(rule.get(), "failed in a condition while deciding", cause);
        }
    }

    private PolicyException failure(String rule, String what, Throwable cause) {
        String where = citations.rules().stream()
                .filter(known -> known.name().equals(rule))
                .findFirst()
                .map(RuleFailures::where)
                .orElse("");
        return new PolicyException("rule \"" + rule + "\" " + what + where + ": " + cause, cause);
    }

    private static String where(PolicyRule rule) {
        return rule.line() > 0 ? " (" + rule.file() + ":" + rule.line() + ")" : " (" + rule.file() + ")";
    }

    /** The rule a condition's failure names, looking through its causes, when one is known to the rule set. */
    private Optional<String> ruleNamedIn(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() == null) {
                continue;
            }
            Matcher matcher = RULE_IN_MESSAGE.matcher(cause.getMessage());
            while (matcher.find()) {
                String rule = matcher.group(1);
                if (citations.rules().stream().anyMatch(known -> known.name().equals(rule))) {
                    return Optional.of(rule);
                }
            }
        }
        return Optional.empty();
    }

    private static Throwable rootCause(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
