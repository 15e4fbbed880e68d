package org.diplograph.dataset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.diplograph.action.ImportedActions;
import org.diplograph.actor.ImportedActors;
import org.diplograph.dataset.DatasetImports.Counts;
import org.diplograph.dataset.file.EventFiles.Rejection;
import org.diplograph.dataset.gdelt.GdeltMention;
import org.diplograph.fact.Change;
import org.diplograph.fact.Involvement;
import org.diplograph.fact.Operation;
import org.diplograph.fact.RevisionLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports event files into the knowledge base, in chunks of rows, each chunk one transaction: its new actors, actions,
 * records (or mentions), the import's counters and one revision of the import, which the live feed announces. A thread
 * of its own reads and maps the next chunks while one is written, never more than a few ahead. Rows
 * whose event is imported already are counted as duplicates and left alone, so an import interrupted at any point
 * (even by kill -9) and run again ends with exactly the rows of one uninterrupted import.
 */
@Service
public class EventImporter {

    /** Who imported facts are recorded as, in their provenance and in the audit trail. */
    public static final String IMPORTER = "importer";
    /** Chunks read ahead of the one being written: what bounds an import's memory, whatever the size of its files. */
    private static final int CHUNKS_AHEAD = 2;

    /** What an import tells whoever runs it while it goes on. */
    public interface Progress {
        /** Called after each chunk: rows read so far, and bytes of the current file read of its size. */
        void advanced(Counts counts, long bytesRead, long bytesTotal);

        void rejected(Rejection rejection);
    }

    /**
     * The end of an import: the run as recorded, the files that could not be read (with why), and the country codes
     * and names that named no known country, with the number of rows that carried each.
     */
    public record Outcome(DatasetImport run, List<String> unreadableFiles, Map<String, Long> unknownCountries) {
    }

    private final DatasetImports imports;
    private final DatasetRecords records;
    private final ImportedActions actions;
    private final ImportedActors actors;
    private final EventRows rows;
    private final RevisionLog revisions;
    private final TransactionTemplate transactions;
    /**
     * Rows per transaction ({@code diplograph.import.chunk-rows}, 10,000): larger chunks pay the per-chunk work (the
     * roll-up upserts of the days and codes a chunk touches, the commit, one revision) fewer times; measured 6,320 →
     * 7,029 rows/s on PostgreSQL from 2,000 to 10,000 (10^5 rows) and 3,327 → 3,535 on H2 (3×10^5).
     */
    private final int chunkRows;

