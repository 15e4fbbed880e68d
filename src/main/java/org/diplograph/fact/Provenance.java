package org.diplograph.fact;


/**
 * A fact's version and write history in brief: who recorded it, who last changed it, whether it is retracted.
 *
 * @param lastChange null if never corrected or retracted
 * @param retraction null unless retracted
 */
public record Provenance(int version, Change recorded, Change lastChange, Retraction retraction) {
}
