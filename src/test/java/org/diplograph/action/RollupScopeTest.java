package org.diplograph.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

/**
 * Which filters the roll-ups answer is an allow-list: the criteria a roll-up row is kept by (its scope and its day),
 * and nothing else. A criterion added to ActionFilter must be classified here before the build passes, and until then
 * the count, the grouped counts and the series of a filter using it come from the raw rows, never from a roll-up that
 * would ignore it.
 */
@DatabaseIndependent
class RollupScopeTest {

    /** The criteria no roll-up keeps: a filter using any of them is counted from the raw rows. */
    private static final Set<String> COUNTED_FROM_ROWS = Set.of("eventCodes", "rootCodes", "quadClasses", "actors",
            "recipients", "involving", "actorCountries", "recipientCountries", "intensity", "negated", "datasets", "search",
            "and", "or");

    private final ActionFilters filters = new ActionFilters(null, null, null);

    @Test
    void everyCriterionOfTheFilterIsClassifiedAsRollupScopeOrCountedFromRows() {
        Set<String> components = Arrays.stream(ActionFilter.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());

        assertThat(components).as("each ActionFilter component is either roll-up scope or counted from rows")
                .containsExactlyInAnyOrderElementsOf(union(ActionFilters.ROLLUP_SCOPE, COUNTED_FROM_ROWS));
        assertThat(ActionFilters.ROLLUP_SCOPE).doesNotContainAnyElementsOf(COUNTED_FROM_ROWS);
    }

    @Test
    void aFilterUsingAnyCriterionOutsideTheScopeIsAnsweredFromTheRows() throws Exception {
        for (RecordComponent component : ActionFilter.class.getRecordComponents()) {
            if (ActionFilters.ROLLUP_SCOPE.contains(component.getName())) {
                continue;
            }
            ActionFilter filter = withOnly(component, valueFor(component.getType()));
            assertThat(filters.answeredByRollup(filter, true)).as(component.getName()).isFalse();
        }
    }

    @Test
    void oneCountryAPairOrNothingWithOrWithoutDatesIsAnsweredByTheRollups() {
        ActionFilter mexico = new ActionFilter(null, null, null, null, null, null, List.of("MX"), null, null, null,
                null, null, null, null, null, null, null);
        ActionFilter twoCountries = new ActionFilter(null, null, null, null, null, null, List.of("MX", "PE"), null,
                null, null, null, null, null, null, null, null, null);
        ActionFilter dated = ActionFilter.between("MX", "PE")
                .occurredWithin(new org.diplograph.sql.filter.DateRange(java.time.LocalDate.of(2022, 12, 1), null));

        assertThat(filters.answeredByRollup(null, false)).isTrue();
        assertThat(filters.answeredByRollup(mexico, false)).isTrue();
        assertThat(filters.answeredByRollup(ActionFilter.between("MX", "PE"), false)).isTrue();
        assertThat(filters.answeredByRollup(twoCountries, false)).as("two countries are no one scope").isFalse();
        assertThat(filters.answeredByRollup(dated, true)).isTrue();
        assertThat(filters.answeredByRollup(dated, false)).as("a count of all time has no dates").isFalse();
    }

    private static ActionFilter withOnly(RecordComponent only, Object value) throws Exception {
        RecordComponent[] components = ActionFilter.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals(only.getName()) ? value : null;
        }
        return ActionFilter.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object valueFor(Class<?> type) {
        if (type == List.class) {
            return List.of();
        }
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == String.class) {
            return "ambassador";
        }
        if (type == org.diplograph.sql.filter.FloatRange.class) {
            return new org.diplograph.sql.filter.FloatRange(-1.0, 1.0);
        }
        throw new AssertionError("no sample value for a criterion of type " + type + ": add one here");
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        return java.util.stream.Stream.concat(one.stream(), other.stream()).collect(Collectors.toSet());
    }
}
