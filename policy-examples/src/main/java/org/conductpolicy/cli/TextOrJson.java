package org.conductpolicy.cli;

/** How a command that reports on one case prints it: as text for officers, or as JSON for tools. */
enum TextOrJson {
    TEXT,
    JSON
}
