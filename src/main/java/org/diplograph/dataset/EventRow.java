package org.diplograph.dataset;

import java.time.LocalDate;

import org.diplograph.action.EventCode;
import org.diplograph.action.PloverCoding;

/**
 * A data set's row, mapped: the action it codes, its two sides (null where the data set coded none) and its record.
 *
 * @param wording the date as the file writes it
 */
record EventRow(EventCode code, PloverCoding plover, String summary, String place, String placeCountry,
                LocalDate occurredOn, String wording, PartyRef actor, PartyRef recipient, ActionRecord record) {

    String eventKey() {
        return record.eventKey();
    }
}
