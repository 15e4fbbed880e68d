package org.diplograph.sql.filter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.diplograph.graphql.InvalidInputException;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A search filter on a text column: every word must occur as a whole word, in any case. PostgreSQL answers from a
 * full-text index on {@code to_tsvector('simple', column)} (migrations under db/vendor/postgresql); H2 matches the
 * same words with a regular expression. ('simple' neither stems nor drops stop words, so both find the same rows.)
 * Words are passed as bind values, never spliced into SQL.
 */
public final class WordSearch {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private WordSearch() {
    }

    public static Condition of(SQLDialect dialect, Field<String> column, String text, String path) {
        List<String> words = Arrays.stream(NOT_WORD.split(FilterTree.text(text, path).toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty()) {
            throw new InvalidInputException("'%s' contains no words to search for.".formatted(path), path, "INVALID_SEARCH");
        }
        if (dialect.family() == SQLDialect.POSTGRES) {
            return DSL.condition("to_tsvector('simple', {0}) @@ plainto_tsquery('simple', {1})",
                    column, DSL.val(String.join(" ", words)));
        }
        return DSL.and(words.stream()
                .map(word -> DSL.condition("REGEXP_LIKE({0}, {1}, 'i')", column,
                        DSL.val("(^|[^\\p{L}\\p{N}])" + Pattern.quote(word) + "($|[^\\p{L}\\p{N}])")))
                .toList());
    }
}
