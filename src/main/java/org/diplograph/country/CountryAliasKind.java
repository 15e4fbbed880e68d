package org.diplograph.country;

/** Kinds of alternative country names. */
public enum CountryAliasKind {
    DEMONYM, EPITHET, CAPITAL
}
