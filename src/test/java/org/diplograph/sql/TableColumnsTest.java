package org.diplograph.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplograph.sql.schema.Tables.ACTION;
import static org.diplograph.sql.schema.Tables.SOURCE;

import org.diplograph.fact.ProvenanceColumns;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

/**
 * Column groups found by name are the generated table's own fields, not typed copies: jOOQ reads a record's value at
 * once only for the very field the row was selected with, and otherwise compares names column by column (which made
 * every page a third slower when a copy slipped in).
 */
@DatabaseIndependent
class TableColumnsTest {

    @Test
    void dateAndProvenanceColumnsAreTheTablesOwnFields() {
        DateColumns occurred = DateColumns.of(ACTION, "occurred");
        assertThat(occurred.on()).isSameAs(ACTION.OCCURRED_ON);
        assertThat(occurred.sentenceId()).isSameAs(ACTION.OCCURRED_SENTENCE_ID);
        assertThat(DateColumns.of(SOURCE, "published").sentenceId()).as("a publication date cites no sentence").isNull();
        ProvenanceColumns provenance = ProvenanceColumns.of(ACTION);
        assertThat(provenance.version()).isSameAs(ACTION.VERSION);
        assertThat(provenance.retractedAt()).isSameAs(ACTION.RETRACTED_AT);
    }

    @Test
    void aMissingColumnOrOneOfAnotherTypeIsRefusedAtOnce() {
        assertThatThrownBy(() -> TableColumns.named(ACTION, "said_on", String.class))
                .hasMessageContaining("has no column said_on");
        assertThatThrownBy(() -> TableColumns.named(ACTION, "summary", Integer.class))
                .hasMessageContaining("holds String, not Integer");
    }
}
