package org.diplograph.draft.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.draft.coding.CodedFacts.ActorGuess;
import org.diplograph.draft.coding.CodedFacts.Citation;
import org.diplograph.draft.coding.CodedFacts.Draft;
import org.diplograph.draft.coding.CodedFacts.QuoteGuess;
import org.diplograph.draft.coding.CodingGazetteer.NameMention;
import org.diplograph.source.SentenceSplitter;

/**
 * Reads an article sentence by sentence and drafts the facts it supports: quotes and paraphrases, actions, figures and
 * the actors it names, each citing its sentence and exact words. Rules only, no statistical model: every guess names
 * the rule that made it, and a person reviews the draft before anything is written. A dateline ("Ottawa:") names
 * where the report was filed, not a party.
 */
public final class ArticleCoder {

    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{L} .]{1,40}:\\s+");

    private ArticleCoder() {
    }

    /** The draft of one article; {@code gazetteer} is consumed (it learns the article's people). */
    public static Draft code(String text, LocalDate published, CodingGazetteer gazetteer) {
        List<SentenceSplitter.Span> sentences = SentenceSplitter.split(text);
        PartyFinder parties = new PartyFinder(gazetteer);
        QuoteRules quotes = new QuoteRules(parties);
        ActionRules actions = new ActionRules();
        List<QuoteGuess> statements = new ArrayList<>();
        List<CodedFacts.FigureGuess> figures = new ArrayList<>();
        Map<String, ActorGuess> actors = new LinkedHashMap<>();
        for (int index = 0; index < sentences.size(); index++) {
            SentenceSplitter.Span span = sentences.get(index);
            int number = index + 1;
            String sentence = span.text();
            Matcher dateline = DATELINE.matcher(sentence);
            int bodyStart = 0;
            if (index == 0 && dateline.find()) {
                bodyStart = dateline.end();
                parties.dateline(sentence.substring(0, sentence.indexOf(':')));
            }
            int body = bodyStart;
            List<NameMention> mentions = parties.find(sentence).stream().filter(mention -> mention.start() >= body).toList();
            List<DateRules.Found> dates = DateRules.find(sentence, published);
            statements.addAll(quotes.find(number, span.start(), sentence, mentions, dates));
            actions.find(number, span.start(), sentence, bodyStart, mentions, dates);
            String about = mentions.stream().map(mention -> mention.party().countryCode()).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(parties.datelineCountry());
            FigureRules.find(number, span.start(), sentence).forEach(figure -> figures.add(figure.about(about)));
            for (NameMention mention : mentions) {
                if (!"COUNTRY".equals(mention.party().kind())) {
                    actors.putIfAbsent(mention.party().name(), new ActorGuess(new Citation(number,
                            span.start() + mention.start(), span.start() + mention.end()), mention.party(), null,
                            mention.party().proposed() ? 0.6 : 0.8,
                            mention.party().proposed() ? "named with a title or role" : "known name or alias"));
                }
                parties.remember(mention.party());
            }
        }
        return new Draft(statements, actions.actions(), figures, List.copyOf(actors.values()));
    }
}
