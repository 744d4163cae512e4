/**
 * The conduct policy's engine API: give facts ({@link org.conductpolicy.api.fact}) to a {@link
 * org.conductpolicy.api.PolicyEngine} and read {@link org.conductpolicy.api.Action}s back.
 *
 * <p>A host on the module path requires this module and the built-in rules, whose jar (the rules and the
 * classes generated from them at build time) is the automatic module {@code org.conductpolicy.rules}:
 *
 * <pre>{@code
 * module org.example.host {
 *     requires org.conductpolicy.core;
 *     requires org.conductpolicy.rules;
 * }
 * }</pre>
 *
 * <p>Drools's jars are automatic modules (each names itself in its manifest) and come with the rules. A
 * host that reads or writes case files ({@link org.conductpolicy.io}) adds Jackson's YAML module itself,
 * as on the classpath, and also {@code requires com.fasterxml.jackson.dataformat.yaml}: this module needs
 * Jackson only optionally ({@code requires static}), so the module path resolves it only when a host does.
 */
// Drools 10 ships no module descriptors: its jars are automatic modules, named in their manifests.
@SuppressWarnings("requires-automatic")
module org.conductpolicy.core {
    exports org.conductpolicy.api;
    exports org.conductpolicy.api.fact;
    exports org.conductpolicy.io;
    // What rule files see besides the facts, used by the built-in rules' classes generated at build time
    // (in the automatic module org.conductpolicy.rules) and by a rule folder Drools compiles at run time
    // (into its own class loader, the unnamed module).
    exports org.conductpolicy.vocabulary;

    requires org.slf4j;
    requires org.kie.api;
    requires org.drools.base;
    requires org.drools.compiler;
    requires org.drools.drl.ast;
    requires org.drools.drl.parser;
    // The built-in rules' executable model, built into a KieBase without compiling (internal.PrecompiledRules).
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    // The case-file reader's and writer's: optional, as in the pom (a host that only decides has none).
    requires static com.fasterxml.jackson.core;
    requires static com.fasterxml.jackson.databind;
    requires static com.fasterxml.jackson.dataformat.yaml;
    requires static org.yaml.snakeyaml;
}
