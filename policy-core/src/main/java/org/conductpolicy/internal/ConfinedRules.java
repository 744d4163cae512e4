package org.conductpolicy.internal;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.AppealRecipient;
import org.conductpolicy.api.ComplaintRecipient;
import org.conductpolicy.api.PasswordReason;
import org.conductpolicy.api.ReviewProblem;
import org.conductpolicy.api.RuleProblem;
import org.conductpolicy.api.fact.CrisisRecipient;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.FactType;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.Standing;
import org.conductpolicy.api.fact.WireName;
import org.conductpolicy.internal.DrlTokens.Token;
import org.conductpolicy.vocabulary.AdminTerm;
import org.conductpolicy.vocabulary.AsOf;
import org.conductpolicy.vocabulary.ConductClass;
import org.conductpolicy.vocabulary.ConductKind;
import org.conductpolicy.vocabulary.ExplanationAsked;
import org.conductpolicy.vocabulary.OfficerTerm;
import org.conductpolicy.vocabulary.PolicyParameters;
import org.conductpolicy.vocabulary.Proposal;
import org.conductpolicy.vocabulary.WhyNot;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Keeps a rule file to the rules' vocabulary, so that an edited rule file can decide cases and do nothing
 * else: it may name only the {@link #VOCABULARY} and the types, enums, functions and queries the rule set
 * declares, and its code (conditions, consequences, functions) may not loop, create arrays or classes,
 * reach Java's machinery ({@code getClass}, {@code drools}, {@code kcontext}) or declare globals. Every
 * refusal names the file and the line. The check reads every word of the file outside its comments and
 * text, wherever it is written, so that nothing escapes it by being written where a walk of Drools'
 * descriptors would not look; it is an allow-list of names, with a few members of allowed types refused
 * because they reach reflection or make unbounded text ({@link #REFUSED_MEMBERS}).
 *
 * <p>This bounds what a rule can <em>do</em>; how long rules fire together (a rule that keeps inserting what
 * makes it fire again) is bounded by the decision's own limits, not here.
 */
final class ConfinedRules {
    /**
     * What a rule file may name besides what it declares: the case's facts (every {@link FactType}), what the
     * engine gives rules and what they propose, the values of the facts' and actions' enumerated fields, the
     * helpers the built-in rules use, and the few Java types they need. Said once: the officers' guide lists
     * it, and the built-in rules pass the check.
     */
    static final List<Class<?>> VOCABULARY = vocabulary();

    private static List<Class<?>> vocabulary() {
        List<Class<?>> types = new ArrayList<>();
        Arrays.stream(FactType.values()).map(FactType::factClass).forEach(types::add);
        // what the engine gives rules and what they propose
        types.addAll(List.of(
                ActionType.class,
                Proposal.class,
                PolicyParameters.class,
                AsOf.class,
                ConductKind.class,
                ConductClass.class,
                OfficerTerm.class,
                AdminTerm.class,
                ExplanationAsked.class,
                WhyNot.class));
        // the values of the facts' and the actions' enumerated fields, and the helper that spells them
        types.addAll(List.of(
                SanctionKind.class,
                RoleName.class,
                Owner.class,
                Standing.class,
                Side.class,
                PlatformKind.class,
                DecidingBody.class,
                Outcome.class,
                CrisisRecipient.class,
                AppealRecipient.class,
                ComplaintRecipient.class,
                PasswordReason.class,
                ReviewProblem.class,
                WireName.class));
        // the Java the rules need
        types.addAll(List.of(
                String.class,
                Integer.class,
                Long.class,
                Boolean.class,
                LocalDate.class,
                Period.class,
                ChronoUnit.class,
                List.class,
                Set.class,
                Map.class,
                Optional.class));
        return List.copyOf(types);
    }

    /**
     * Members a rule may not call on anything: every member of a vocabulary type, or of a type one of theirs
     * gives, that gives a {@link Class} (reflection starts there: {@code getClass}, {@code factClass} on a
     * fact's type, ...), {@code Class}'s own ways in should one be reached, and those that make text or dates
     * without bound ({@code "x".repeat(n)}, {@code format("%099999999d")}, {@code datesUntil}).
     */
    static final Set<String> REFUSED_MEMBERS = refusedMembers();

    private static Set<String> refusedMembers() {
        Set<String> refused = new TreeSet<>(Set.of(
                "class",
                "forName",
                "getMethod",
                "getDeclaredMethod",
                "getConstructor",
                "getDeclaredConstructor",
                "getClassLoader",
                "newInstance",
                "invoke",
                "describeConstable",
                "resolveConstantDesc",
                "wait",
                "notify",
                "notifyAll",
                "repeat",
                "format",
                "formatted",
                "datesUntil"));
        Set<Class<?>> reached = new HashSet<>(VOCABULARY);
        List<Class<?>> toRead = new ArrayList<>(VOCABULARY);
        while (!toRead.isEmpty()) {
            for (Method method : toRead.remove(toRead.size() - 1).getMethods()) {
                String given = method.getGenericReturnType().getTypeName();
                if (given.matches(".*\\bjava\\.lang\\.Class\\b.*")) {
                    refused.add(method.getName());
                }
                Class<?> type = method.getReturnType();
                if (type.getName().startsWith("org.conductpolicy.") && reached.add(type)) {
                    toRead.add(type);
                }
            }
        }
        return Collections.unmodifiableSet(refused);
    }

    /** Words that start a loop, in Java or in MVEL. */
    private static final Set<String> LOOPS = Set.of("for", "while", "do", "foreach", "until");

    /**
     * Words that start what a rule never needs and that could outlast or escape a decision: a class with
     * methods of its own (which may call themselves), a catch that swallows the decision's own failure, a
     * lock, an MVEL function, a global.
     */
    private static final Set<String> REFUSED_WORDS =
            Set.of("class", "interface", "try", "catch", "finally", "synchronized", "def", "global", "goto");

    /**
     * The first names of Java's and libraries' packages: a dotted name starting with one names a class in
     * full (a class need not start with a capital), which only the vocabulary's may.
     */
    private static final Set<String> PACKAGE_ROOTS =
            Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "kotlin", "scala", "groovy", "mvel2");

    /** The engine itself, in a consequence: a rule only inserts, modifies and deletes facts. */
    private static final Set<String> ENGINE = Set.of("drools", "kcontext");

    /** The rule attributes a rule may have: none that runs code, starts a timer or reads the clock. */
    static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active");

    private static final Set<String> PRIMITIVES =
            Set.of("int", "long", "short", "byte", "char", "boolean", "double", "float", "void");

    /** Told after each refusal: where an officer reads what a rule file may use. */
    static final String SEE = " (the officers' guide: \"What a rule file may use\")";

    private static final Map<String, Class<?>> BY_NAME =
            VOCABULARY.stream().collect(Collectors.toUnmodifiableMap(Class::getName, type -> type));
    private static final Set<String> SIMPLE_NAMES =
            VOCABULARY.stream().map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());

    private final String file;
    private final List<Token> tokens;
    private final Set<String> declared;
    private final List<RuleProblem> problems = new ArrayList<>();

    private ConfinedRules(String file, String text, Set<String> declared) {
        this.file = file;
        this.tokens = DrlTokens.of(text);
        this.declared = declared;
    }

    /**
     * What in a rule set's files reaches beyond the rules' vocabulary, each at its file and line.
     *
     * @param files the rule files, each by the name an officer knows it; none is checked until every one
     *     parses (the syntax check reports those that do not)
     */
    static List<RuleProblem> of(List<RuleSources.Source> files) {
        Map<RuleSources.Source, PackageDescr> parsed = new LinkedHashMap<>();
        files.forEach(file -> DrlSyntax.parse(file.text()).descr().ifPresent(descr -> parsed.put(file, descr)));
        if (parsed.size() < files.size()) {
            return List.of(); // what a file that does not parse declares is not known: fix its syntax first
        }
        Set<String> declared = new HashSet<>();
        parsed.values().forEach(descr -> declared.addAll(declared(descr)));
        List<RuleProblem> problems = new ArrayList<>();
        parsed.forEach((file, descr) -> {
            ConfinedRules check = new ConfinedRules(file.name(), file.text(), declared);
            check.escapes(file.text());
            check.attributes(descr);
            check.words();
            problems.addAll(check.problems);
        });
        return List.copyOf(problems);
    }

    /** The names a rule file declares, which every file of the rule set may use: its types, enums and their
     * constants, functions and queries. */
    private static Set<String> declared(PackageDescr descr) {
        Set<String> names = new HashSet<>();
        descr.getTypeDeclarations().forEach(type -> names.add(type.getTypeName()));
        descr.getEnumDeclarations().forEach(type -> {
            names.add(type.getTypeName());
            type.getLiterals().forEach(literal -> names.add(literal.getName()));
        });
        descr.getFunctions().forEach(function -> names.add(function.getName()));
        descr.getRules().stream().filter(RuleDescr::isQuery).forEach(query -> names.add(query.getName()));
        return names;
    }

    private boolean isKnown(String name) {
        return SIMPLE_NAMES.contains(name) || BY_NAME.containsKey(name) || declared.contains(name);
    }

    /**
     * Java reads {@code \\u0053} as {@code S} before anything else, in code, text and comments alike, so
     * that an escape can hide a name or end a comment or text early: a rule file writes every character as
     * itself.
     */
    private void escapes(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            } else if (text.startsWith("\\u", i)) {
                problems.add(new RuleProblem(
                        file,
                        line,
                        "writes a \\u escape, which Java reads before anything else and which can"
                                + " hide what the code says: write the character itself"));
            }
        }
    }

    private void attributes(PackageDescr descr) {
        descr.getAttributes().forEach(attribute -> attribute(attribute, "the file"));
        for (RuleDescr rule : descr.getRules()) {
            rule.getAttributes().values().forEach(attribute -> attribute(attribute, "rule \"" + rule.getName() + "\""));
        }
    }

    private void attribute(AttributeDescr attribute, String owner) {
        if (!ATTRIBUTES.contains(attribute.getName())) {
            refuse(
                    attribute,
                    owner + " has the attribute '" + attribute.getName() + "': a rule may have only "
                            + String.join(", ", ATTRIBUTES.stream().sorted().toList()));
        }
    }

    private void words() {
        int functionDepth = -1; // the brace depth of the function body being read, -1 outside one
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("{")) {
                depth++;
            } else if (token.is("}")) {
                depth--;
                if (depth == functionDepth - 1) {
                    functionDepth = -1;
                }
            } else if (token.is("->") || token.is("::")) {
                refuse(token, "'" + token.text() + "' makes a function of its own, which a rule never needs");
            } else if (token.isWord() && after(i, "@")) {
                continue; // an annotation's name, such as @clause: its values are read as any code
            } else if (token.isWord() && !after(i, ".")) {
                if (token.text().equals("function") && depth == 0) {
                    functionDepth = depth + 1;
                } else if (functionDepth > 0
                        && depth >= functionDepth
                        && declared.contains(token.text())
                        && next(i).is("(")) {
                    refuse(
                            token,
                            "a function calls " + token.text() + ": a function may not call functions, so"
                                    + " that none can call itself for ever");
                }
                i = word(i);
            } else if (token.isWord()) {
                members(List.of(token)); // a member of what a call or a literal gives: "x".repeat(9)
            } else if (token.is("[") && next(i).kind() == DrlTokens.Kind.TEXT) {
                refuse(
                        token,
                        "looks a member up by its name (x[\"name\"]), which reaches beyond the rules' vocabulary");
            }
        }
    }

    /** Checks the word at {@code i} and the dotted name it starts; the index of the last token read. */
    private int word(int i) {
        Token token = tokens.get(i);
        String word = token.text();
        if (word.equals("package")) {
            return endOfName(i + 1);
        }
        if (word.equals("import")) {
            return imported(i);
        }
        if (LOOPS.contains(word)) {
            refuse(token, "'" + word + "' starts a loop, which may never end: write one rule per case instead");
            return i;
        }
        if (REFUSED_WORDS.contains(word)) {
            refuse(token, "'" + word + "' is not part of a rule file" + SEE);
            return i;
        }
        if (word.equals("new")) {
            return created(i);
        }
        if (ENGINE.contains(word)) {
            refuse(
                    token,
                    "'" + word + "' reaches the engine itself: a consequence only inserts, modifies or deletes facts");
            return i;
        }
        int end = endOfName(i);
        List<Token> name =
                tokens.subList(i, end + 1).stream().filter(Token::isWord).toList();
        int type = firstType(name);
        if (type == 0 && !isKnown(word)) {
            refuse(token, word + " is not in the rules' vocabulary" + SEE);
        } else if (type < 0 && name.size() > 1 && PACKAGE_ROOTS.contains(word)) {
            refuse(
                    token,
                    name.stream().map(Token::text).collect(Collectors.joining("."))
                            + " names a package, beyond the rules' vocabulary" + SEE);
        } else if (type > 0 && !word.startsWith("$")) {
            String qualified =
                    name.subList(0, type + 1).stream().map(Token::text).collect(Collectors.joining("."));
            if (!BY_NAME.containsKey(qualified)) {
                refuse(token, qualified + " is not in the rules' vocabulary" + SEE);
            }
        }
        members(name.subList(Math.max(type, 0) + 1, name.size())); // the package of a full name is no member
        return end;
    }

    /** Checks an import: only the vocabulary, each type by its name. */
    private int imported(int i) {
        if (Set.of("function", "accumulate", "static").contains(next(i).text())) {
            refuse(
                    tokens.get(i),
                    "'import " + next(i).text() + "' brings in code from outside the rules' vocabulary" + SEE);
            return i + 1;
        }
        int end = endOfName(i + 1);
        List<Token> name = tokens.subList(i + 1, Math.min(end + 1, tokens.size()));
        String target = name.stream().map(Token::text).collect(Collectors.joining());
        if (end + 1 < tokens.size() && tokens.get(end + 1).is(".")) {
            refuse(tokens.get(i), "imports " + target + ".*: import each type of the rules' vocabulary by its name");
        } else if (!BY_NAME.containsKey(target)) {
            refuse(tokens.get(i), "imports " + target + ", which is not in the rules' vocabulary" + SEE);
        }
        return end;
    }

    /** Checks a {@code new}: only of a type in the vocabulary or declared, never an array or a class of its own. */
    private int created(int i) {
        int end = endOfName(i + 1);
        Token type = next(i);
        String name = tokens.subList(i + 1, end + 1).stream().map(Token::text).collect(Collectors.joining());
        Token after = next(end);
        if (PRIMITIVES.contains(type.text()) || after.is("[")) {
            refuse(
                    type,
                    "creates an array (new " + name + "[...]), which a rule never needs and which may fill the memory");
        } else if (!type.isWord() || !isKnown(name)) {
            refuse(type, "creates a " + name + ", which is not in the rules' vocabulary" + SEE);
        } else if (after.is("(") && next(closing(end + 1)).is("{")) {
            refuse(type, "creates a class of its own (new " + name + "(...) { ... }), which a rule never needs");
        }
        return end;
    }

    /** The index of the parenthesis that closes the one at {@code open}. */
    private int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    private void members(List<Token> members) {
        members.stream()
                .filter(member -> REFUSED_MEMBERS.contains(member.text()))
                .forEach(member -> refuse(member, "uses ." + member.text() + ", which " + why(member.text())));
    }

    private static String why(String member) {
        return switch (member) {
            case "repeat", "format", "formatted", "datesUntil" -> "may fill the memory";
            case "wait", "notify", "notifyAll" -> "waits on or wakes threads";
            case "invoke" -> "calls a method by reflection";
            default -> "reaches Java's reflection, beyond the rules' vocabulary";
        };
    }

    /** The index of the first word of a dotted name that starts with a capital (a type), or -1 if none does. */
    private static int firstType(List<Token> name) {
        for (int i = 0; i < name.size(); i++) {
            if (Character.isUpperCase(name.get(i).text().charAt(0))) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last token of the dotted name starting at {@code i} ({@code a.b.C}). */
    private int endOfName(int i) {
        int end = i;
        while (end + 2 < tokens.size()
                && tokens.get(end + 1).is(".")
                && tokens.get(end + 2).isWord()) {
            end += 2;
        }
        return end;
    }

    private boolean after(int i, String symbol) {
        return i > 0 && tokens.get(i - 1).is(symbol);
    }

    private Token next(int i) {
        return i + 1 < tokens.size() ? tokens.get(i + 1) : new Token(DrlTokens.Kind.SYMBOL, "", 0);
    }

    private void refuse(Token at, String message) {
        problems.add(new RuleProblem(file, at.line(), message));
    }

    private void refuse(BaseDescr at, String message) {
        problems.add(new RuleProblem(file, Math.max(at.getLine(), 0), message));
    }
}
