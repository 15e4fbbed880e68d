package org.diplograph.action;

/** The part a party plays in an action. */
public enum PartyRole {
    ACTOR, RECIPIENT, AFFECTED
}
