package org.diplograph.statement;

/** How a statement's content relates to the speaker's words. */
public enum StatementMode {
    QUOTE, PARAPHRASE, MIXED
}
