package org.diplograph.graphql.node;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

/** Relay's {@code node(id:)} and {@code nodes(ids:)}: refetch anything by its global id. */
@Controller
public class NodeController {

    public static final int MAX_IDS = 100;

    private final Nodes nodes;

    public NodeController(Nodes nodes) {
        this.nodes = nodes;
    }

    @QueryMapping
    public Identified node(@Argument String id) {
        GlobalId globalId = GlobalId.decode(id);
        Identified found = nodes.find(globalId.type(), globalId.key());
        if (found == null) {
            throw new NotFoundException(notFoundMessage(id));
        }
        return found;
    }

    @QueryMapping
    public DataFetcherResult<List<Identified>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
        if (ids.size() > MAX_IDS) {
            throw new InvalidInputException(
                    "'nodes' takes at most %d ids (got %d).".formatted(MAX_IDS, ids.size()), "ids", "TOO_MANY_IDS");
        }
        List<GlobalId> decoded = ids.stream().map(GlobalId::decode).toList();
        Map<NodeType, Set<String>> keysByType = new EnumMap<>(NodeType.class);
        decoded.forEach(id -> keysByType.computeIfAbsent(id.type(), type -> new LinkedHashSet<>()).add(id.key()));
        Map<NodeType, Map<String, ? extends Identified>> found = new LinkedHashMap<>();
        keysByType.forEach((type, keys) -> found.put(type, nodes.find(type, keys)));

        List<Identified> nodes = new ArrayList<>(ids.size());
        List<GraphQLError> errors = new ArrayList<>();
        for (int i = 0; i < decoded.size(); i++) {
            Identified node = found.get(decoded.get(i).type()).get(decoded.get(i).key());
            nodes.add(node);
            if (node == null) {
                errors.add(GraphqlErrorBuilder.newError()
                        .message(notFoundMessage(ids.get(i)))
                        .path(ResultPath.fromList(List.of(env.getField().getResultKey(), i)))
                        .location(env.getField().getSourceLocation())
                        .errorType(ErrorType.NOT_FOUND)
                        .extensions(Map.of("code", ErrorType.NOT_FOUND.name()))
                        .build());
            }
        }
        return DataFetcherResult.<List<Identified>>newResult().data(nodes).errors(errors).build();
    }

    private static String notFoundMessage(String id) {
        return "Could not resolve to a node with the global id of '%s'.".formatted(id);
    }
}
