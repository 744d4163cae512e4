package org.conductpolicy.api;

/** The root of every exception this library throws on purpose. */
public class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that says what went wrong and where. */
    public PolicyException(String message) {
        super(message);
    }

    /** An exception with a message and the failure that caused it. */
    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
