package org.diplograph.source;

/** How precise a reported date is. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN
}
