package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.dataset.file.EventFiles;
import org.diplograph.dataset.gdelt.CameoActorCode;
import org.diplograph.dataset.gdelt.GdeltMention;
import org.diplograph.dataset.gdelt.GdeltMentionMapper;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT 2.0 Mentions rows carry further locators of an event (URL, sentence, character offsets); CAMEO actor codes
 * are read into a country and roles.
 */
@DatabaseIndependent
class GdeltMentionsAndActorCodesTest {

    @TempDir
    Path directory;

    static final String MENTION = String.join("\t", "1075533284", "20221222031500", "20221222034500", "1",
            "news.example.org", "https://news.example.org/mexico-peru", "3", "120", "-1", "143", "1", "90", "4210",
            "-2.75", "", "");

    @Test
    void aMentionIsReadWithItsUrlSentenceAndOffsets() throws IOException {
        Path file = directory.resolve("20221222034500.mentions.CSV");
        Files.writeString(file, MENTION + "\n" + MENTION.replace("\t90\t", "\t190\t") + "\n");
        List<GdeltMention> mentions = new ArrayList<>();
        List<EventFiles.Rejection> rejected = new ArrayList<>();

        EventFiles.read(file, new GdeltMentionMapper(), mentions::add, rejected::add);

        GdeltMention mention = mentions.get(0);
        assertThat(mention.globalEventId()).isEqualTo(1075533284L);
        assertThat(mention.mentionTime()).isEqualTo(Instant.parse("2022-12-22T03:45:00Z"));
        assertThat(mention.identifier()).isEqualTo("https://news.example.org/mexico-peru");
        assertThat(mention.sentenceId()).isEqualTo(3);
        assertThat(mention.actor1CharOffset()).isEqualTo(120);
        assertThat(mention.actor2CharOffset()).as("no second actor found").isEqualTo(-1);
        assertThat(mention.confidence()).isEqualTo(90);
        assertThat(rejected).extracting(Object::toString).containsExactly(
                "20221222034500.mentions.CSV:2: column 12 (Confidence) is '190', not a whole number from 0 to 100");
    }

    @Test
    void aCameoActorCodeIsACountryFollowedByRoles() {
        assertThat(CameoActorCode.read("MEXGOV")).hasValue(new CameoActorCode("MEXGOV", "MEX", List.of("GOV")));
        assertThat(CameoActorCode.read("PERGOVJUD")).hasValue(new CameoActorCode("PERGOVJUD", "PER", List.of("GOV", "JUD")));
        assertThat(CameoActorCode.read("PER")).hasValue(new CameoActorCode("PER", "PER", List.of()));
        assertThat(CameoActorCode.read("GOV")).as("a role of no stated country")
                .hasValue(new CameoActorCode("GOV", null, List.of("GOV")));
        assertThat(CameoActorCode.read("MEXG")).isEmpty();
        assertThat(CameoActorCode.read("")).isEmpty();
        assertThat(CameoActorCode.read(null)).isEmpty();
    }
}
