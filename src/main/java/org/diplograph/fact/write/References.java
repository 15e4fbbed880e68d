package org.diplograph.fact.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.diplograph.date.DateBasis;
import org.diplograph.date.DatePrecision;
import org.diplograph.date.ReportedDate;
import org.diplograph.date.ReportedDateInput;
import org.diplograph.fact.Fact;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.Identified;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.graphql.node.Nodes;
import org.springframework.stereotype.Component;

/**
 * Resolves the references in a mutation's input: every id must decode, name something that exists, and be of the
 * type the field takes; every code must be in its taxonomy. Each problem is recorded as a user error on its field;
 * the resolved value is returned, or null when it could not be resolved.
 */
@Component
public class References {

    /** A party or subject reference: exactly one of an actor, a country or an action. */
    public record Ref(Long actorKey, String countryCode, Long actionKey) {
    }

    private final Nodes nodes;
    private final CountryCodes countries;

    public References(Nodes nodes, CountryCodes countries) {
        this.nodes = nodes;
        this.countries = countries;
    }

    private GlobalId decode(String id, NodeType expected, InputProblems problems, String... field) {
        GlobalId decoded;
        try {
            decoded = GlobalId.decode(id);
        } catch (InvalidInputException malformed) {
            problems.add(UserErrorCode.INVALID, "'%s' is not a valid global id.".formatted(id), field);
            return null;
        }
        if (expected != null && decoded.type() != expected) {
            problems.add(UserErrorCode.WRONG_TYPE, "'%s' is the id of a %s; this field takes the id of a %s."
                    .formatted(id, decoded.type().typeName(), expected.typeName()), field);
            return null;
        }
        return decoded;
    }

    private void notFound(String id, NodeType type, InputProblems problems, String... field) {
        problems.add(UserErrorCode.NOT_FOUND, "No %s has the id '%s'.".formatted(type.typeName(), id), field);
    }

    /** The row id behind a global id of the given type, or null (with a user error) when it is not one. */
    public Long key(String id, NodeType type, InputProblems problems, String... field) {
        GlobalId decoded = decode(id, type, problems, field);
        return decoded == null ? null : decoded.numericKey();
    }

    /**
     * The fact a correction names, loaded as it stands (retracted or not), or null with a user error on {@code id}:
     * the id is malformed, of another type, or names nothing.
     */
    public <T> T existing(String id, NodeType type, Function<Long, T> load, InputProblems problems) {
        Long key = key(id, type, problems, "id");
        T found = key == null ? null : load.apply(key);
        if (key != null && found == null) {
            problems.add(UserErrorCode.NOT_FOUND, "No %s has the id '%s'.".formatted(type.typeName(), id), "id");
        }
        return found;
    }

    /**
     * The node of the given type behind a global id, or null with a user error: the id is malformed, of another type,
     * names nothing, or names a retracted fact (which nothing new may cite).
     */
    public <T extends Identified> T node(NodeType type, Class<T> as, String id, InputProblems problems, String... field) {
        GlobalId decoded = decode(id, type, problems, field);
        if (decoded == null) {
            return null;
        }
        Identified found = nodes.find(type, decoded.key());
        if (found == null) {
            notFound(id, type, problems, field);
            return null;
        }
        if (found instanceof Fact fact && fact.isRetracted()) {
            problems.add(UserErrorCode.RETRACTED, "The %s '%s' is retracted.".formatted(type.typeName(), id), field);
            return null;
        }
        return as.cast(found);
    }

    /** A country by ISO code (alpha-2 or alpha-3); returns the alpha-2 code. */
    public String country(String code, InputProblems problems, String... field) {
        try {
            String alpha2 = countries.alpha2(code, String.join(".", field)).orElse(null);
            if (alpha2 == null) {
                problems.add(UserErrorCode.NOT_FOUND, "No country has the code '%s'.".formatted(code), field);
            }
            return alpha2;
        } catch (InvalidInputException malformed) {
            problems.add(UserErrorCode.INVALID, malformed.getMessage(), field);
            return null;
        }
    }

    /** Parties of an action: Actors, or Countries standing for actors the source does not name. */
    public List<Ref> parties(List<String> ids, InputProblems problems, String field) {
        return refs(ids, problems, field, false);
    }

    /** Subjects of a statement: Actors, Countries or Actions. */
    public List<Ref> subjects(List<String> ids, InputProblems problems, String field) {
        return refs(ids, problems, field, true);
    }

