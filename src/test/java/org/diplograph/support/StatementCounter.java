package org.diplograph.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application actually sends, by wrapping its data source in a datasource-proxy. Used
 * by the statement-count test and the benchmark, so both count the same way.
 */
public final class StatementCounter {

    private StatementCounter() {
    }

    /** A post-processor that wraps every data source so each executed statement increments {@code counter}. */
    public static BeanPostProcessor counting(AtomicLong counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new QueryExecutionListener() {
                        @Override
                        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
                        }

                        @Override
                        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
                            counter.incrementAndGet();
                        }
                    }).build();
                }
                return bean;
            }
        };
    }
}
