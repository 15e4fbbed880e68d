package org.diplograph.statement;

/** How many statements a speaker made. */
public record SpeakerCount(long speakerKey, int count) {
}
