package org.diplograph.relation;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.action.Action;

/** Where a bilateral relation stands, derived from the actions between the two countries. */
public record RelationSummary(DiplomaticTies diplomaticTies, Action tiesDecidedBy, List<Action> envoysExpelled,
                              List<Action> envoysRecalled, int eventCount, int cooperationCount, int conflictCount,
                              double totalIntensity, Double meanIntensity, LocalDate firstEventOn,
                              LocalDate lastEventOn, String standing) {
}
