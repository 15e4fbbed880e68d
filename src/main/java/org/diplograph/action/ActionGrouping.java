package org.diplograph.action;

/** What action counts are grouped by. */
public enum ActionGrouping {
    CODE, ROOT_CODE, QUAD_CLASS
}
