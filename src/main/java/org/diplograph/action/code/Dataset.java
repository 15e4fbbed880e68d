package org.diplograph.action.code;

/**
 * Where an action comes from: the text of a source (every fact recorded through the API or loaded with the database),
 * or one of the event data sets imported by {@code diplograph import}. Only the first cites a source and sentences.
 */
public enum Dataset {
    SOURCE, GDELT, ICEWS, POLECAT
}
