package org.diplograph.dataset.file;

/** A row of an event file that cannot be imported as it stands; the message says why, for the import's report. */
public class RejectedRowException extends RuntimeException {

    public RejectedRowException(String reason) {
        super(reason);
    }
}
