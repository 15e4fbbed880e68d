package org.diplograph.audit;

/** Kinds of write. */
public enum Operation {
    RECORD, CORRECT, RETRACT
}
