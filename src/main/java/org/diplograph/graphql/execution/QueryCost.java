package org.diplograph.graphql.execution;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.diplograph.graphql.PaginationProperties;

/**
 * What a request costs, computed before it runs from the fields it selects, the page sizes it asks for and the bounds
 * of the lists it selects (variables and {@code @skip}/{@code @include} applied), so a client learns the price of a
 * query before paying it, as Shopify's clients do; the cost bounds the number of objects an answer can hold.
 * <ul>
 *   <li>a scalar or enum field, or a list of them, costs 0;</li>
 *   <li>introspection (the schema, whose size is fixed) costs 1 per object it selects, its lists priced as one item;</li>
 *   <li>an object costs 1 plus what it selects;</li>
 *   <li>a connection costs 2 plus its page size ({@code first}, {@code last}, or the default page size) times what
 *       each of its items selects (its {@code edges} and {@code nodes} are priced as one item);</li>
 *   <li>any other list of objects costs its bound times what one item costs (1 plus what it selects): the bound its
 *       {@code @listSize} directive declares, or the value (a number) or length (a list) of the argument it names.</li>
 * </ul>
 */
public final class QueryCost {

    /** Beyond this many distinct selected fields the query is refused without pricing the rest. */
    public static final int MAX_FIELDS_PRICED = 20_000;

    /** The schema directive that bounds a list (see schema.graphqls). */
    public static final String LIST_SIZE = "listSize";

    private final GraphQLSchema schema;
    private final PaginationProperties pages;

    public QueryCost(GraphQLSchema schema, PaginationProperties pages) {
        this.schema = schema;
        this.pages = pages;
    }

    public long of(OperationDefinition operation, Map<String, FragmentDefinition> fragments, CoercedVariables variables) {
        ExecutableNormalizedOperation normalized = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
                schema, operation, fragments, variables,
                ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(MAX_FIELDS_PRICED));
        return sum(normalized.getTopLevelFields(), false);
    }

    private long sum(List<ExecutableNormalizedField> fields, boolean insideConnection) {
        long total = 0;
        for (ExecutableNormalizedField field : fields) {
            total = saturatedAdd(total, of(field, insideConnection));
        }
        return total;
    }

    private long of(ExecutableNormalizedField field, boolean insideConnection) {
        GraphQLOutputType type = field.getType(schema);
        GraphQLOutputType unwrapped = (GraphQLOutputType) GraphQLTypeUtil.unwrapAll(type);
        if (GraphQLTypeUtil.isLeaf(unwrapped)) {
            return 0;
        }
        String typeName = ((GraphQLNamedOutputType) unwrapped).getName();
        if (typeName.startsWith("__")) {
            // Introspection reads the schema, whose size is fixed: its lists are priced as one item.
            return saturatedAdd(1, sum(field.getChildren(), false));
        }
        if (typeName.endsWith("Connection")) {
            return saturatedAdd(2, saturatedMultiply(pageSize(field), sum(field.getChildren(), true)));
        }
        long item = saturatedAdd(1, sum(field.getChildren(), false));
        boolean itemOfConnection = insideConnection && (field.getName().equals("edges") || field.getName().equals("nodes"));
        if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type)) || itemOfConnection) {
            return item;
        }
        return Math.max(1, saturatedMultiply(bound(field), item));
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

    /** The most items a list field can hold, from its {@code @listSize}; a list without one is priced as a page. */
    private long bound(ExecutableNormalizedField list) {
        GraphQLFieldDefinition definition = list.getFieldDefinitions(schema).get(0);
        GraphQLAppliedDirective listSize = definition.getAppliedDirective(LIST_SIZE);
        if (listSize == null) {
            return pages.maxPageSize();
        }
        GraphQLAppliedDirectiveArgument slicing = listSize.getArgument("slicingArguments");
        if (slicing != null && slicing.getValue() instanceof List<?> names) {
            for (Object name : names) {
                Object value = list.getResolvedArguments().get((String) name);
                if (value instanceof Number number) {
                    return Math.max(0, number.longValue());
                }
                if (value instanceof Collection<?> values) {
                    return values.size();
                }
            }
        }
        GraphQLAppliedDirectiveArgument assumed = listSize.getArgument("assumedSize");
        return assumed != null && assumed.getValue() instanceof Number size ? size.longValue() : pages.defaultPageSize();
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
