package org.diplograph.action;

import static org.diplograph.action.ActionTables.BY_ACTOR;
import static org.diplograph.action.ActionTables.BY_COUNTRY;
import static org.diplograph.action.ActionTables.OCCURRED;
import static org.diplograph.action.ActionTables.PROVENANCE;
import static org.diplograph.sql.schema.Tables.ACTION;
import static org.diplograph.sql.schema.Tables.ACTION_PARTY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.action.code.Dataset;
import org.diplograph.action.code.EventCode;
import org.diplograph.action.code.EventTaxonomy;
import org.diplograph.action.code.PloverCoding;
import org.diplograph.date.DateBasis;
import org.diplograph.date.DatePrecision;
import org.diplograph.fact.Change;
import org.diplograph.fact.Retraction;
import org.diplograph.sql.BulkInserts;
import org.diplograph.sql.schema.Tables;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.springframework.stereotype.Repository;

/**
 * Writes actions imported from an event data set, many at a time: the rows of a chunk go in as a few multi-row
 * inserts, and their involvement rows and roll-ups are built from them in the same transaction, by the same code that
 * keeps them for single writes ({@link ActionIndex}).
 */
@Repository
public class ImportedActions {

    private static final List<Field<?>> ACTION_COLUMNS = List.of(ACTION.DATASET, ACTION.EVENT_CODE, ACTION.ROOT_CODE, ACTION.QUAD_CLASS, ACTION.GOLDSTEIN,
            ACTION.INTENSITY, ACTION.NEGATED, ACTION.PLOVER_TYPE, ACTION.PLOVER_MODE, ACTION.PLOVER_CONTEXT, ACTION.SUMMARY, ACTION.PLACE, ACTION.PLACE_COUNTRY, OCCURRED.on(),
            OCCURRED.precision(), OCCURRED.basis(), OCCURRED.wording(), PROVENANCE.createdAt(), PROVENANCE.createdBy());

    /**
     * One side of an imported action: an actor (with its country, if any), a country the data set names alone, or
     * an unidentified party of a CAMEO role that names nobody ({@code CRM}, criminals).
     *
     * @param nameInSource the name the data set gives the party in this event, or null
     * @param cameoRole    the role code of an unidentified party (no actor, no country), else null
     */
    public record ImportedParty(Long actorKey, String countryCode, String nameInSource, String cameoRole) {
    }

    /**
     * An action as a data set codes it.
     *
     * @param code        a CAMEO code of the taxonomy (for PLOVER-coded data, the root its type corresponds to)
     * @param plover      its PLOVER coding, when the data set gives one
     * @param wording     the date as the file writes it ("20221207")
     */
    public record ImportedAction(Dataset dataset, EventCode code, PloverCoding plover, String summary, String place,
                                 String placeCountry, LocalDate occurredOn, String wording, List<ImportedParty> actors,
                                 List<ImportedParty> recipients) {
    }

    private final DSLContext dsl;
    private final BulkInserts bulk;
    private final ActionRollups rollups;
    private final EventTaxonomy taxonomy;
    private volatile Map<String, String> ploverRoots;

    ImportedActions(DSLContext dsl, BulkInserts bulk, EventTaxonomy taxonomy, ActionRollups rollups) {
        this.dsl = dsl;
        this.bulk = bulk;
        this.rollups = rollups;
        this.taxonomy = taxonomy;
    }

    /** The taxonomy's code, or null when the taxonomy has none such. */
    public EventCode eventCode(String code) {
        return taxonomy.findEventCodes(List.of(code)).get(code);
    }

    /**
     * The CAMEO root category a PLOVER type corresponds to (migration V16), under which PLOVER-coded events are
     * counted; null for a name that is no PLOVER type.
     */
    public EventCode ploverRoot(String ploverType) {
        if (ploverRoots == null) {
            Map<String, String> roots = new HashMap<>();
            dsl.select(Tables.PLOVER_TYPE.NAME, Tables.PLOVER_TYPE.CAMEO_ROOT).from(Tables.PLOVER_TYPE)
                    .forEach(row -> roots.put(row.value1(), row.value2()));
            ploverRoots = roots;
        }
        String root = ploverRoots.get(ploverType);
        return root == null ? null : eventCode(root);
    }

    /** Inserts the actions in the caller's transaction; returns their row ids, in the order given. */
    public List<Long> insert(List<ImportedAction> imported, Change change) {
        if (imported.isEmpty()) {
            return List.of();
        }
        List<List<Object>> rows = new ArrayList<>(imported.size());
        for (ImportedAction action : imported) {
            rows.add(row(action, change));
        }
        List<Long> keys = bulk.insertWithKeys(ACTION, ACTION.ID, ACTION_COLUMNS, rows);
        insertParties(imported, keys);
        List<CountedAction> counted = insertInvolvement(imported, keys);
        rollups.apply(ActionRollups.Contribution.NONE, ActionRollups.contributionOf(counted));
        return keys;
    }