    EventImporter(DatasetImports imports, DatasetRecords records, ImportedActions actions, ImportedActors actors,
                  EventRows rows, RevisionLog revisions, PlatformTransactionManager transactionManager,
                  @Value("${diplograph.import.chunk-rows:10000}")
                  int chunkRows) {
        this.chunkRows = chunkRows;
        this.imports = imports;
        this.records = records;
        this.actions = actions;
        this.actors = actors;
        this.rows = rows;
        this.revisions = revisions;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Rows written in one transaction, and announced as one change. */
    int chunkRows() {
        return chunkRows;
    }

    public Outcome run(ImportFormat format, List<Path> files, Progress progress) {
        return run(format, files, StandardCharsets.UTF_8, progress);
    }

    /**
     * Imports the files, read in this encoding; refuses with {@link DatasetImports.ImportBusyException}, recording
     * nothing, while another import writes to the database.
     */
    public Outcome run(ImportFormat format, List<Path> files, Charset encoding, Progress progress) {
        try (AutoCloseable held = imports.exclusively()) {
            return runAlone(format, files, encoding, progress);
        } catch (RuntimeException failed) {
            throw failed;
        } catch (Exception cannotRelease) {
            throw new IllegalStateException("The import's hold on the database could not be released", cannotRelease);
        }
    }

    private Outcome runAlone(ImportFormat format, List<Path> files, Charset encoding, Progress progress) {
        Run run = new Run(format, progress);
        List<String> unreadable = new ArrayList<>();
        BlockingQueue<ChunkReader.Chunk> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        ChunkReader chunkReader = new ChunkReader(format, encoding, run.key, chunks, rows, chunkRows);
        Thread reader = new Thread(() -> chunkReader.readAll(files), "import-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                ChunkReader.Chunk chunk = chunks.take();
                if (chunk == ChunkReader.Chunk.END) {
                    break;
                }
                if (chunk.failure() != null) {
                    throw chunk.failure();
                }
                if (chunk.unreadable() != null) {
                    unreadable.add(chunk.unreadable());
                    continue;
                }
                run.write(chunk);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", interrupted);
        } finally {
            reader.interrupt();
        }
        run.finish(unreadable.isEmpty() ? ImportStatus.COMPLETED : ImportStatus.FAILED);
        // The reader put END after its last count: what it counted is visible here.
        return new Outcome(imports.find(List.of(run.key)).get(run.key), unreadable, chunkReader.unknownCountries);
    }

    private static Change now() {
        return new Change(IMPORTER, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }

    /** One import: its record, counters and the chunk being written. */
    private final class Run {
        private final ImportFormat format;
        private final Progress progress;
        private final long key;
        private final ActorMatching matching = new ActorMatching(actors);
        private final List<String> files = new ArrayList<>();
        private Counts counts = Counts.NONE;
        /** What the chunk being written adds, and the countries it involves: kept until its commit. */
        private Counts lastChunk = Counts.NONE;
        private Involvement involvement = Involvement.NONE;
        private ChunkReader.Chunk chunk;

        Run(ImportFormat format, Progress progress) {
            this.format = format;
            this.progress = progress;
            this.key = transactions.execute(status -> {
                Change change = now();
                long started = imports.start(format, List.of(), change);
                announce(started, Operation.RECORD, change, null, Involvement.NONE);
                return started;
            });
        }

        void write(ChunkReader.Chunk next) {
            if (!files.contains(next.file())) {
                files.add(next.file());
            }
            next.rejections().forEach(progress::rejected);
            if (next.read() == 0) {
                return;
            }
            chunk = next;
            try {
                transactions.executeWithoutResult(status -> {
                    Change change = now();
                    Counts written = format == ImportFormat.GDELT_MENTIONS ? writeMentions() : writeEvents(change);
                    Counts total = counts.plus(written);
                    imports.update(key, total, ImportStatus.RUNNING, change, files);
                    announce(key, Operation.CORRECT, change, null, involvement);
                });
            } catch (RuntimeException failed) {
                matching.rolledBack();
                throw failed;
            }
            matching.committed();
            counts = counts.plus(lastChunk);
            progress.advanced(counts, next.bytesRead(), next.bytesTotal());
        }

        private Counts writeEvents(Change change) {
            List<EventRow> events = chunk.events();
            Map<String, Long> already = records.imported(format.dataset(),
                    events.stream().map(EventRow::eventKey).toList());
            Set<String> seen = new HashSet<>(already.keySet());
            List<EventRow> fresh = new ArrayList<>();
            for (EventRow row : events) {
                if (seen.add(row.eventKey())) {
                    fresh.add(row);
                }
            }
            matching.resolve(fresh, change);
            List<ImportedActions.ImportedAction> imported = new ArrayList<>(fresh.size());
            Set<String> countries = new HashSet<>();
            for (EventRow row : fresh) {
                List<ImportedActions.ImportedParty> actor = side(row.actor(), countries);
                List<ImportedActions.ImportedParty> recipient = side(row.recipient(), countries);
                imported.add(new ImportedActions.ImportedAction(format.dataset(), row.code(), row.plover(),
                        row.summary(), row.place(), row.placeCountry(), row.occurredOn(), row.wording(), actor,
                        recipient));
            }
            List<Long> keys = actions.insert(imported, change);
            List<ActionRecord> stored = new ArrayList<>(fresh.size());
            for (int i = 0; i < fresh.size(); i++) {
                stored.add(fresh.get(i).record().of(keys.get(i), key));
            }
            records.insertRecords(stored);
            involvement = new Involvement(countries, Set.of());
            lastChunk = new Counts(chunk.read(), fresh.size(), events.size() - fresh.size(),
                    chunk.rejections().size(), 0);
            return lastChunk;
        }

        private List<ImportedActions.ImportedParty> side(EventSide party, Set<String> countries) {
            if (party == null) {
                return List.of();
            }
            ImportedActions.ImportedParty resolved = matching.party(party);
            if (resolved.countryCode() != null) {
                countries.add(resolved.countryCode());
            }
            return List.of(resolved);
        }

        private Counts writeMentions() {
            List<ChunkReader.Located<GdeltMention>> mentions = chunk.mentions();
            Map<String, Long> events = records.imported(format.dataset(),
                    mentions.stream().map(located -> String.valueOf(located.row().globalEventId())).distinct().toList());
            List<Mention> found = new ArrayList<>();
            long rejected = chunk.rejections().size();
            long notImported = 0;
            for (ChunkReader.Located<GdeltMention> located : mentions) {
                GdeltMention mention = located.row();
                Long action = events.get(String.valueOf(mention.globalEventId()));
                if (action == null) {
                    notImported++;
                    continue;
                }
                found.add(new Mention(action, mention.sentenceId(), mention.identifier(), key, mention.mentionType(),
                        mention.sourceName(), mention.mentionTime().atOffset(ZoneOffset.UTC),
                        offset(mention.actor1CharOffset()), offset(mention.actor2CharOffset()),
                        offset(mention.actionCharOffset()), mention.inRawText(), mention.confidence(),
                        mention.documentLength(),
                        mention.documentTone() == null ? null : mention.documentTone().doubleValue()));
            }
            Set<List<Object>> stored = records.storedMentions(found);
            List<Mention> fresh = new ArrayList<>();
            for (Mention mention : found) {
                if (stored.add(DatasetRecords.keyOf(mention))) {
                    fresh.add(mention);
                }
            }
            records.insertMentions(fresh);
            involvement = Involvement.NONE;
            lastChunk = new Counts(chunk.read(), fresh.size(), found.size() - fresh.size(), rejected, notImported);
            return lastChunk;
        }

        void finish(ImportStatus status) {
            transactions.executeWithoutResult(state -> {
                Change change = now();
                imports.update(key, counts, status, change, files);
                announce(key, Operation.CORRECT, change, null, Involvement.NONE);
            });
        }

        private void announce(long run, Operation operation, Change change, String reason, Involvement involved) {
            revisions.record(imports.find(List.of(run)).get(run), operation, change, reason, involved);
        }
    }

    private static Integer offset(int written) {
        return written < 0 ? null : written;
    }
}
