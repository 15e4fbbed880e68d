package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.diplograph.support.DatabaseIndependent;

/** DIPLOGRAPH_API_KEYS is checked when the server starts: a malformed entry stops it with a message saying what to fix. */
@DatabaseIndependent
class ApiKeysTest {

    private static final String KEY = "k".repeat(ApiKeys.MIN_KEY_LENGTH);

    @Test
    void entriesAreNameKeyAndAnOptionalScopeThatDefaultsToWrite() {
        ApiKeys keys = new ApiKeys(List.of("editor:" + KEY, " analyst:" + "a".repeat(40) + ":read ", ""), true);

        assertThat(keys.keys()).extracting(ApiKeys.ApiKey::name, ApiKeys.ApiKey::canWrite)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("editor", true),
                        org.assertj.core.groups.Tuple.tuple("analyst", false));
        assertThat(keys.match(KEY)).map(ApiKeys.ApiKey::name).contains("editor");
        assertThat(keys.match("a".repeat(40))).map(ApiKeys.ApiKey::name).contains("analyst");
        assertThat(keys.match(KEY + "x")).isEmpty();
    }

    @Test
    void aKeyShorterThanTheMinimumIsRefusedWithAWayToMakeOne() {
        assertThatThrownBy(() -> new ApiKeys(List.of("editor:" + "k".repeat(ApiKeys.MIN_KEY_LENGTH - 1)), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'editor'").hasMessageContaining("shorter than 32").hasMessageContaining("openssl rand");
    }

    @Test
    void aScopeOtherThanReadOrWriteIsRefused() {
        assertThatThrownBy(() -> new ApiKeys(List.of("editor:" + KEY + ":admin"), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The scope of 'editor' must be read or write");
    }

    @Test
    void entriesWithoutAKeyWithTooManyPartsOrABadNameAreRefused() {
        for (String entry : List.of("editor", "editor:" + KEY + ":read:extra", "bad name:" + KEY, ":" + KEY)) {
            assertThatThrownBy(() -> new ApiKeys(List.of(entry), true)).as(entry)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name:key or name:key:scope");
        }
    }
}
