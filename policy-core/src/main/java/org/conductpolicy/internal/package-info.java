/**
 * The Drools adapter behind {@link org.conductpolicy.api.PolicyEngine}: loading rule sets, checking
 * facts, running sessions and collecting actions. Not API: its types may change in any release.
 */
package org.conductpolicy.internal;
