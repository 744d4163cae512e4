package org.conductpolicy.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conductpolicy.api.ConductTable;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.api.fact.FactType;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.WireName;
import org.conductpolicy.vocabulary.AsOf;
import org.conductpolicy.vocabulary.ConductKind;
import org.conductpolicy.vocabulary.ExplanationAsked;
import org.conductpolicy.vocabulary.PolicyParameters;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

/**
 * Mistakes in rule files that Drools compiles without a word, found from its own reading of them (the
 * descriptors of its DRL parser), each placed at its line with what to write instead:
 *
 * <ul>
 *   <li>a field whose values are an enum's constants compared with a string ({@code kind == "warning"} on
 *       a sanction): Drools 10 compiles it and it never matches;
 *   <li>an incident's {@code conduct} (or a conduct kind's {@code name}) compared with a string that is
 *       not a kind of the conduct table: it matches no incident;
 *   <li>a pattern on a type that nothing ever inserts: not a case fact, not something the engine inserts,
 *       and no rule's consequence inserts one (told only when every insert in the rules names its type).
 * </ul>
 */
final class SilentMistakes {
    /** The string fields whose values are the kinds of the conduct table, by the type that has them. */
    private static final Map<Class<?>, String> CONDUCT_FIELDS =
            Map.of(Incident.class, "conduct", ConductKind.class, "name");

    /**
     * What the engine inserts besides the case's facts ({@code DroolsPolicyEngine.settle}): the parameters,
     * the day and the conduct table's lines for the kinds the case's incidents name in every session, and
     * {@link ExplanationAsked} in an explanation's.
     */
    static final List<Class<?>> ENGINE_INSERTS =
            List.of(PolicyParameters.class, AsOf.class, ConductKind.class, ExplanationAsked.class);

    /** A comment in a consequence ({@code //} to the end of its line, or a block comment): it inserts nothing. */
    private static final Pattern COMMENT = Pattern.compile("//[^\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    /** An insert in a consequence: {@code insertLogical(new Name(} or {@code insert(Name.of(}, or another argument. */
    private static final Pattern INSERT =
            Pattern.compile("\\binsert(?:Logical)?\\s*\\(\\s*(?:new\\s+([A-Z]\\w*)|([A-Z]\\w*)\\s*\\.)?");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(.*)\"");

    private final ClassLoader loader;
    private final Optional<ConductTable> conduct;
    private final List<Parsed> files = new ArrayList<>();
    private final Map<String, Map<String, String>> declaredFields = new HashMap<>();
    private final Set<String> inserted = new HashSet<>();
    private boolean everyInsertNamed = true;
    private final List<RuleProblem> problems = new ArrayList<>();

    /** A rule file as Drools' parser reads it, and its imports by simple name. */
    private record Parsed(String file, PackageDescr descr, Map<String, String> imports) {}

    private SilentMistakes(ClassLoader loader, Optional<ConductTable> conduct) {
        this.loader = loader;
        this.conduct = conduct;
    }

    /**
     * The silent mistakes of a rule set's files.
     *
     * @param files the rule files, each by the name an officer knows it, all of them parsable
     * @param conduct the rule set's conduct table, or empty when it does not load (its kinds are not checked)
     */
    static List<RuleProblem> of(List<RuleSources.Source> files, ClassLoader loader, Optional<ConductTable> conduct) {
        SilentMistakes mistakes = new SilentMistakes(loader, conduct);
        files.forEach(mistakes::read);
        mistakes.files.forEach(mistakes::check);
        return List.copyOf(mistakes.problems);
    }

