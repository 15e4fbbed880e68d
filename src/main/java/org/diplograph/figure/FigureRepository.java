package org.diplograph.figure;

import static org.diplograph.sql.schema.Tables.ACTION;
import static org.diplograph.sql.schema.Tables.FIGURE;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.diplograph.action.ActionTables;
import org.diplograph.fact.Change;
import org.diplograph.fact.FactTable;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Involvement;
import org.diplograph.fact.ProvenanceColumns;
import org.diplograph.figure.FigureInputs.FigureOrder;
import org.diplograph.figure.FigureInputs.RecordFigureInput;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Figures, on the generated {@code figure} table. */
@Repository
public class FigureRepository {

    static final ProvenanceColumns PROVENANCE = ProvenanceColumns.of(FIGURE);
    static final FactTable FACTS = new FactTable(FactType.FIGURE, FIGURE, FIGURE.ID, PROVENANCE);

    private static final List<Field<?>> FIELDS = PROVENANCE.after(List.of(FIGURE.ID, FIGURE.SOURCE_ID, FIGURE.SENTENCE_ID,
            FIGURE.KIND, FIGURE.COUNTED, FIGURE.QUANTITY, FIGURE.EXACTNESS, FIGURE.WORDING, FIGURE.ABOUT_ACTION_ID,
            FIGURE.ABOUT_ACTOR_ID, FIGURE.ABOUT_COUNTRY, FIGURE.REPORTED_BY_ID));
    private static final Ordering BY_ID = Ordering.of("figure.id", false, FIGURE.ID);
    private static final Ordering BY_QUANTITY = Ordering.of("figure.quantity", false, FIGURE.QUANTITY, FIGURE.ID);
    private static final Ordering BY_QUANTITY_DESCENDING = Ordering.of("figure.quantity", true, FIGURE.QUANTITY, FIGURE.ID);

    /** One kind's total over the figures that match a filter. */
    public record FigureTotal(Figure.Kind kind, long figures, long quantity, boolean exact) {
    }

    private final DSLContext dsl;
    private final KeysetPager pager;

    FigureRepository(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    public Map<Long, Figure> findFigures(Collection<Long> keys) {
        return dsl.select(FIELDS).from(FIGURE).where(FIGURE.ID.in(keys)).fetch(FigureRepository::toFigure).stream()
                .collect(Collectors.toMap(Figure::key, Function.identity()));
    }

    Figure findFigure(long key) {
        return findFigures(List.of(key)).get(key);
    }

    Connection<Figure> figures(Condition filter, boolean includeRetracted, FigureOrder order, PageRequest page,
                               boolean withTotal) {
        Ordering ordering = order == null ? BY_ID : order.descending() ? BY_QUANTITY_DESCENDING : BY_QUANTITY;
        return pager.page(KeysetPager.Query.root(FIGURE, FIELDS, filter.and(PROVENANCE.liveUnless(includeRetracted)),
                ordering, FigureRepository::toFigure), page, withTotal);
    }

    /** The live figures about these actions, by action, in the order they were recorded. */
    Map<Long, List<Figure>> aboutActions(Collection<Long> actionKeys) {
        return grouped(FIGURE.ABOUT_ACTION_ID.in(actionKeys), Figure::aboutActionKey);
    }

    Map<Long, List<Figure>> aboutActors(Collection<Long> actorKeys) {
        return grouped(FIGURE.ABOUT_ACTOR_ID.in(actorKeys), Figure::aboutActorKey);
    }

    Map<String, List<Figure>> aboutCountries(Collection<String> codes) {
        return grouped(FIGURE.ABOUT_COUNTRY.in(codes), Figure::aboutCountryCode);
    }

    private <K> Map<K, List<Figure>> grouped(Condition about, Function<Figure, K> key) {
        return dsl.select(FIELDS).from(FIGURE).where(about).and(PROVENANCE.live()).orderBy(FIGURE.ID)
                .fetch(FigureRepository::toFigure).stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Per kind, the number of live figures matching the filter and the sum of their quantities; a total is exact
     * only when every figure in it is.
     */
    List<FigureTotal> totals(Condition filter) {
        Field<BigDecimal> sum = DSL.sum(FIGURE.QUANTITY);
        Field<Integer> inexact = DSL.count().filterWhere(FIGURE.EXACTNESS.ne(Figure.Exactness.EXACT.name()));
        return dsl.select(FIGURE.KIND, DSL.count(), sum, inexact).from(FIGURE).where(filter).and(PROVENANCE.live())
                .groupBy(FIGURE.KIND).orderBy(FIGURE.KIND)
                .fetch(row -> new FigureTotal(Figure.Kind.valueOf(row.value1()), row.value2(),
                        row.value3() == null ? 0 : row.value3().longValue(), row.value4() == 0));
    }

    /** The totals of the figures that measure actions between two countries (the relation view). */
    List<FigureTotal> totalsBetween(String oneCountry, String otherCountry) {
        return totals(FIGURE.ABOUT_ACTION_ID.in(DSL.select(ACTION.ID).from(ACTION)
                .where(ActionTables.between(oneCountry, otherCountry))));
    }

    long insert(RecordFigureInput input, long sourceKey, long sentenceKey, Long actionKey, Long actorKey,
                String countryCode, Long reportedByKey, Change change) {
        return dsl.insertInto(FIGURE)
                .set(FIGURE.SOURCE_ID, sourceKey).set(FIGURE.SENTENCE_ID, sentenceKey)
                .set(FIGURE.KIND, input.kind().name()).set(FIGURE.COUNTED, input.counted())
                .set(FIGURE.QUANTITY, input.quantity().longValue()).set(FIGURE.EXACTNESS, input.exactness().name())
                .set(FIGURE.WORDING, input.wording()).set(FIGURE.ABOUT_ACTION_ID, actionKey)
                .set(FIGURE.ABOUT_ACTOR_ID, actorKey).set(FIGURE.ABOUT_COUNTRY, countryCode)
                .set(FIGURE.REPORTED_BY_ID, reportedByKey)
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(FIGURE.ID).fetchOne().value1();
    }

    /** The countries (the figure's own, and the about actor's) and actors a figure involves, for the live feed. */
    Involvement involvement(Figure figure) {
        Set<String> countries = Stream.of(figure.aboutCountryCode()).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Long> actors = Stream.of(figure.aboutActorKey(), figure.reportedByKey()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Involvement(countries, actors);
    }

    private static Figure toFigure(Record row) {
        return new Figure(row.get(FIGURE.ID), row.get(FIGURE.SOURCE_ID), row.get(FIGURE.SENTENCE_ID),
                Figure.Kind.valueOf(row.get(FIGURE.KIND)), row.get(FIGURE.COUNTED), row.get(FIGURE.QUANTITY),
                Figure.Exactness.valueOf(row.get(FIGURE.EXACTNESS)), row.get(FIGURE.WORDING), row.get(FIGURE.ABOUT_ACTION_ID),
                row.get(FIGURE.ABOUT_ACTOR_ID), row.get(FIGURE.ABOUT_COUNTRY), row.get(FIGURE.REPORTED_BY_ID),
                PROVENANCE.read(row));
    }
}
