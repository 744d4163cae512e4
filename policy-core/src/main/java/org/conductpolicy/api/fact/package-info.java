/**
 * The facts a case is made of: plain, immutable records named and shaped as in the casebook
 * format (policy-core/docs/case-files.md), each checked for its required fields when it is made.
 *
 * <p>Each type of fact is one {@link org.conductpolicy.api.fact.FactType}, which names it in case files.
 * Facts are data only. They refer to one another by id; {@link org.conductpolicy.api.CheckedFacts}
 * checks those references, the dates against the day asked about, and the uniqueness of ids, and {@link
 * org.conductpolicy.api.PolicyEngine} checks facts so before it decides anything.
 */
package org.conductpolicy.api.fact;
