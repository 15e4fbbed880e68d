package org.diplograph.relation;

/** The state of diplomatic ties between two countries, as the events between them show it. */
public enum DiplomaticTies {
    MAINTAINED, BROKEN, NO_CHANGE_REPORTED
}
