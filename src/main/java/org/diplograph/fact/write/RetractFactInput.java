package org.diplograph.fact.write;

/** Which fact to retract, at which version, and why. */
public record RetractFactInput(String id, int expectedVersion, String reason) {
}
