package org.diplograph.sql;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * With {@code DIPLOGRAPH_DB_REPLICA_URL} set, the application's data source becomes a router: work marked by
 * {@link ReplicaReads} (GraphQL queries) reads from the replica, everything else uses the primary. Without it, the
 * data source is left as it is. Migrations run on the primary: they are not marked.
 */
@Configuration(proxyBeanMethods = false)
class ReadReplicaRouting {

    private static final String PRIMARY = "primary";
    private static final String REPLICA = "replica";

    @Bean
    static BeanPostProcessor routeQueriesToTheReplica(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                String replicaUrl = environment.getProperty("diplograph.db.replica-url", "");
                if (!(bean instanceof DataSource primary) || !"dataSource".equals(name) || replicaUrl.isBlank()) {
                    return bean;
                }
                return router(primary, replica(environment, replicaUrl));
            }
        };
    }

    private static DataSource replica(Environment environment, String url) {
        HikariDataSource replica = new HikariDataSource();
        replica.setPoolName("replica");
        replica.setJdbcUrl(url);
        replica.setUsername(environment.getProperty("diplograph.db.replica-user",
                environment.getProperty("spring.datasource.username", "")));
        replica.setPassword(environment.getProperty("diplograph.db.replica-password",
                environment.getProperty("spring.datasource.password", "")));
        replica.setReadOnly(true);
        replica.setConnectionTimeout(environment.getProperty("spring.datasource.hikari.connection-timeout", Long.class, 3000L));
        return replica;
    }

    private static DataSource router(DataSource primary, DataSource replica) {
        AbstractRoutingDataSource router = new AbstractRoutingDataSource() {
            @Override
            protected Object determineCurrentLookupKey() {
                return ReplicaReads.allowed() ? REPLICA : PRIMARY;
            }
        };
        router.setTargetDataSources(Map.of(PRIMARY, primary, REPLICA, replica));
        router.setDefaultTargetDataSource(primary);
        router.afterPropertiesSet();
        return router;
    }
}
