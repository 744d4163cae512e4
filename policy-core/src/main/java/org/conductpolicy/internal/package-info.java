/**
 * The Drools adapter behind {@link org.conductpolicy.api.PolicyEngine}: loading rule sets, running
 * sessions and collecting actions. Not API: its types may change in any release. Every class here is
 * package-private but {@link org.conductpolicy.internal.EngineFactory}, the bridge that {@code
 * PolicyEngine}'s factory methods call.
 */
package org.conductpolicy.internal;