    /**
     * The involvement rows of the new actions, written from their parties as {@link ActionIndex} would rebuild them
     * (one row per country and per actor, with its roles), without reading them back; returns what the roll-ups count.
     */
    private List<CountedAction> insertInvolvement(List<ImportedAction> imported, List<Long> keys) {
        List<CountedAction> counted = new ArrayList<>(imported.size());
        List<List<Object>> countryRows = new ArrayList<>();
        List<List<Object>> actorRows = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            ImportedAction action = imported.get(i);
            long key = keys.get(i);
            Map<String, boolean[]> countries = new TreeMap<>();
            Map<Long, boolean[]> actors = new TreeMap<>();
            for (ImportedParty party : action.actors()) {
                roles(countries, party.countryCode(), 0);
                roles(actors, party.actorKey(), 0);
            }
            for (ImportedParty party : action.recipients()) {
                roles(countries, party.countryCode(), 1);
                roles(actors, party.actorKey(), 1);
            }
            List<CountedAction.CountryRoles> involved = new ArrayList<>();
            countries.forEach((country, as) -> {
                involved.add(new CountedAction.CountryRoles(country, as[0], as[1], false));
                countryRows.add(Arrays.asList(key, country, action.occurredOn(), as[0], as[1], false, false));
            });
            actors.forEach((actor, as) ->
                    actorRows.add(Arrays.asList(key, actor, action.occurredOn(), as[0], as[1], false, false)));
            counted.add(new CountedAction(action.occurredOn(), action.code().code(), false,
                    (short) action.code().quadClass().number(), action.code().goldstein(), involved));
        }
        insertRows(BY_COUNTRY, countryRows);
        insertRows(BY_ACTOR, actorRows);
        return counted;
    }

    private static <K> void roles(Map<K, boolean[]> roles, K party, int role) {
        if (party != null) {
            roles.computeIfAbsent(party, key -> new boolean[2])[role] = true;
        }
    }

    private void insertRows(ActionTables.InvolvementTable involvement, List<List<Object>> rows) {
        bulk.insert(involvement.table, List.of(involvement.action, involvement.party, involvement.occurredOn,
                involvement.asActor, involvement.asRecipient, involvement.asAffected, involvement.retracted), rows);
    }

    /**
     * Retracts every live action among these keys at once (an import retracted with everything it brought in), with
     * one retraction: their involvement rows and the roll-ups follow, in the caller's transaction.
     */
    public void retract(Select<? extends Record1<Long>> actionKeys, Retraction retraction) {
        Condition live = ACTION.ID.in(actionKeys).and(PROVENANCE.live());
        ActionRollups.Contribution before = rollups.of(live);
        dsl.update(ACTION).set(PROVENANCE.retractedAt(), retraction.at()).set(PROVENANCE.retractedBy(), retraction.by())
                .set(PROVENANCE.retractionReason(), retraction.reason())
                .set(PROVENANCE.version(), PROVENANCE.version().plus(1)).where(live).execute();
        dsl.update(BY_COUNTRY.table).set(BY_COUNTRY.retracted, true).where(BY_COUNTRY.action.in(actionKeys)).execute();
        dsl.update(BY_ACTOR.table).set(BY_ACTOR.retracted, true).where(BY_ACTOR.action.in(actionKeys)).execute();
        rollups.apply(before, ActionRollups.Contribution.NONE);
    }

    private static List<Object> row(ImportedAction action, Change change) {
        PloverCoding plover = action.plover();
        List<Object> values = new ArrayList<>(ACTION_COLUMNS.size());
        values.add(action.dataset().name());
        values.add(action.code().code());
        values.add(action.code().rootCode());
        values.add((short) action.code().quadClass().number());
        values.add(action.code().goldstein());
        values.add(action.code().goldstein());
        values.add(false);
        values.add(plover == null ? null : plover.type().name());
        values.add(plover == null ? null : plover.mode());
        values.add(plover == null ? null : plover.context());
        values.add(action.summary());
        values.add(action.place());
        values.add(action.placeCountry());
        values.add(action.occurredOn());
        values.add(action.occurredOn() == null ? DatePrecision.UNKNOWN.name() : DatePrecision.DAY.name());
        values.add(action.occurredOn() == null ? DateBasis.UNKNOWN.name() : DateBasis.STATED.name());
        values.add(action.wording());
        values.add(change.at());
        values.add(change.by());
        return values;
    }

    private void insertParties(List<ImportedAction> imported, List<Long> keys) {
        List<List<Object>> rows = new ArrayList<>(imported.size() * 2);
        for (int i = 0; i < imported.size(); i++) {
            addParties(rows, keys.get(i), PartyRole.ACTOR, imported.get(i).actors());
            addParties(rows, keys.get(i), PartyRole.RECIPIENT, imported.get(i).recipients());
        }
        bulk.insert(ACTION_PARTY, List.of(ACTION_PARTY.ACTION_ID, ACTION_PARTY.ROLE, ACTION_PARTY.ORDINAL, ACTION_PARTY.ACTOR_ID, ACTION_PARTY.COUNTRY_CODE,
                ACTION_PARTY.NAME_IN_SOURCE, ACTION_PARTY.CAMEO_ROLE), rows);
    }

    private static void addParties(List<List<Object>> rows, long action, PartyRole role, List<ImportedParty> parties) {
        for (int ordinal = 0; ordinal < parties.size(); ordinal++) {
            ImportedParty party = parties.get(ordinal);
            rows.add(Arrays.asList(action, role.name(), ordinal + 1, party.actorKey(), party.countryCode(),
                    party.nameInSource(), party.cameoRole()));
        }
    }
}
