package org.diplograph.action.code;

/** An action's PLOVER coding: a type, and optionally a mode and a context. */
public record PloverCoding(PloverType type, String mode, String context) {
}
