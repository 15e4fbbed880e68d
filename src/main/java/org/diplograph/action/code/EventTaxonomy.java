package org.diplograph.action.code;


import static org.diplograph.sql.schema.Tables.EVENT_CODE;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.graphql.Connection;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The CAMEO event taxonomy (migration V2): looked up from memory, checked, and paged through. */
@Repository
public class EventTaxonomy {

    private static final List<Field<?>> CODE_FIELDS =
            List.of(EVENT_CODE.CODE, EVENT_CODE.ROOT_CODE, EVENT_CODE.QUAD_CLASS, EVENT_CODE.NAME,
                    EVENT_CODE.GOLDSTEIN);
    private static final Ordering BY_CODE = Ordering.of("eventCode.code", false, EVENT_CODE.CODE);

    private final DSLContext dsl;
    private final KeysetPager pager;
    private volatile Map<String, EventCode> taxonomy;

    EventTaxonomy(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    /**
     * The taxonomy is reference data that only migrations write, and nearly every page of actions shows codes: read
     * once, it answers every later lookup without a round trip to the database.
     */
    public Map<String, EventCode> findEventCodes(Collection<String> codes) {
        Map<String, EventCode> all = taxonomy();
        Map<String, EventCode> found = new HashMap<>();
        for (String code : codes) {
            EventCode known = code == null ? null : all.get(code);
            if (known != null) {
                found.put(code, known);
            }
        }
        return found;
    }

    /** The event code with this code (every action's code is one: a foreign key holds it). */
    public EventCode findEventCode(String code) {
        return taxonomy().get(code);
    }

    private Map<String, EventCode> taxonomy() {
        Map<String, EventCode> all = taxonomy;
        if (all == null) {
            all = dsl.select(CODE_FIELDS).from(EVENT_CODE).fetch(EventTaxonomy::toEventCode).stream()
                    .collect(Collectors.toUnmodifiableMap(EventCode::code, Function.identity()));
            taxonomy = all;
        }
        return all;
    }

    /**
     * The codes, checked against the taxonomy: every one must exist (and be a root category when {@code roots}), or
     * the client gets a BAD_REQUEST naming the unknown ones.
     */
    public List<String> requireEventCodes(List<String> codes, boolean roots, String path) {
        Map<String, EventCode> found = findEventCodes(codes);
        Set<String> unknown = new HashSet<>();
        for (String code : codes) {
            EventCode known = found.get(code);
            if (known == null || (roots && !known.isRoot())) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("'%s' names %s: %s.".formatted(path,
                    roots ? "codes that are not CAMEO root categories (\"01\" to \"20\")" : "unknown CAMEO codes",
                    String.join(", ", unknown.stream().sorted().map(code -> "'" + code + "'").toList())), path, "UNKNOWN_EVENT_CODE");
        }
        return codes;
    }

    public Connection<EventCode> eventCodes(String rootCode, PageRequest page, boolean withTotal) {
        Condition filter = rootCode == null ? DSL.noCondition() : EVENT_CODE.ROOT_CODE.eq(rootCode);
        return pager.page(KeysetPager.Query.root(EVENT_CODE, CODE_FIELDS, filter, BY_CODE, EventTaxonomy::toEventCode),
                page, withTotal);
    }

    private static EventCode toEventCode(Record row) {
        return new EventCode(row.get(EVENT_CODE.CODE), row.get(EVENT_CODE.ROOT_CODE),
                QuadClass.ofNumber(row.get(EVENT_CODE.QUAD_CLASS)), row.get(EVENT_CODE.NAME), row.get(EVENT_CODE.GOLDSTEIN));
    }
}
