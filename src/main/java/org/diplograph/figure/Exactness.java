package org.diplograph.figure;

/** How exact the source says a figure is: "21 people" is EXACT, "hundreds" AT_LEAST 200. */
public enum Exactness {
    EXACT, AT_LEAST, AT_MOST, APPROXIMATELY
}
