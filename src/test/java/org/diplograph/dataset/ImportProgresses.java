package org.diplograph.dataset;

import java.util.List;

import org.diplograph.dataset.DatasetImports.Counts;
import org.diplograph.dataset.file.EventFiles.Rejection;

/** What the import tests listen to while an import runs. */
final class ImportProgresses {

    private ImportProgresses() {
    }

    /** Each rejected row, as {@code file:line: reason}, added to the list; progress itself ignored. */
    static EventImporter.Progress rejectionsInto(List<String> rejected) {
        return new EventImporter.Progress() {
            @Override
            public void advanced(Counts counts, long bytesRead, long bytesTotal) {
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection.toString());
            }
        };
    }
}
