package org.diplograph.country;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.NotFoundException;
import org.diplograph.graphql.Paging;
import org.diplograph.graphql.node.NodeLinks;
import org.diplograph.source.Sentence;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** Countries and their aliases. */
@Controller
class CountryController {

    private final CountryRepository countries;
    private final Paging paging;

    CountryController(CountryRepository countries, Paging paging) {
        this.countries = countries;
        this.paging = paging;
    }

    /** The to-one links of {@code CountryAlias}, each loaded in batches. */
    @Bean
    static RuntimeWiringConfigurer countryAliasLinks() {
        return NodeLinks.of("CountryAlias", CountryAlias.class)
                .link("evidence", Sentence.class, CountryAlias::sentenceKey)
                .wiring();
    }

    @QueryMapping
    Country country(@Argument String code) {
        return countries.findByIsoCode(code, "code").orElseThrow(
                () -> new NotFoundException("Could not resolve to a Country with the code '%s'.".formatted(code)));
    }

    @QueryMapping
    Connection<Country> countries(DataFetchingEnvironment env) {
        return countries.countries(paging.request(env), Paging.wantsTotal(env));
    }

    @BatchMapping(typeName = "Country")
    Map<Country, List<CountryAlias>> aliases(List<Country> batch) {
        return Batches.lists(batch, Country::code, countries::aliasesOf);
    }

}
