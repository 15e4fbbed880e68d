package org.diplograph.date;

/** How a reported date was obtained from the text. */
public enum DateBasis {
    /** The cited sentence states it. */
    STATED,
    /** A neighbouring sentence about the same occasion states it. */
    CONTEXT,
    /** Not printed; deduced from the text as a whole. */
    INFERRED,
    /** Not given. */
    UNKNOWN
}
