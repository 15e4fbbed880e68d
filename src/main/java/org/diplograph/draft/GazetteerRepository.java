package org.diplograph.draft;

import static org.diplograph.sql.schema.Tables.ACTOR;
import static org.diplograph.sql.schema.Tables.ACTOR_ALIAS;
import static org.diplograph.sql.schema.Tables.COUNTRY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.draft.coding.CodingGazetteer;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The names the coder starts from: every country, and every live actor with its aliases. */
@Repository
public class GazetteerRepository {

    private final DSLContext dsl;

    GazetteerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A fresh gazetteer (each article teaches its own one the people it introduces). */
    public CodingGazetteer gazetteer() {
        Map<String, String> countries = new LinkedHashMap<>();
        dsl.select(COUNTRY.CODE, COUNTRY.NAME).from(COUNTRY).forEach(row -> countries.put(row.value1(), row.value2()));
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        dsl.select(ACTOR_ALIAS.ACTOR_ID, ACTOR_ALIAS.ALIAS).from(ACTOR_ALIAS)
                .forEach(row -> aliases.computeIfAbsent(row.value1(), key -> new ArrayList<>()).add(row.value2()));
        List<CodingGazetteer.NamedActor> actors = dsl
                .select(ACTOR.ID, ACTOR.SLUG, ACTOR.NAME, ACTOR.DESCRIPTION, ACTOR.KIND, ACTOR.COUNTRY_CODE)
                .from(ACTOR).where(ACTOR.RETRACTED_AT.isNull())
                .fetch(row -> new CodingGazetteer.NamedActor(row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), aliases.getOrDefault(row.value1(), List.of())));
        return new CodingGazetteer(countries, actors);
    }
}
