package org.diplograph.action.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.diplograph.action.Action;
import org.diplograph.action.ActionRepository;
import org.diplograph.action.PartyRole;
import org.diplograph.action.PartyRow;
import org.diplograph.action.code.CameoRoles;
import org.diplograph.actor.Actor;
import org.diplograph.actor.ActorRepository;
import org.diplograph.country.Country;
import org.diplograph.country.CountryRepository;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.SchemaInspection;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The parties of actions: an Actor, a Country where the source names no actor, or an UnidentifiedParty where an
 * event data set codes only a role ("criminals"); and each side with the name its event gives it.
 */
@Controller
public class ActionParties implements SchemaInspection.UnionMembers {

    /** One side of an action, with the name its source gives it there. */
    public record ActionSide(PartyRole role, Object party, String nameInSource) {
    }

    private final ActionRepository actions;
    private final ActorRepository actors;
    private final CountryRepository countries;

    public ActionParties(ActionRepository actions, ActorRepository actors, CountryRepository countries) {
        this.actions = actions;
        this.actors = actors;
        this.countries = countries;
    }

    @Override
    public Map<String, Class<?>> classes() {
        return Map.of("UnidentifiedParty", UnidentifiedParty.class);
    }

    @BatchMapping(typeName = "Action")
    public Map<Action, List<Object>> actors(List<Action> batch) {
        return parties(batch, PartyRole.ACTOR);
    }

    @BatchMapping(typeName = "Action")
    public Map<Action, List<Object>> recipients(List<Action> batch) {
        return parties(batch, PartyRole.RECIPIENT);
    }

    @BatchMapping(typeName = "Action")
    public Map<Action, List<Object>> affected(List<Action> batch) {
        return parties(batch, PartyRole.AFFECTED);
    }

    @BatchMapping(typeName = "Action")
    public Map<Action, List<ActionSide>> sides(List<Action> batch) {
        List<PartyRow> refs = new ArrayList<>(actions.allPartiesOf(keys(batch)));
        refs.sort(Comparator.comparing(PartyRow::role));
        Map<PartyRow, Object> parties = resolve(refs);
        return Batches.each(batch, action -> refs.stream()
                .filter(ref -> ref.actionKey() == action.key() && parties.get(ref) != null)
                .map(ref -> new ActionSide(ref.role(), parties.get(ref), ref.nameInSource()))
                .toList());
    }

    private Map<Action, List<Object>> parties(List<Action> batch, PartyRole role) {
        List<PartyRow> refs = actions.partiesOf(keys(batch), role);
        Map<PartyRow, Object> parties = resolve(refs);
        return Batches.each(batch, action -> refs.stream()
                .filter(ref -> ref.actionKey() == action.key())
                .map(parties::get)
                .filter(Objects::nonNull)
                .toList());
    }

    /** What each party is: one query for the actors, one for the countries; unidentified parties need none. */
    private Map<PartyRow, Object> resolve(List<PartyRow> refs) {
        List<Long> actorKeys = refs.stream().map(PartyRow::actorKey).filter(Objects::nonNull).distinct().toList();
        List<String> countryCodes = refs.stream().filter(ref -> ref.actorKey() == null)
                .map(PartyRow::countryCode).filter(Objects::nonNull).distinct().toList();
        Map<Long, Actor> foundActors = actorKeys.isEmpty() ? Map.of() : actors.findActors(actorKeys);
        Map<String, Country> foundCountries = countryCodes.isEmpty() ? Map.of() : countries.findByCodes(countryCodes);
        Map<PartyRow, Object> resolved = new HashMap<>();
        for (PartyRow ref : refs) {
            Object party = ref.actorKey() != null ? foundActors.get(ref.actorKey())
                    : ref.countryCode() != null ? foundCountries.get(ref.countryCode())
                    : ref.cameoRole() != null ? new UnidentifiedParty(ref.cameoRole(),
                            CameoRoles.inWords(ref.cameoRole()), ref.nameInSource())
                    : null;
            if (party != null) {
                resolved.put(ref, party);
            }
        }
        return resolved;
    }

    private static List<Long> keys(List<Action> batch) {
        return batch.stream().map(Action::key).toList();
    }
}
