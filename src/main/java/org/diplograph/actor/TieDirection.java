package org.diplograph.actor;

/** Which way a tie reads from the actor that lists it. */
public enum TieDirection {
    OUTGOING, INCOMING
}
