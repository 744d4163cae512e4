/**
 * Case files in and decisions out, in the format of policy-core/docs/case-files.md: {@link CaseFiles} reads and writes
 * case files (YAML or JSON), {@link DecisionJson} writes a decision as JSON, and {@link Casebook} runs a
 * folder of case files against an engine and says which pass.
 *
 * <p>Reading is strict: a file is either read whole and valid, exactly as the engine would accept its
 * facts, or rejected with one {@link CaseFileException} that names the file, the fact and the field. The
 * kinds of conduct are the rule set's ({@link org.conductpolicy.api.PolicyEngine#conductTable()}): read a
 * file with the engine's table to have an unknown kind refused with its line.
 */
package org.conductpolicy.io;
