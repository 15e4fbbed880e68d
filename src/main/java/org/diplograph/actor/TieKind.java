package org.diplograph.actor;

/** Kinds of tie, read as "actor KIND relatedActor". */
public enum TieKind {
    SPOUSE_OF, CHILD_OF, MEMBER_OF, PART_OF, REPRESENTS, ACCREDITED_TO, SUPPORTS
}
