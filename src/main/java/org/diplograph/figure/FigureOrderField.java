package org.diplograph.figure;

/** Sort keys of figures. */
public enum FigureOrderField {
    QUANTITY
}