    private void read(RuleSources.Source source) {
        Optional<PackageDescr> parsed = DrlSyntax.parse(source.text()).descr();
        if (parsed.isEmpty()) {
            return; // a syntax error, which the rule check reports on its own
        }
        PackageDescr descr = parsed.get();
        Map<String, String> imports = new HashMap<>();
        descr.getImports().forEach(imported -> {
            String target = imported.getTarget();
            imports.put(target.substring(target.lastIndexOf('.') + 1), target);
        });
        for (TypeDeclarationDescr declared : descr.getTypeDeclarations()) {
            Map<String, String> fields = new HashMap<>();
            declared.getFields()
                    .forEach(
                            (name, field) -> fields.put(name, field.getPattern().getObjectType()));
            declaredFields.put(declared.getTypeName(), fields);
        }
        for (RuleDescr rule : descr.getRules()) {
            Matcher insert = INSERT.matcher(
                    COMMENT.matcher(String.valueOf(rule.getConsequence())).replaceAll(" "));
            while (insert.find()) {
                String type = insert.group(1) != null ? insert.group(1) : insert.group(2);
                if (type == null) {
                    everyInsertNamed = false;
                } else {
                    inserted.add(type);
                }
            }
        }
        files.add(new Parsed(source.name(), descr, imports));
    }

    private void check(Parsed file) {
        for (RuleDescr rule : file.descr().getRules()) {
            if (!rule.isQuery()) {
                walk(file, rule, rule.getLhs());
            }
        }
    }

    /** Every pattern of a rule's conditions, however nested (not, exists, or, forall, accumulate, collect). */
    private void walk(Parsed file, RuleDescr rule, BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            checkPattern(file, rule, pattern);
            if (pattern.getSource() instanceof CollectDescr collect) {
                walk(file, rule, collect.getInputPattern());
            } else if (pattern.getSource() instanceof ConditionalElementDescr source) {
                source.getDescrs().forEach(inner -> walk(file, rule, (BaseDescr) inner));
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(inner -> walk(file, rule, (BaseDescr) inner));
        }
    }

