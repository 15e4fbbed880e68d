package org.diplograph.dataset;

import static org.diplograph.sql.schema.Tables.ACTION_MENTION;
import static org.diplograph.sql.schema.Tables.ACTION_RECORD;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplograph.action.code.Dataset;
import org.diplograph.sql.BulkInserts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.conf.ParamCastMode;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Imported actions' records in their data sets, and the GDELT mentions of them (migration V16). */
@Repository
public class DatasetRecords {

    private static final List<Field<?>> RECORD_FIELDS = List.of(ACTION_RECORD.ACTION_ID, ACTION_RECORD.DATASET,
            ACTION_RECORD.EVENT_KEY, ACTION_RECORD.IMPORT_ID, ACTION_RECORD.FILE_NAME, ACTION_RECORD.LINE_NUMBER,
            ACTION_RECORD.CODED_AS, ACTION_RECORD.DATASET_INTENSITY, ACTION_RECORD.SOURCE_URL, ACTION_RECORD.STORY_ID,
            ACTION_RECORD.SENTENCE_NUMBER, ACTION_RECORD.PUBLISHER, ACTION_RECORD.PUBLISHED_ON, ACTION_RECORD.LANGUAGE,
            ACTION_RECORD.ROOT_EVENT, ACTION_RECORD.MENTION_COUNT, ACTION_RECORD.SOURCE_COUNT,
            ACTION_RECORD.ARTICLE_COUNT, ACTION_RECORD.AVERAGE_TONE, ACTION_RECORD.LATITUDE, ACTION_RECORD.LONGITUDE,
            ACTION_RECORD.PLACE_FEATURE_ID, ACTION_RECORD.ADDED_AT);
    private static final List<Field<?>> MENTION_FIELDS = List.of(ACTION_MENTION.ACTION_ID,
            ACTION_MENTION.SENTENCE_NUMBER, ACTION_MENTION.IDENTIFIER, ACTION_MENTION.IMPORT_ID,
            ACTION_MENTION.MENTION_TYPE, ACTION_MENTION.SOURCE_NAME, ACTION_MENTION.MENTIONED_AT,
            ACTION_MENTION.ACTOR1_OFFSET, ACTION_MENTION.ACTOR2_OFFSET, ACTION_MENTION.ACTION_OFFSET,
            ACTION_MENTION.IN_RAW_TEXT, ACTION_MENTION.CONFIDENCE, ACTION_MENTION.DOCUMENT_LENGTH,
            ACTION_MENTION.DOCUMENT_TONE);

    private final DSLContext dsl;
    private final BulkInserts bulk;
    /**
     * The same, binding values without casts: H2 reads {@code event_key IN (CAST(? AS VARCHAR), ...)} as expressions to
     * evaluate on every row, not as keys to look up in the natural-key index.
     */
    private final DSLContext uncast;

    DatasetRecords(DSLContext dsl, BulkInserts bulk) {
        this.dsl = dsl;
        this.bulk = bulk;
        // Settings are mutable and shared: derive from a copy.
        Settings settings = ((Settings) dsl.settings().clone()).withParamCastMode(ParamCastMode.NEVER);
        this.uncast = DSL.using(dsl.configuration().derive(settings));
    }

    /** Which of these events of the data set are imported already, by event key: the action each became. */
    Map<String, Long> imported(Dataset dataset, Collection<String> eventKeys) {
        Map<String, Long> found = new HashMap<>();
        if (eventKeys.isEmpty()) {
            return found;
        }
        uncast.select(ACTION_RECORD.EVENT_KEY, ACTION_RECORD.ACTION_ID).from(ACTION_RECORD)
                .where(ACTION_RECORD.DATASET.eq(dataset.name())).and(ACTION_RECORD.EVENT_KEY.in(eventKeys))
                .forEach(row -> found.put(row.value1(), row.value2()));
        return found;
    }

    /** The actions an import brought in, as a subquery. */
    Select<Record1<Long>> actionsImportedBy(long importKey) {
        return DSL.select(ACTION_RECORD.ACTION_ID).from(ACTION_RECORD).where(ACTION_RECORD.IMPORT_ID.eq(importKey));
    }

    void insertRecords(List<ActionRecord> records) {
        bulk.insert(ACTION_RECORD, RECORD_FIELDS, records.stream().map(record -> Arrays.asList(record.actionKey(),
                record.dataset().name(), record.eventKey(), record.importKey(), record.fileName(), record.lineNumber(),
                record.codedAs(), record.datasetIntensity(), record.sourceUrl(), record.storyId(),
                record.sentenceNumber(), record.publisher(), record.publishedOn(), record.language(),
                record.rootEvent(), record.mentionCount(), record.sourceCount(), record.articleCount(),
                record.averageTone(), record.latitude(), record.longitude(), record.placeFeatureId(),
                record.addedAt())).toList());
    }

