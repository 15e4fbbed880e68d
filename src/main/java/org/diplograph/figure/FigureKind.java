package org.diplograph.figure;

/** What a figure counts. */
public enum FigureKind {
    DEATHS, INJURIES, ARRESTS, DISPLACED, INVESTIGATIONS, PEOPLE, DURATION_HOURS, OTHER
}
