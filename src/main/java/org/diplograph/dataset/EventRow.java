package org.diplograph.dataset;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.action.code.EventCode;
import org.diplograph.action.code.PloverCoding;

/**
 * A data set's row, mapped: the action it codes, its two sides (null where the data set coded none) and its record.
 *
 * @param wording          the date as the file writes it
 * @param unknownCountries the country codes and names of the row that name no country the code book knows, each as
 *                         "Column 'value'": left out of the row, counted in the import's summary
 */
record EventRow(EventCode code, PloverCoding plover, String summary, String place, String placeCountry,
                LocalDate occurredOn, String wording, EventSide actor, EventSide recipient, ActionRecord record,
                List<String> unknownCountries) {

    String eventKey() {
        return record.eventKey();
    }
}
