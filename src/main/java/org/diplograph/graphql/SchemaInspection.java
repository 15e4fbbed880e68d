package org.diplograph.graphql;

import java.util.List;
import java.util.Map;
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
public class SchemaInspection implements GraphQlSourceBuilderCustomizer {

    /**
     * The Java classes of union members that no resolver returns by type and that live in another package than the
     * union's other members, where the inspection would not look for them.
     */
    public interface UnionMembers {
        Map<String, Class<?>> classes();
    }

    private static final Logger log = LoggerFactory.getLogger(SchemaInspection.class);

    private final AtomicReference<SchemaReport> lastReport = new AtomicReference<>();
    private final List<UnionMembers> unionMembers;

    SchemaInspection(List<UnionMembers> unionMembers) {
        this.unionMembers = unionMembers;
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.inspectSchemaMappings(initializer -> unionMembers.forEach(members -> members.classes()
                .forEach((type, javaClass) -> initializer.classMapping(type, javaClass))), report -> {
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
