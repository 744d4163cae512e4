package org.conductpolicy.vocabulary;

/**
 * Present in a session only when an explanation is asked for ({@code PolicyEngine.explain}): the rules of
 * {@code why-not.drl} start with it, so that an ordinary decision never evaluates them.
 */
public record ExplanationAsked() {}
