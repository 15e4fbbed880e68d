package org.diplograph.dataset;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.fact.Snapshot;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;

/**
 * One run of the import command over some files: what it has read so far and what became of the rows. Each chunk of
 * rows it commits bumps its version and writes one revision, which the live feed announces.
 *
 * @param rowsDuplicate rows whose event was already imported (by this run or an earlier one), left as they were
 * @param rowsRejected     rows that could not be read or mapped, each reported as {@code file:line: reason}
 * @param rowsWithoutEvent mentions of an event that is not imported: real GDELT (most rows of a mentions file point
 *                         at events of earlier files), counted, not rejected
 */
public record DatasetImport(long key, ImportFormat format, List<String> files, ImportStatus status, long rowsRead,
                            long rowsImported, long rowsDuplicate, long rowsRejected, long rowsWithoutEvent,
                            OffsetDateTime finishedAt, Provenance provenance) implements Fact {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.DATASET_IMPORT, key);
    }

    @Override
    public FactType factType() {
        return FactType.DATASET_IMPORT;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Snapshot.of("id", id(), "format", format, "files", files, "status", status, "rowsRead", rowsRead,
                "rowsImported", rowsImported, "rowsDuplicate", rowsDuplicate, "rowsRejected", rowsRejected,
                "rowsWithoutEvent", rowsWithoutEvent, "finishedAt", finishedAt == null ? null : finishedAt.toString());
    }
}
