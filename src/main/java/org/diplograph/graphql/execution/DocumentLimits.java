package org.diplograph.graphql.execution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import org.springframework.stereotype.Component;

/**
 * The limits a document can be held to before it runs and whatever its variables: size, tokens, operations, aliases
 * and depth. Checked once per distinct document ({@link DocumentCache} keeps the verdict), so the cost falls on
 * clients that invent new documents, not on the ones that repeat theirs.
 */
@Component
public class DocumentLimits {

    /** Past this many tokens the count stops: the document is refused either way and lexing it all would be waste. */
    private static final int TOKENS_COUNTED_AT_MOST = 100_000;

    /** U+0000 written into the document: raw, or as a GraphQL unicode escape (four zeros, or braces around zeros). */
    private static final Pattern NUL = Pattern.compile("\u0000|\\\\u0000|\\\\u\\{0+}");

    private final LimitsProperties limits;

    public DocumentLimits(LimitsProperties limits) {
        this.limits = limits;
    }

    /**
     * The refusals this document earns, none if it is within every limit. A document that does not parse earns none
     * here: graphql-java reports its syntax error with a location.
     */
    public List<GraphQLError> refusals(String query) {
        if (query.length() > limits.maxDocumentCharacters()) {
            return List.of(Limit.DOCUMENT_SIZE.refusal(query.length(), limits.maxDocumentCharacters()));
        }
        if (NUL.matcher(query).find()) {
            return List.of(RequestLimits.nulRefusal());
        }
        int[] tokens = {0};
        ParserOptions options = ParserOptions.newParserOptions()
                .maxCharacters(limits.maxDocumentCharacters())
                .maxTokens(TOKENS_COUNTED_AT_MOST)
                .captureSourceLocation(false)
                .parsingListener(token -> tokens[0]++)
                .build();
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
        } catch (ParseCancelledException cancelled) {
            return tokens[0] > limits.maxTokens() ? List.of(Limit.TOKENS.refusal(tokens[0], limits.maxTokens())) : List.of();
        } catch (InvalidSyntaxException syntaxError) {
            return List.of();
        }
        if (tokens[0] > limits.maxTokens()) {
            return List.of(Limit.TOKENS.refusal(tokens[0], limits.maxTokens()));
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operations.size() > limits.maxOperations()) {
            return List.of(Limit.OPERATIONS.refusal(operations.size(), limits.maxOperations()));
        }
        int aliases = 0;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                aliases += aliases(operation.getSelectionSet());
            } else if (definition instanceof FragmentDefinition fragment) {
                aliases += aliases(fragment.getSelectionSet());
            }
        }
        if (aliases > limits.maxAliases()) {
            return List.of(Limit.ALIASES.refusal(aliases, limits.maxAliases()));
        }
        Depth depth = new Depth(document);
        int deepest = operations.stream().mapToInt(operation -> depth.of(operation.getSelectionSet())).max().orElse(0);
        if (deepest > limits.maxDepth()) {
            return List.of(Limit.DEPTH.refusal(deepest, limits.maxDepth()));
        }
        return List.of();
    }

    private static int aliases(SelectionSet selections) {
        if (selections == null) {
            return 0;
        }
        int count = 0;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                count += (field.getAlias() == null ? 0 : 1) + aliases(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                count += aliases(inline.getSelectionSet());
            }
        }
        return count;
    }

    /**
     * Field nesting with fragments expanded, each fragment measured once. A fragment cycle (which validation refuses)
     * counts as no depth here rather than recursing for ever.
     */
    private static final class Depth {

        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Integer> measured = new HashMap<>();
        private final Set<String> measuring = new HashSet<>();

        Depth(Document document) {
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
        }

        public int of(SelectionSet selections) {
            if (selections == null) {
                return 0;
            }
            int deepest = 0;
            for (Selection<?> selection : selections.getSelections()) {
                int depth = 0;
                if (selection instanceof Field field) {
                    depth = 1 + of(field.getSelectionSet());
                } else if (selection instanceof InlineFragment inline) {
                    depth = of(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread) {
                    depth = ofFragment(spread.getName());
                }
                deepest = Math.max(deepest, depth);
            }
            return deepest;
        }

        private int ofFragment(String name) {
            Integer known = measured.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null || !measuring.add(name)) {
                return 0;
            }
            int depth = of(fragment.getSelectionSet());
            measuring.remove(name);
            measured.put(name, depth);
            return depth;
        }
    }
}
