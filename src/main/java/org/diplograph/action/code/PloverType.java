package org.diplograph.action.code;

/** The sixteen PLOVER 2.0 event types. */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, SANCTION, PROTEST,
    MOBILIZE, COERCE, ASSAULT
}
