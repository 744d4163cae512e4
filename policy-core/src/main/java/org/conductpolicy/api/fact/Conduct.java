package org.conductpolicy.api.fact;

/**
 * What an incident's conduct was, in the vocabulary of the code of conduct's table (policy-rules/docs/clauses.md).
 * Which conducts are breaches, advisory or legitimate debate is decided by the rules, not here.
 */
public enum Conduct {
    HARASSMENT,
    INTIMIDATION,
    HATEFUL_LANGUAGE,
    BULLYING,
    DISCRIMINATION,
    PERSONAL_ATTACK,
    SHAMING,
    ANONYMOUS_ABUSE,
    SEXUALISED_CONTENT,
    UNWELCOME_SEXUAL_ATTENTION,
    PRIVATE_INFORMATION,
    AMPLIFYING_ABUSER,
    TROLLING,
    UNWELCOME_CONTACT,
    DEROGATORY_DESCRIPTION,
    POLICY_CRITICISM,
    VEHEMENT_DISAGREEMENT
}
