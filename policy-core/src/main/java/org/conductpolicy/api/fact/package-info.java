/**
 * The facts a case is made of: plain, immutable records named and shaped as in the casebook
 * format (policy-core/docs/case-files.md), each checked for its required fields when it is made.
 *
 * <p>Facts are data only. They refer to one another by id; {@link org.conductpolicy.api.PolicyEngine}
 * checks those references, the dates against the day asked about, and the uniqueness of ids before it
 * decides anything.
 */
package org.conductpolicy.api.fact;
