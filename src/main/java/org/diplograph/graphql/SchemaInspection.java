package org.diplograph.graphql;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the schema and the resolvers disagree: a schema field with no resolver and no matching Java
 * property, a resolver for a field that does not exist, or a resolver argument the schema does not declare. Such a
 * mismatch would otherwise surface only as nulls at run time.
 */
@Component
class SchemaInspection implements GraphQlSourceBuilderCustomizer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInspection.class);

    private final AtomicReference<SchemaReport> lastReport = new AtomicReference<>();

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.inspectSchemaMappings(report -> {
            lastReport.set(report);
            log.debug("GraphQL schema inspection: {}", report);
            if (!report.unmappedFields().isEmpty() || !report.unmappedRegistrations().isEmpty()
                    || !report.unmappedArguments().isEmpty()) {
                throw new IllegalStateException("GraphQL schema and resolvers disagree: " + report);
            }
        });
    }

    /** The report of the inspection made at start-up. */
    SchemaReport lastReport() {
        return lastReport.get();
    }
}
