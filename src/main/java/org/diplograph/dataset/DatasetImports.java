package org.diplograph.dataset;

import static org.diplograph.sql.schema.Tables.DATASET_IMPORT;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.action.ImportedActions;
import org.diplograph.fact.Change;
import org.diplograph.fact.FactRegistration;
import org.diplograph.fact.FactTable;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Involvement;
import org.diplograph.fact.ProvenanceColumns;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Repository;

/** Import runs, on the {@code dataset_import} table of migration V16. */
@Repository
public class DatasetImports {

    static final ProvenanceColumns PROVENANCE = ProvenanceColumns.of(DATASET_IMPORT);
    static final FactTable FACTS = new FactTable(FactType.DATASET_IMPORT, DATASET_IMPORT, DATASET_IMPORT.ID, PROVENANCE);

    private static final List<Field<?>> FIELDS = PROVENANCE.after(List.of(DATASET_IMPORT.ID, DATASET_IMPORT.FORMAT,
            DATASET_IMPORT.FILES, DATASET_IMPORT.STATUS, DATASET_IMPORT.ROWS_READ, DATASET_IMPORT.ROWS_IMPORTED,
            DATASET_IMPORT.ROWS_DUPLICATE, DATASET_IMPORT.ROWS_REJECTED, DATASET_IMPORT.ROWS_WITHOUT_EVENT,
            DATASET_IMPORT.FINISHED_AT));
    private static final Ordering NEWEST_FIRST = Ordering.of("datasetImport.id", true, DATASET_IMPORT.ID);

