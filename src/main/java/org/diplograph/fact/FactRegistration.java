package org.diplograph.fact;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.diplograph.fact.write.WritePipeline;

/**
 * How the generic write machinery (retraction, revision history, derived tables) handles one type of fact; each
 * feature registers one bean per fact type it owns.
 *
 * @param table        where the facts are stored
 * @param load         the fact by row id, retracted or not
 * @param afterRetract what else changes when one is retracted (in the same transaction)
 * @param involvement  the countries and actors it involves, for subscription filters
 * @param derived      the tables kept from its facts, which {@link WritePipeline} brings up to date with every write
 */
public record FactRegistration(FactTable table, Function<Long, Fact> load, Consumer<Long> afterRetract,
                               Function<Fact, Involvement> involvement, Derived<?> derived) {

    /** A type of fact from which no other table is derived. */
    public FactRegistration(FactTable table, Function<Long, Fact> load, Consumer<Long> afterRetract,
                            Function<Fact, Involvement> involvement) {
        this(table, load, afterRetract, involvement, Derived.NONE);
    }

    /**
     * Tables derived from a type's facts (an action's involvement rows and roll-ups). The pipeline reads what a fact
     * contributes to them before a correction ({@code before}; {@code nothing} for a fact not yet written) and
     * brings them up to date after every write ({@code after}), in the write's transaction: a writer cannot forget it.
     *
     * @param <S> what a fact contributes, as {@code after} needs it to take the old contribution out
     */
    public record Derived<S>(Function<Long, S> before, S nothing, BiConsumer<Long, S> after) {

        static final Derived<Object> NONE = new Derived<>(key -> null, null, (key, before) -> { });

        public boolean isNone() {
            return this == NONE;
        }
    }
}