    /**
     * The most parties of one role an action has, or subjects, or audience a statement has: the bound the schema
     * declares for these lists ({@code @listSize}), by which queries selecting them are priced.
     */
    public static final int MAX_REFERENCES = 10;

    private List<Ref> refs(List<String> ids, InputProblems problems, String field, boolean actionsAllowed) {
        List<Ref> refs = new ArrayList<>();
        if (ids == null) {
            return refs;
        }
        if (ids.size() > MAX_REFERENCES) {
            problems.add(UserErrorCode.INVALID, "At most %d references are allowed.".formatted(MAX_REFERENCES), field);
            return refs;
        }
        for (int i = 0; i < ids.size(); i++) {
            String path = String.valueOf(i);
            GlobalId decoded = decode(ids.get(i), null, problems, field, path);
            if (decoded == null) {
                continue;
            }
            switch (decoded.type()) {
                case ACTOR -> {
                    Identified actor = node(NodeType.ACTOR, Identified.class, ids.get(i), problems, field, path);
                    if (actor != null) {
                        refs.add(new Ref(decoded.numericKey(),
                                actor instanceof CountryBound bound ? bound.countryCode() : null, null));
                    }
                }
                case COUNTRY -> {
                    String code = country(decoded.key(), problems, field, path);
                    if (code != null) {
                        refs.add(new Ref(null, code, null));
                    }
                }
                case ACTION -> {
                    if (!actionsAllowed) {
                        problems.add(UserErrorCode.WRONG_TYPE, "'%s' is the id of an Action; parties are Actors or Countries."
                                .formatted(ids.get(i)), field, path);
                        continue;
                    }
                    if (node(NodeType.ACTION, Identified.class, ids.get(i), problems, field, path) != null) {
                        refs.add(new Ref(null, null, decoded.numericKey()));
                    }
                }
                default -> problems.add(UserErrorCode.WRONG_TYPE, "'%s' is the id of a %s; this field takes %s."
                        .formatted(ids.get(i), decoded.type().typeName(),
                                actionsAllowed ? "Actors, Countries or Actions" : "Actors or Countries"), field, path);
            }
        }
        return refs;
    }

    /**
     * A reported date from the writer, completed with defaults and checked: a date needs a known precision and basis,
     * no date means UNKNOWN for both; MONTH and YEAR dates are the first day of their period.
     */
    public ReportedDate date(ReportedDateInput input, InputProblems problems, String field) {
        if (input == null) {
            return ReportedDate.UNKNOWN;
        }
        LocalDate date = input.date();
        DatePrecision precision = input.precision() != null ? input.precision()
                : date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
        DateBasis basis = input.basis() != null ? input.basis() : date == null ? DateBasis.UNKNOWN : DateBasis.STATED;
        if ((date == null) != (precision == DatePrecision.UNKNOWN)) {
            problems.add(UserErrorCode.INVALID, "Precision is UNKNOWN exactly when there is no date.", field, "precision");
        }
        if ((date == null) != (basis == DateBasis.UNKNOWN)) {
            problems.add(UserErrorCode.INVALID, "Basis is UNKNOWN exactly when there is no date.", field, "basis");
        }
        if (date != null && precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
            problems.add(UserErrorCode.INVALID, "A MONTH-precision date is the first of its month.", field, "date");
        }
        if (date != null && precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
            problems.add(UserErrorCode.INVALID, "A YEAR-precision date is January 1 of its year.", field, "date");
        }
        if (date != null && (date.getYear() < 1800 || date.getYear() > 2200)) {
            problems.add(UserErrorCode.INVALID, "Dates must lie between the years 1800 and 2200.", field, "date");
        }
        problems.optionalText(input.wording(), 500, field + ".wording");
        Long evidence = null;
        if (input.evidence() != null) {
            if (node(NodeType.SENTENCE, Identified.class, input.evidence(), problems, field, "evidence") != null) {
                evidence = GlobalId.decode(input.evidence()).numericKey();
            }
        }
        return new ReportedDate(date, precision, basis, input.wording(), evidence);
    }

    /** Checks that a range of reported dates does not end before it starts. */
    public void ordered(ReportedDate start, ReportedDate end, InputProblems problems, String endField) {
        if (start.date() != null && end.date() != null && end.date().isBefore(start.date())) {
            problems.add(UserErrorCode.DATES_OUT_OF_ORDER,
                    "It ends (%s) before it starts (%s).".formatted(end.date(), start.date()), endField);
        }
    }
}