    private void checkPattern(Parsed file, RuleDescr rule, PatternDescr pattern) {
        String type = pattern.getObjectType();
        if (pattern.getSource() == null && everyInsertNamed && !isEverInserted(file, type)) {
            problem(
                    file,
                    rule,
                    pattern,
                    "matches nothing: no case fact is a " + type + ", the engine inserts none and no rule inserts one;"
                            + " match a fact of the case (policy-core/docs/case-files.md) or a type a rule inserts");
        }
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                comparisons(expression.getExpression())
                        .forEach(comparison -> checkComparison(file, rule, pattern, expression, comparison));
            }
        }
    }

    private boolean isEverInserted(Parsed file, String type) {
        return inserted.contains(type)
                || Stream.concat(Arrays.stream(FactType.values()).map(FactType::factClass), ENGINE_INSERTS.stream())
                        .map(Class::getName)
                        .anyMatch(name -> name.equals(file.imports().get(type)) || name.equals(type));
    }

    /** The comparisons {@code path == "text"} or {@code path != "text"} in a constraint, as Drools parses it. */
    private static List<RelationalExprDescr> comparisons(String expression) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        ConstraintConnectiveDescr parsed = parser.parse(expression);
        List<RelationalExprDescr> found = new ArrayList<>();
        if (parsed != null && !parser.hasErrors()) {
            collect(parsed, found);
        }
        return found;
    }

    private static void collect(BaseDescr descr, List<RelationalExprDescr> found) {
        if (descr instanceof RelationalExprDescr relation
                && relation.getLeft() instanceof AtomicExprDescr left
                && !left.isLiteral()
                && relation.getRight() instanceof AtomicExprDescr right
                && right.isLiteral()
                && STRING_LITERAL.matcher(right.getExpression()).matches()
                && ("==".equals(relation.getOperator()) || "!=".equals(relation.getOperator()))) {
            found.add(relation);
        } else if (descr instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(inner -> collect(inner, found));
        }
    }

    private void checkComparison(
            Parsed file, RuleDescr rule, PatternDescr pattern, BaseDescr at, RelationalExprDescr comparison) {
        String path = ((AtomicExprDescr) comparison.getLeft()).getExpression().strip();
        Matcher literal = STRING_LITERAL.matcher(((AtomicExprDescr) comparison.getRight()).getExpression());
        literal.matches();
        String text = literal.group(1);
        Optional<Class<?>> owner = Optional.empty();
        String typeName = pattern.getObjectType();
        String field = path;
        for (String step : path.split("\\.")) {
            owner = classOf(file, typeName);
            field = step;
            typeName = fieldTypeName(file, typeName, step).orElse(null);
            if (typeName == null) {
                return; // not a field we can follow: a method, a variable, a map key
            }
        }
        Optional<Class<?>> fieldType = classOf(file, typeName);
        if (fieldType.isPresent() && fieldType.get().isEnum()) {
            problem(
                    file,
                    rule,
                    at,
                    path + " is a " + fieldType.get().getSimpleName() + ", never the text \"" + text
                            + "\", so " + alwaysWhat(comparison) + ": write " + path + " " + comparison.getOperator()
                            + " "
                            + constantFor(fieldType.get(), text));
            return;
        }
        String finalField = field;
        boolean conductValued =
                owner.map(CONDUCT_FIELDS::get).filter(finalField::equals).isPresent();
        if (conductValued && conduct.isPresent() && conduct.get().kind(text).isEmpty()) {
            problem(
                    file,
                    rule,
                    at,
                    "\"" + text + "\" is not a kind of conduct in conduct.properties, so " + alwaysWhat(comparison)
                            + ": write one of "
                            + String.join(", ", conduct.get().kinds().keySet())
                            + " (or add the kind to conduct.properties)");
        }
    }

    /** What a comparison that can never be equal always gives: {@code ==} false, {@code !=} true. */
    private static String alwaysWhat(RelationalExprDescr comparison) {
        return ((AtomicExprDescr) comparison.getLeft()).getExpression().strip() + " " + comparison.getOperator() + " "
                + ((AtomicExprDescr) comparison.getRight()).getExpression().strip() + " is always "
                + "!=".equals(comparison.getOperator());
    }

    /** The enum constant to write for a text, such as {@code SanctionKind.WARNING} for "warning". */
    private static String constantFor(Class<?> type, String text) {
        Object[] constants = type.getEnumConstants();
        String prefix = type.getSimpleName() + ".";
        return Arrays.stream(constants)
                .map(Enum.class::cast)
                .filter(constant -> constant.name().equalsIgnoreCase(text)
                        || WireName.of(constant).equals(text))
                .findFirst()
                .map(constant -> prefix + constant.name())
                .orElse("one of "
                        + String.join(
                                ", ",
                                Arrays.stream(constants)
                                        .map(constant -> prefix + constant)
                                        .toList()));
    }

    /** The type of a field of a declared type, or of a record component or bean property of a class. */
    private Optional<String> fieldTypeName(Parsed file, String typeName, String field) {
        Map<String, String> declared = declaredFields.get(typeName);
        if (declared != null) {
            return Optional.ofNullable(declared.get(field));
        }
        return classOf(file, typeName).flatMap(type -> {
            if (type.isRecord()) {
                return Arrays.stream(type.getRecordComponents())
                        .filter(component -> component.getName().equals(field))
                        .map(RecordComponent::getType)
                        .map(Class::getName)
                        .findFirst();
            }
            return Optional.empty();
        });
    }

    private Optional<Class<?>> classOf(Parsed file, String typeName) {
        if (typeName == null || declaredFields.containsKey(typeName)) {
            return Optional.empty();
        }
        String name = file.imports().getOrDefault(typeName, typeName);
        for (String candidate : List.of(name, "java.lang." + name)) {
            try {
                return Optional.of(Class.forName(candidate, false, loader));
            } catch (ClassNotFoundException | LinkageError notThisOne) {
                // try the next
            }
        }
        return Optional.empty();
    }

    /** A problem at the line of {@code at}, or of its pattern or rule when the parser gave it none. */
    private void problem(Parsed file, RuleDescr rule, BaseDescr at, String message) {
        int line = Stream.of(at.getLine(), rule.getLine())
                .filter(number -> number > 0)
                .findFirst()
                .orElse(0);
        problems.add(new RuleProblem(file.file(), line, "rule \"" + rule.getName() + "\": " + message));
    }
}
