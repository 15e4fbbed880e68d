package org.diplograph.date;

/** How precise a reported date is. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN
}
