package org.diplograph.sql;

import org.jooq.Field;
import org.jooq.Table;

/**
 * The table a page's rows are joined to once the page is chosen ({@link KeysetPager.Query#joinedAfterPaging}), on
 * its key equal to the paged table's key.
 */
public record PagedJoin(Table<?> table, Field<?> pagedKey, Field<?> joinedKey) {
}