    /** The mentions already stored among these, by (action, sentence, identifier). */
    Set<List<Object>> storedMentions(List<Mention> mentions) {
        Set<List<Object>> stored = new HashSet<>();
        Set<Long> actions = mentions.stream().map(Mention::actionKey).collect(Collectors.toSet());
        if (actions.isEmpty()) {
            return stored;
        }
        dsl.select(ACTION_MENTION.ACTION_ID, ACTION_MENTION.SENTENCE_NUMBER, ACTION_MENTION.IDENTIFIER)
                .from(ACTION_MENTION).where(ACTION_MENTION.ACTION_ID.in(actions))
                .forEach(row -> stored.add(List.of(row.value1(), row.value2(), row.value3())));
        return stored;
    }

    static List<Object> keyOf(Mention mention) {
        return List.of(mention.actionKey(), mention.sentenceNumber(), mention.identifier());
    }

    void insertMentions(List<Mention> mentions) {
        bulk.insert(ACTION_MENTION, MENTION_FIELDS, mentions.stream().map(mention -> Arrays.asList(
                mention.actionKey(), mention.sentenceNumber(), mention.identifier(), mention.importKey(),
                (short) mention.mentionType(), mention.sourceName(), mention.mentionedAt(), mention.actor1Offset(),
                mention.actor2Offset(), mention.actionOffset(), mention.inRawText(), (short) mention.confidence(),
                mention.documentLength(), mention.documentTone())).toList());
    }

    Map<Long, ActionRecord> recordsOf(Collection<Long> actionKeys) {
        Map<Long, ActionRecord> found = new HashMap<>();
        dsl.select(RECORD_FIELDS).from(ACTION_RECORD).where(ACTION_RECORD.ACTION_ID.in(actionKeys))
                .forEach(row -> found.put(row.get(ACTION_RECORD.ACTION_ID), toRecord(row)));
        return found;
    }

    /** The mentions of these actions, by action, oldest mention first. */
    Map<Long, List<Mention>> mentionsOf(Collection<Long> actionKeys) {
        Map<Long, List<Mention>> found = new HashMap<>();
        dsl.select(MENTION_FIELDS).from(ACTION_MENTION).where(ACTION_MENTION.ACTION_ID.in(actionKeys))
                .orderBy(ACTION_MENTION.ACTION_ID, ACTION_MENTION.MENTIONED_AT, ACTION_MENTION.IDENTIFIER,
                        ACTION_MENTION.SENTENCE_NUMBER)
                .forEach(row -> found.computeIfAbsent(row.get(ACTION_MENTION.ACTION_ID), key -> new ArrayList<>())
                        .add(toMention(row)));
        return found;
    }

    private static ActionRecord toRecord(Record row) {
        return new ActionRecord(row.get(ACTION_RECORD.ACTION_ID), Dataset.valueOf(row.get(ACTION_RECORD.DATASET)),
                row.get(ACTION_RECORD.EVENT_KEY), row.get(ACTION_RECORD.IMPORT_ID), row.get(ACTION_RECORD.FILE_NAME),
                row.get(ACTION_RECORD.LINE_NUMBER), row.get(ACTION_RECORD.CODED_AS),
                row.get(ACTION_RECORD.DATASET_INTENSITY), row.get(ACTION_RECORD.SOURCE_URL),
                row.get(ACTION_RECORD.STORY_ID), row.get(ACTION_RECORD.SENTENCE_NUMBER),
                row.get(ACTION_RECORD.PUBLISHER), row.get(ACTION_RECORD.PUBLISHED_ON), row.get(ACTION_RECORD.LANGUAGE),
                row.get(ACTION_RECORD.ROOT_EVENT), row.get(ACTION_RECORD.MENTION_COUNT),
                row.get(ACTION_RECORD.SOURCE_COUNT), row.get(ACTION_RECORD.ARTICLE_COUNT),
                row.get(ACTION_RECORD.AVERAGE_TONE), row.get(ACTION_RECORD.LATITUDE), row.get(ACTION_RECORD.LONGITUDE),
                row.get(ACTION_RECORD.PLACE_FEATURE_ID), row.get(ACTION_RECORD.ADDED_AT));
    }

    private static Mention toMention(Record row) {
        return new Mention(row.get(ACTION_MENTION.ACTION_ID), row.get(ACTION_MENTION.SENTENCE_NUMBER),
                row.get(ACTION_MENTION.IDENTIFIER), row.get(ACTION_MENTION.IMPORT_ID),
                row.get(ACTION_MENTION.MENTION_TYPE), row.get(ACTION_MENTION.SOURCE_NAME),
                row.get(ACTION_MENTION.MENTIONED_AT), row.get(ACTION_MENTION.ACTOR1_OFFSET),
                row.get(ACTION_MENTION.ACTOR2_OFFSET), row.get(ACTION_MENTION.ACTION_OFFSET),
                row.get(ACTION_MENTION.IN_RAW_TEXT), row.get(ACTION_MENTION.CONFIDENCE),
                row.get(ACTION_MENTION.DOCUMENT_LENGTH), row.get(ACTION_MENTION.DOCUMENT_TONE));
    }
}
