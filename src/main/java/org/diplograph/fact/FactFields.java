package org.diplograph.fact;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/** Wires the {@code Fact} interface's provenance fields once for every type that implements it. */
@Configuration(proxyBeanMethods = false)
class FactFields {

    /** Every GraphQL type of a fact, from the one declaration of fact types. */
    static final List<String> FACT_TYPES = Arrays.stream(FactType.values()).map(type -> type.nodeType().typeName()).toList();

    @Bean
    RuntimeWiringConfigurer factProvenanceFields() {
        return wiring -> FACT_TYPES.forEach(type -> wiring.type(type, fields -> fields
                .dataFetcher("version", new FactField<>("version", Fact::version, Integer.class))
                .dataFetcher("recorded", new FactField<>("recorded", Fact::recorded, Change.class))
                .dataFetcher("lastChange", new FactField<>("lastChange", Fact::lastChange, Change.class))
                .dataFetcher("isRetracted", new FactField<>("isRetracted", Fact::isRetracted, Boolean.class))
                .dataFetcher("retraction", new FactField<>("retraction", Fact::retraction, Retraction.class))));
    }

    /** A provenance field of any fact; declares its Java type so that start-up schema inspection can check it. */
    private record FactField<T>(String name, Function<Fact, T> value, Class<T> type) implements SelfDescribingDataFetcher<T> {

        @Override
        public T get(DataFetchingEnvironment env) {
            return value.apply(env.getSource());
        }

        @Override
        public String getDescription() {
            return "Fact." + name;
        }

        @Override
        public ResolvableType getReturnType() {
            return ResolvableType.forClass(type);
        }
    }
}
