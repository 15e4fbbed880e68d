package org.diplograph.dataset;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.action.Action;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.Paging;
import org.diplograph.graphql.node.NodeResolver;
import org.diplograph.graphql.node.NodeType;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Imported events' records and mentions, and the imports themselves. */
@Controller
class DatasetController {

    private final DatasetRecords records;
    private final DatasetImports imports;
    private final Paging paging;

    DatasetController(DatasetRecords records, DatasetImports imports, Paging paging) {
        this.records = records;
        this.imports = imports;
        this.paging = paging;
    }

    @Bean
    static NodeResolver datasetImportNodes(DatasetImports imports) {
        return NodeResolver.numeric(NodeType.DATASET_IMPORT, imports::find);
    }

    @QueryMapping
    Connection<DatasetImport> datasetImports(@Argument Boolean includeRetracted, DataFetchingEnvironment env) {
        return imports.newestFirst(Boolean.TRUE.equals(includeRetracted), paging.request(env), Paging.wantsTotal(env));
    }

    @BatchMapping(typeName = "Action")
    Map<Action, ActionRecord> record(List<Action> batch) {
        Map<Long, ActionRecord> found = records.recordsOf(batch.stream()
                .filter(action -> action.sourceKey() == null).map(Action::key).toList());
        return Batches.each(batch, action -> found.get(action.key()));
    }

    @BatchMapping(typeName = "Action")
    Map<Action, List<Mention>> mentions(List<Action> batch) {
        List<Long> imported = batch.stream().filter(action -> action.sourceKey() == null).map(Action::key).toList();
        Map<Long, List<Mention>> found = imported.isEmpty() ? Map.of() : records.mentionsOf(imported);
        return Batches.each(batch, action -> found.getOrDefault(action.key(), List.of()));
    }

    @SchemaMapping(typeName = "DatasetRecord", field = "eventId")
    String eventId(ActionRecord record) {
        return record.eventKey();
    }

    @SchemaMapping(typeName = "DatasetRecord", field = "file")
    String file(ActionRecord record) {
        return record.fileName();
    }

    @SchemaMapping(typeName = "DatasetRecord", field = "line")
    long line(ActionRecord record) {
        return record.lineNumber();
    }

    @SchemaMapping(typeName = "DatasetRecord", field = "storyId")
    String storyId(ActionRecord record) {
        return record.storyId() == null ? null : String.valueOf(record.storyId());
    }

    @SchemaMapping(typeName = "DatasetRecord", field = "isRootEvent")
    Boolean isRootEvent(ActionRecord record) {
        return record.rootEvent();
    }

    @BatchMapping(typeName = "DatasetRecord", field = "import")
    Map<ActionRecord, DatasetImport> importOf(List<ActionRecord> batch) {
        Map<Long, DatasetImport> found = imports.find(batch.stream().map(ActionRecord::importKey).distinct().toList());
        return Batches.each(batch, record -> found.get(record.importKey()));
    }
}
