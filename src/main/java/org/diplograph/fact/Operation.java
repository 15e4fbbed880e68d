package org.diplograph.fact;

/** Kinds of write. */
public enum Operation {
    RECORD, CORRECT, RETRACT
}
