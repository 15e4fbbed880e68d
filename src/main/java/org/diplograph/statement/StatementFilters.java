package org.diplograph.statement;

import static org.diplograph.sql.schema.Tables.STATEMENT;
import static org.diplograph.sql.schema.Tables.STATEMENT_SUBJECT;
import static org.diplograph.statement.StatementRepository.SAID;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.sql.filter.Criteria;
import org.diplograph.sql.filter.FilterTree;
import org.diplograph.sql.filter.WordSearch;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Compiles a {@link StatementFilter} into one SQL condition on the statement table, validating every value. */
@Component
class StatementFilters {

    private final DSLContext dsl;

    StatementFilters(DSLContext dsl) {
        this.dsl = dsl;
    }

    Condition compile(StatementFilter filter, String path) {
        return new FilterTree().compile(filter, path, this::criteria, StatementFilter::and, StatementFilter::or);
    }

    private Condition criteria(StatementFilter filter, String path) {
        return new Criteria(path)
                .ids(filter.speakers(), "speakers", NodeType.ACTOR, STATEMENT.SPEAKER_ID::in)
                .values(filter.subjects(), "subjects", this::subjects)
                .given(filter.said(), "said", (said, at) -> said.contains(SAID.on(), at))
                .given(filter.search(), "search", (search, at) -> WordSearch.of(dsl.dialect(), STATEMENT.CONTENT, search, at))
                .names(filter.modes(), "modes", STATEMENT.MODE)
                .condition();
    }

    /** Subjects are named by global id; each must be an Actor, a Country or an Action. */
    private Condition subjects(List<String> ids, String path) {
        List<Condition> any = new ArrayList<>();
        for (String id : ids) {
            GlobalId subject = GlobalId.decode(id);
            Condition matches = switch (subject.type()) {
                case ACTOR -> STATEMENT_SUBJECT.ACTOR_ID.eq(subject.numericKey());
                case COUNTRY -> STATEMENT_SUBJECT.COUNTRY_CODE.eq(subject.key());
                case ACTION -> STATEMENT_SUBJECT.ACTION_ID.eq(subject.numericKey());
                default -> throw new InvalidInputException(
                        "'%s' takes ids of Actors, Countries or Actions; '%s' is a %s id."
                                .formatted(path, id, subject.type().typeName()), path, "WRONG_ID_TYPE");
            };
            any.add(matches);
        }
        return exists(selectOne().from(STATEMENT_SUBJECT).where(STATEMENT_SUBJECT.STATEMENT_ID.eq(STATEMENT.ID)).and(DSL.or(any)));
    }
}
