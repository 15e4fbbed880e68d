package org.diplograph.sql;

import org.diplograph.graphql.execution.InProcessRateBudgets;
import org.diplograph.graphql.execution.RateBudgets;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Budgets in PostgreSQL, which several instances may share; in this process on H2, which serves only one. */
@Configuration(proxyBeanMethods = false)
class RateBudgetsConfiguration {

    @Bean
    RateBudgets rateBudgets(DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.POSTGRES ? new SharedRateBudgets(dsl) : new InProcessRateBudgets();
    }
}
