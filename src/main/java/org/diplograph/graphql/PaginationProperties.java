package org.diplograph.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Page sizes for every connection: {@code first}/{@code last} default to {@code defaultPageSize} and may not exceed
 * {@code maxPageSize} (GitHub's cap of 100 is the default).
 */
@ConfigurationProperties("diplograph.pagination")
public record PaginationProperties(int defaultPageSize, int maxPageSize) {

    public PaginationProperties {
        if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
            throw new IllegalArgumentException("Need 1 <= default page size <= max page size");
        }
    }
}
