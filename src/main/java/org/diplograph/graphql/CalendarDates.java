package org.diplograph.graphql;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code Date} scalar: an ISO 8601 calendar date, {@code YYYY-MM-DD}, from 0001-01-01 to 9999-12-31. Parsed
 * strictly, so an impossible date (2022-02-30) is refused rather than moved to the end of its month, and bounded, so
 * that no date reaches a filter or a series whose arithmetic would overflow. A refusal is BAD_REQUEST with code
 * INVALID_DATE, from a variable or from the document alike.
 */
public final class CalendarDates {

    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final String INVALID_DATE = "INVALID_DATE";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    public static final GraphQLScalarType SCALAR = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date, ISO 8601 YYYY-MM-DD, from 0001-01-01 to 9999-12-31.")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return ISO.format(date);
                    }
                    throw new CoercingSerializeException("Not a date: " + value.getClass().getSimpleName());
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    String problem = input instanceof String text ? problemWith(text) : "a date is a string, YYYY-MM-DD";
                    if (problem != null) {
                        throw CoercingParseValueException.newCoercingParseValueException()
                                .message(refusal(input, problem)).extensions(Map.of("code", INVALID_DATE)).build();
                    }
                    return LocalDate.parse((String) input, ISO);
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                              Locale locale) {
                    String text = input instanceof StringValue string ? string.getValue() : null;
                    String problem = text == null ? "a date is a string, YYYY-MM-DD" : problemWith(text);
                    if (problem != null) {
                        throw CoercingParseLiteralException.newCoercingParseLiteralException()
                                .message(refusal(text == null ? input : text, problem))
                                .extensions(Map.of("code", INVALID_DATE)).build();
                    }
                    return LocalDate.parse(text, ISO);
                }

                @Override
                public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                    return StringValue.of(serialize(input, context, locale));
                }
            })
            .build();

    private CalendarDates() {
    }

    /** Why this text is not a date the API takes, or null when it is one. */
    static String problemWith(String text) {
        if (text.length() != 10) {
            return "write it as YYYY-MM-DD, with a year from 0001 to 9999";
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, ISO);
        } catch (DateTimeParseException impossible) {
            return impossible.getCause() instanceof DateTimeException cause ? "no such day (" + cause.getMessage() + ")"
                    : "write it as YYYY-MM-DD, with a year from 0001 to 9999";
        }
        return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? "years run from 0001 to 9999" : null;
    }

    private static String refusal(Object input, String problem) {
        String shown = String.valueOf(input);
        return "'%s' is not a date: %s.".formatted(shown.length() > 40 ? shown.substring(0, 40) + "…" : shown, problem);
    }
}
