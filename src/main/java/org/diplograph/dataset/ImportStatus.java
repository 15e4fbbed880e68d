package org.diplograph.dataset;

/** Where an import stands. A run killed before its end stays RUNNING; rerun the command to finish the files. */
public enum ImportStatus {
    RUNNING, COMPLETED, FAILED
}
