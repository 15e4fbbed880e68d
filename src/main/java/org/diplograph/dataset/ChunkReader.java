package org.diplograph.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.diplograph.dataset.file.EventFileContent;
import org.diplograph.dataset.file.EventFiles.Rejection;
import org.diplograph.dataset.file.EventFiles;
import org.diplograph.dataset.file.RejectedRowException;
import org.diplograph.dataset.gdelt.GdeltEventMapper;
import org.diplograph.dataset.gdelt.GdeltMention;
import org.diplograph.dataset.gdelt.GdeltMentionMapper;
import org.diplograph.dataset.icews.IcewsEventMapper;
import org.diplograph.dataset.polecat.PolecatEvent;
import org.diplograph.dataset.polecat.PolecatEventMapper;
import org.diplograph.dataset.polecat.PolecatJsonLines;
import org.springframework.batch.infrastructure.item.file.mapping.FieldSetMapper;

/**
 * Reads and maps the files on a thread of its own, handing full chunks to the writer through a short queue: the
 * parsing of the next chunk overlaps the writing of this one, and no more than a few chunks are ever held.
 */
final class ChunkReader {

    /**
     * Up to {@code chunkRows} rows of one file, read and mapped, with the rows rejected among them; or the end of a
     * file that could not be read, or of the import.
     */
    record Chunk(String file, List<EventRow> events, List<Located<GdeltMention>> mentions,
                 List<Rejection> rejections, long read, long bytesRead, long bytesTotal, String unreadable,
                 RuntimeException failure) {

        static final Chunk END = new Chunk(null, List.of(), List.of(), List.of(), 0, 0, 0, null, null);

        static Chunk unreadable(String reason) {
            return new Chunk(null, List.of(), List.of(), List.of(), 0, 0, 0, reason, null);
        }

        static Chunk failed(RuntimeException failure) {
            return new Chunk(null, List.of(), List.of(), List.of(), 0, 0, 0, null, failure);
        }
    }

    /** The writer stopped (it failed, or the import was interrupted): the reader stops where it is. */
    static final class WriterStopped extends RuntimeException {
        WriterStopped() {
            super(null, null, false, false);
        }
    }

    /** A row read, with the file and line it came from. */
    record Located<T>(T row, String file, long line) {
    }

    /** Reads a file's rows, handing each over with its line. */
    @FunctionalInterface
    interface Reading<T> {
        void read(EventFiles.RowHandler<T> handler) throws IOException;
    }

    /** Maps a row read onto Diplograph's model, or rejects it with the reason. */
    @FunctionalInterface
    interface Mapping<T> {
        EventRow map(T row, long line);
    }

    private final ImportFormat format;
    private final Charset encoding;
    private final EventRows rows;
    private final int chunkRows;
    private final long importKey;
    private final BlockingQueue<Chunk> chunks;
    private final AtomicLong bytesRead = new AtomicLong();
    private String file;
    private long bytesTotal;
    private List<EventRow> events = new ArrayList<>();
    private List<Located<GdeltMention>> mentions = new ArrayList<>();
    private List<Rejection> rejections = new ArrayList<>();
    /** The codes and names that named no known country, with the rows that carried each: read once all is read. */
    final Map<String, Long> unknownCountries = new ConcurrentSkipListMap<>();
    private long read;

    ChunkReader(ImportFormat format, Charset encoding, long importKey, BlockingQueue<Chunk> chunks, EventRows rows,
                int chunkRows) {
        this.rows = rows;
        this.chunkRows = chunkRows;
        this.format = format;
        this.encoding = encoding;
        this.importKey = importKey;
        this.chunks = chunks;
    }

    void readAll(List<Path> files) {
        try {
            for (Path path : files) {
                try {
                    read(path);
                } catch (IOException | UncheckedIOException cannotRead) {
                    // The whole rows read before the fault go in; the file is then reported as not read to its end.
                    handFull();
                    chunks.put(Chunk.unreadable(path.getFileName() + ": " + cannotRead.getMessage()));
                }
            }
            chunks.put(Chunk.END);
        } catch (InterruptedException writerStopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            try {
                chunks.put(Chunk.failed(failed));
            } catch (InterruptedException writerStopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void read(Path path) throws IOException, InterruptedException {
        file = path.getFileName().toString();
        bytesRead.set(0);
        bytesTotal = Files.size(path);
        try {
            switch (format) {
                case GDELT_EVENTS -> readEvents(path, new GdeltEventMapper(), false,
                        (event, line) -> rows.gdelt(event, file, line, importKey));
                case ICEWS -> readEvents(path, new IcewsEventMapper(), true,
                        (event, line) -> rows.icews(event, file, line, importKey));
                case POLECAT -> {
                    Mapping<PolecatEvent> polecat = (event, line) -> rows.polecat(event, file, line, importKey);
                    if (PolecatJsonLines.looksLikeJson(EventFileContent.firstLine(path))) {
                        readEvents(handler -> EventFiles.readLines(path, encoding, new PolecatJsonLines(), handler,
                                this::reject, bytesRead), polecat);
                    } else {
                        readEvents(path, new PolecatEventMapper(), true, polecat);
                    }
                }
                case GDELT_MENTIONS -> EventFiles.readNumbered(path, encoding, new GdeltMentionMapper(), false,
                        (mention, line) -> {
                            read++;
                            mentions.add(new Located<>(mention, file, line));
                            if (mentions.size() == chunkRows) {
                                handFull();
                            }
                        }, this::reject, bytesRead);
            }
        } catch (WriterStopped stopped) {
            throw new InterruptedException();
        }
        handFull();
    }

    private <T> void readEvents(Path path, FieldSetMapper<T> mapper, boolean header, Mapping<T> mapping)
            throws IOException {
        readEvents(handler -> EventFiles.readNumbered(path, encoding, mapper, header, handler, this::reject,
                bytesRead), mapping);
    }

    private <T> void readEvents(Reading<T> reading, Mapping<T> mapping) throws IOException {
        reading.read((event, line) -> {
            EventRow mapped;
            try {
                mapped = mapping.map(event, line);
            } catch (RejectedRowException notMapped) {
                reject(new Rejection(file, line, notMapped.getMessage()));
                return;
            }
            read++;
            mapped.unknownCountries().forEach(unknown -> unknownCountries.merge(unknown, 1L, Long::sum));
            events.add(mapped);
            if (events.size() == chunkRows) {
                handFull();
            }
        });
    }

    private void reject(Rejection rejection) {
        read++;
        rejections.add(rejection);
    }

    /** Hands over what was read since the last chunk (an empty one at the end of a file records the file). */
    private void handFull() {
        try {
            chunks.put(new Chunk(file, events, mentions, rejections, read, bytesRead.get(), bytesTotal, null, null));
        } catch (InterruptedException interrupted) {
            throw new WriterStopped();
        }
        events = new ArrayList<>();
        mentions = new ArrayList<>();
        rejections = new ArrayList<>();
        read = 0;
    }
}
