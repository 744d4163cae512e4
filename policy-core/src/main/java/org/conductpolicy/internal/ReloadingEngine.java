package org.conductpolicy.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.conductpolicy.api.BatchResult;
import org.conductpolicy.api.Case;
import org.conductpolicy.api.ClauseMark;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.Explanation;
import org.conductpolicy.api.LadderStanding;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.PolicyRule;
import org.conductpolicy.api.ReloadablePolicyEngine;
import org.conductpolicy.api.RuleCheck;
import org.conductpolicy.api.fact.Fact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ReloadablePolicyEngine}: the current engine behind one atomic reference, read once by each
 * call, so that a call finishes on the engine it started with; a reload builds the next engine completely
 * before it swaps the reference.
 */
final class ReloadingEngine implements ReloadablePolicyEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadingEngine.class);
    /** How many rule sets a reload swapped in are kept to swap back to without compiling: now's and the one before. */
    private static final int KEPT = 2;

    private final AtomicReference<DroolsPolicyEngine> current;
    /** The rule sets reloads swapped in, by version, each with its clean check; the oldest first. */
    private final Map<String, Reloaded> kept = new LinkedHashMap<>();

    private record Reloaded(DroolsPolicyEngine engine, RuleCheck check) {}

    private ReloadingEngine(DroolsPolicyEngine first) {
        this.current = new AtomicReference<>(first);
    }

    static ReloadablePolicyEngine startingWith(PolicyEngine rules) {
        if (rules instanceof ReloadingEngine reloading) {
            return new ReloadingEngine(reloading.current.get());
        }
        if (rules instanceof DroolsPolicyEngine engine) {
            return new ReloadingEngine(engine);
        }
        throw new IllegalArgumentException(
                "only an engine built by PolicyEngine.withDefaultRules() or PolicyEngine.fromRuleFolder(..) reloads");
    }

    @Override
    public synchronized RuleCheck reload(Path folder) {
        Optional<Reloaded> known = RuleSets.versionOf(folder).map(kept::get);
        if (known.isPresent()) {
            swapIn(known.get());
            return known.get().check();
        }
        RuleSets.Checked checked = RuleSets.checked(folder);
        if (checked.engine().isEmpty()) {
            LOG.warn(
                    "The rules were not reloaded: their check found problems ({})",
                    checked.check().problems().size());
            return checked.check();
        }
        swapIn(new Reloaded(checked.engine().get().get(), checked.check()));
        return checked.check();
    }

    private void swapIn(Reloaded reloaded) {
        kept.remove(reloaded.check().rulesVersion());
        kept.put(reloaded.check().rulesVersion(), reloaded);
        if (kept.size() > KEPT) {
            kept.remove(kept.keySet().iterator().next());
        }
        current.set(reloaded.engine());
        LOG.info("Reloaded the rules: now {}", reloaded.check().rulesVersion());
    }

    @Override
    public String rulesVersion() {
        return current.get().version();
    }

    @Override
    public Decision decide(LocalDate asOf, Collection<? extends Fact> facts) {
        return current.get().decide(asOf, facts);
    }

    @Override
    public void decideAll(Iterator<? extends Case> cases, Consumer<? super BatchResult> results) {
        current.get().decideAll(cases, results);
    }

    @Override
    public List<BatchResult> decideAll(List<? extends Case> cases) {
        return current.get().decideAll(cases);
    }

    @Override
    public Explanation explain(LocalDate asOf, Collection<? extends Fact> facts) {
        return current.get().explain(asOf, facts);
    }

    @Override
    public List<PolicyRule> rules() {
        return current.get().rules();
    }

    @Override
    public List<LadderStanding> standing(LocalDate asOf, Collection<? extends Fact> facts) {
        return current.get().standing(asOf, facts);
    }

    @Override
    public ConductTable conductTable() {
        return current.get().conductTable();
    }

    @Override
    public SortedMap<String, String> clauses() {
        return current.get().clauses();
    }

    @Override
    public SortedMap<String, ClauseMark> clauseMarks() {
        return current.get().clauseMarks();
    }
}
