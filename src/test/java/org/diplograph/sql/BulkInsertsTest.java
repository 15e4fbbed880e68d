package org.diplograph.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.diplograph.support.DatabaseIndependent;

/** The values BulkInserts streams to PostgreSQL's COPY, in its text format. */
@DatabaseIndependent
class BulkInsertsTest {

    private static String copyText(Object value) {
        StringBuilder text = new StringBuilder();
        BulkInserts.appendValue(text, value);
        return text.toString();
    }

    @Test
    void nullIsTheNullMarkerNotAnEmptyString() {
        assertThat(copyText(null)).isEqualTo("\\N");
        assertThat(copyText("")).isEmpty();
    }

    @Test
    void textThatLooksLikeFormatIsEscaped() {
        assertThat(copyText("a\tb\nc\rd\\N")).isEqualTo("a\\tb\\nc\\rd\\\\N");
        assertThat(copyText("Pedro Castillo Terrones, Perú")).isEqualTo("Pedro Castillo Terrones, Perú");
    }

    @Test
    void numbersDatesAndFlagsAreWrittenAsTheDatabaseReadsThem() {
        assertThat(copyText(true)).isEqualTo("t");
        assertThat(copyText(false)).isEqualTo("f");
        assertThat(copyText(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(copyText(-2.5)).isEqualTo("-2.5");
        assertThat(copyText(42L)).isEqualTo("42");
        assertThat(copyText(LocalDate.of(2022, 12, 7))).isEqualTo("2022-12-07");
        assertThat(copyText(OffsetDateTime.of(2022, 12, 22, 3, 15, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2022-12-22T03:15Z");
    }

    @Test
    void aValueOfNoKnownKindIsRefused() {
        assertThatThrownBy(() -> copyText(new Object())).isInstanceOf(DataAccessException.class);
    }
}
