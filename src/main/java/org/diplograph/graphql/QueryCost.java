package org.diplograph.graphql;

import java.util.List;
import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a request costs, computed before it runs from the fields it selects and the page sizes it asks for (variables
 * and {@code @skip}/{@code @include} applied), so a client learns the price of a query before paying it, as Shopify's
 * clients do. A scalar or enum field costs 0; an object, or a list that is not a connection, costs 1 plus what it
 * selects; a connection costs 2 plus its page size ({@code first}, {@code last}, or the default page size) times what
 * each of its items selects, so the cost bounds the number of objects a response can hold.
 */
final class QueryCost {

    /** Beyond this many distinct selected fields the query is refused without pricing the rest. */
    static final int MAX_FIELDS_PRICED = 20_000;

    private final GraphQLSchema schema;
    private final PaginationProperties pages;

    QueryCost(GraphQLSchema schema, PaginationProperties pages) {
        this.schema = schema;
        this.pages = pages;
    }

    long of(OperationDefinition operation, Map<String, FragmentDefinition> fragments, CoercedVariables variables) {
        ExecutableNormalizedOperation normalized = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
                schema, operation, fragments, variables,
                ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(MAX_FIELDS_PRICED));
        return sum(normalized.getTopLevelFields());
    }

    private long sum(List<ExecutableNormalizedField> fields) {
        long total = 0;
        for (ExecutableNormalizedField field : fields) {
            total = saturatedAdd(total, of(field));
        }
        return total;
    }

    private long of(ExecutableNormalizedField field) {
        GraphQLOutputType type = field.getType(schema);
        if (GraphQLTypeUtil.isLeaf(type)) {
            return 0;
        }
        long children = sum(field.getChildren());
        String typeName = ((GraphQLNamedOutputType) GraphQLTypeUtil.unwrapAll(type)).getName();
        if (typeName.endsWith("Connection")) {
            return saturatedAdd(2, saturatedMultiply(pageSize(field), children));
        }
        return saturatedAdd(1, children);
    }

    private long pageSize(ExecutableNormalizedField connection) {
        Map<String, Object> arguments = connection.getResolvedArguments();
        Object requested = arguments.get("first") != null ? arguments.get("first") : arguments.get("last");
        if (requested instanceof Number number) {
            // Past the cap the connection itself refuses the request, with the clearer message.
            return Math.max(0, Math.min(number.longValue(), pages.maxPageSize()));
        }
        return pages.defaultPageSize();
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
