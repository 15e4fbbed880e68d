package org.diplograph.dataset;

import static org.diplograph.sql.schema.Tables.ACTION;
import static org.diplograph.sql.schema.Tables.ACTION_PARTY;
import static org.diplograph.sql.schema.Tables.ACTION_RECORD;
import static org.diplograph.sql.schema.Tables.ACTOR;

import org.diplograph.sql.ColumnLengths;

/**
 * The longest text each column an imported row goes into holds, as its migration declares it: a data set's longer
 * value (a place name, a publisher) is cut to it, never refused.
 */
final class ImportedTextLimits {

    static final int PLACE = ColumnLengths.of(ACTION.PLACE);
    static final int SUMMARY = ColumnLengths.of(ACTION.SUMMARY);
    static final int PLOVER_MODE = ColumnLengths.of(ACTION.PLOVER_MODE);
    static final int PLOVER_CONTEXT = ColumnLengths.of(ACTION.PLOVER_CONTEXT);
    static final int NAME_IN_SOURCE = ColumnLengths.of(ACTION_PARTY.NAME_IN_SOURCE);
    static final int ACTOR_NAME = ColumnLengths.of(ACTOR.NAME);
    static final int ACTOR_DESCRIPTION = ColumnLengths.of(ACTOR.DESCRIPTION);
    static final int CODED_AS = ColumnLengths.of(ACTION_RECORD.CODED_AS);
    static final int PUBLISHER = ColumnLengths.of(ACTION_RECORD.PUBLISHER);
    static final int PUBLISHED_ON = ColumnLengths.of(ACTION_RECORD.PUBLISHED_ON);
    static final int LANGUAGE = ColumnLengths.of(ACTION_RECORD.LANGUAGE);

    private ImportedTextLimits() {
    }
}
