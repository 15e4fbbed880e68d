package org.diplograph.actor;

/** Kinds of actor. */
public enum ActorKind {
    PERSON, GOVERNMENT, MINISTRY, LEGISLATURE, DIPLOMATIC_MISSION, GROUP
}