    /**
     * What a run has done so far.
     *
     * @param withoutEvent mentions of an event that is not imported (most often one of an earlier file)
     */
    public record Counts(long read, long imported, long duplicate, long rejected, long withoutEvent) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(read + other.read, imported + other.imported, duplicate + other.duplicate,
                    rejected + other.rejected, withoutEvent + other.withoutEvent);
        }
    }

    /** Another import is writing to the database: imports run one after another. */
    public static final class ImportBusyException extends RuntimeException {
        ImportBusyException() {
            super("another import is writing to this database: run imports one after another (nothing was recorded)");
        }
    }

    /** The advisory lock every import holds on PostgreSQL, whichever process runs it. */
    private static final long IMPORT_LOCK = 0x4469706C6F677261L;

    private final DSLContext dsl;
    private final KeysetPager pager;

    DatasetImports(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    /**
     * Holds the database for one import until closed, or refuses at once when another holds it. Two imports at once
     * would race to create the same actors and update the same roll-up rows (measured: the second fails on a
     * duplicate actor), and gain little, since the database's work is what bounds an import. On PostgreSQL the hold
     * is a session advisory lock on a connection of its own, which the server releases if the process dies; an H2
     * file is held by the one process that opened it.
     */
    AutoCloseable exclusively() {
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            return () -> { };
        }
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        var held = provider.acquire();
        boolean locked;
        try {
            locked = DSL.using(held, SQLDialect.POSTGRES)
                    .select(DSL.field("pg_try_advisory_lock({0})", Boolean.class, DSL.val(IMPORT_LOCK)))
                    .fetchOne().value1();
        } catch (RuntimeException failed) {
            provider.release(held);
            throw failed;
        }
        if (!locked) {
            provider.release(held);
            throw new ImportBusyException();
        }
        return () -> {
            try {
                DSL.using(held, SQLDialect.POSTGRES)
                        .select(DSL.field("pg_advisory_unlock({0})", Boolean.class, DSL.val(IMPORT_LOCK))).fetch();
            } finally {
                provider.release(held);
            }
        };
    }

    long start(ImportFormat format, List<String> files, Change change) {
        String names = String.join("\n", files);
        return dsl.insertInto(DATASET_IMPORT)
                .set(DATASET_IMPORT.FORMAT, format.name())
                .set(DATASET_IMPORT.FILES, names.length() <= 4000 ? names : names.substring(0, 4000))
                .set(DATASET_IMPORT.STATUS, ImportStatus.RUNNING.name())
                .set(DATASET_IMPORT.ROWS_READ, 0L).set(DATASET_IMPORT.ROWS_IMPORTED, 0L)
                .set(DATASET_IMPORT.ROWS_DUPLICATE, 0L).set(DATASET_IMPORT.ROWS_REJECTED, 0L)
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(DATASET_IMPORT.ID).fetchOne().value1();
    }

    /** Records the run's progress as a new version of it; the finish time is set with a final status. */
    void update(long key, Counts counts, ImportStatus status, Change change, List<String> files) {
        String names = String.join("\n", files);
        dsl.update(DATASET_IMPORT)
                .set(DATASET_IMPORT.FILES, names.length() <= 4000 ? names : names.substring(0, 4000))
                .set(DATASET_IMPORT.ROWS_READ, counts.read()).set(DATASET_IMPORT.ROWS_IMPORTED, counts.imported())
                .set(DATASET_IMPORT.ROWS_DUPLICATE, counts.duplicate())
                .set(DATASET_IMPORT.ROWS_REJECTED, counts.rejected())
                .set(DATASET_IMPORT.ROWS_WITHOUT_EVENT, counts.withoutEvent())
                .set(DATASET_IMPORT.STATUS, status.name())
                .set(DATASET_IMPORT.FINISHED_AT, status == ImportStatus.RUNNING ? null : change.at())
                .set(PROVENANCE.version(), PROVENANCE.version().plus(1))
                .set(PROVENANCE.updatedAt(), change.at()).set(PROVENANCE.updatedBy(), change.by())
                .where(DATASET_IMPORT.ID.eq(key)).execute();
    }

    public Map<Long, DatasetImport> find(Collection<Long> keys) {
        return dsl.select(FIELDS).from(DATASET_IMPORT).where(DATASET_IMPORT.ID.in(keys))
                .fetch(DatasetImports::toImport).stream()
                .collect(Collectors.toMap(DatasetImport::key, Function.identity()));
    }

    Connection<DatasetImport> newestFirst(boolean includeRetracted, PageRequest page, boolean withTotal) {
        return pager.page(KeysetPager.Query.root(DATASET_IMPORT, FIELDS, PROVENANCE.liveUnless(includeRetracted),
                NEWEST_FIRST, DatasetImports::toImport), page, withTotal);
    }

    private static DatasetImport toImport(Record row) {
        return new DatasetImport(row.get(DATASET_IMPORT.ID), ImportFormat.valueOf(row.get(DATASET_IMPORT.FORMAT)),
                row.get(DATASET_IMPORT.FILES).isEmpty() ? List.of() : List.of(row.get(DATASET_IMPORT.FILES).split("\n")), ImportStatus.valueOf(row.get(DATASET_IMPORT.STATUS)),
                row.get(DATASET_IMPORT.ROWS_READ), row.get(DATASET_IMPORT.ROWS_IMPORTED),
                row.get(DATASET_IMPORT.ROWS_DUPLICATE), row.get(DATASET_IMPORT.ROWS_REJECTED),
                row.get(DATASET_IMPORT.ROWS_WITHOUT_EVENT), row.get(DATASET_IMPORT.FINISHED_AT), PROVENANCE.read(row));
    }

    @Configuration(proxyBeanMethods = false)
    static class DatasetImportRegistration {

        /** Retracting an import retracts, in the same transaction and with the same retraction, what it brought in. */
        @Bean
        FactRegistration datasetImportFacts(DatasetImports imports, DatasetRecords records, ImportedActions actions) {
            return new FactRegistration(FACTS, key -> imports.find(List.of(key)).get(key),
                    key -> actions.retract(records.actionsImportedBy(key), imports.find(List.of(key)).get(key).retraction()),
                    fact -> Involvement.NONE);
        }
    }
}
