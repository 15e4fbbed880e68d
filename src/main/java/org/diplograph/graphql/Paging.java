package org.diplograph.graphql;

import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

/** Reads a connection field's Relay arguments and whether the client selected its total count. */
@Component
public class Paging {

    private final PaginationProperties limits;

    public Paging(PaginationProperties limits) {
        this.limits = limits;
    }

    public PageRequest request(DataFetchingEnvironment env) {
        return PageRequest.of(env.getArgument("first"), env.getArgument("after"), env.getArgument("last"),
                env.getArgument("before"), env.getField().getName(), limits);
    }

    /**
     * Counting every page's full set costs a query; only pay it when the client asked for {@code totalCount}. Reads
     * the field's own selections (and its fragments) rather than building graphql-java's full selection set.
     */
    public static boolean wantsTotal(DataFetchingEnvironment env) {
        return selects(env.getField().getSelectionSet(), "totalCount", env.getFragmentsByName(), 0);
    }

    private static boolean selects(SelectionSet selections, String field, Map<String, FragmentDefinition> fragments,
                                   int depth) {
        if (selections == null || depth > 10) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field candidate && candidate.getName().equals(field)) {
                return true;
            }
            if (selection instanceof InlineFragment inline
                    && selects(inline.getSelectionSet(), field, fragments, depth + 1)) {
                return true;
            }
            if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                    && selects(fragments.get(spread.getName()).getSelectionSet(), field, fragments, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
