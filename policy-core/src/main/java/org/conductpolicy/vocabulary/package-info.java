/**
 * What rule files see besides the facts: the day asked about ({@link AsOf}), the policy's numbers
 * ({@link PolicyParameters}), the terms the roles give ({@link OfficerTerm}, {@link AdminTerm}, in force
 * on a day when {@code role.heldOn(day)}), the line of the conduct table for each kind of conduct the
 * case's incidents name ({@link ConductKind}, of a {@link ConductClass}), the actions rules propose
 * ({@link Proposal}) and, when an explanation is asked for ({@link ExplanationAsked}), why a step was not
 * taken ({@link WhyNot}).
 *
 * <p>These types are for the authors of rule files. A host application does not need them: it gives
 * facts to {@link org.conductpolicy.api.PolicyEngine} and reads {@link org.conductpolicy.api.Action}s back.
 */
package org.conductpolicy.vocabulary;
