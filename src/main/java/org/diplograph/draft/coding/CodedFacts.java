package org.diplograph.draft.coding;

import java.time.LocalDate;
import java.util.List;

/**
 * What the coder finds in an article, before anything is stored: typed guesses, each citing a sentence (its number)
 * and the exact words (character offsets into the whole text), with a confidence and the rule that produced it.
 */
public final class CodedFacts {

    private CodedFacts() {
    }

    /** Where a guess comes from: sentence number (1-based) and the cited span's offsets into the article's text. */
    public record Citation(int sentence, int start, int end) {
    }

    /**
     * Who a guess names: an actor Diplograph knows (its slug), or a country (its code), or someone the article
     * introduces (a proposed actor: name, kind, country), with the words that name it.
     */
    public record Party(String actorSlug, String countryCode, String name, String kind, boolean proposed,
                        String words) {

        /** The country this party belongs to, or null when the text does not say. */
        public String country() {
            return countryCode;
        }
    }

    /** A date as the text gives it: resolved against the publication date, or UNKNOWN (date null), never invented. */
    public record DateGuess(LocalDate date, String precision, String basis, String wording) {

        public static final DateGuess UNKNOWN = new DateGuess(null, "UNKNOWN", "UNKNOWN", null);
    }

    /** A quote or paraphrase: content verbatim as in the text, its speaker, mode, and when it was said. */
    public record QuoteGuess(Citation citation, String content, Party speaker, String mode, DateGuess said,
                             double confidence, String rule) {
    }

    /** An action: CAMEO code, parties, negation, date; restatements in later sentences are further evidence. */
    public record ActionGuess(Citation citation, String eventCode, List<Party> actors, List<Party> recipients,
                              boolean negated, DateGuess occurred, List<Integer> furtherEvidence, double confidence,
                              String rule) {
    }

    /** A number the article reports: what is counted, how many, how exactly, in which words. */
    public record FigureGuess(Citation citation, String kind, String counted, long quantity, String exactness,
                              String wording, String aboutCountry, double confidence, String rule) {

        /** The same figure, about a country (the first the sentence names, else where the report was filed). */
        FigureGuess about(String country) {
            return new FigureGuess(citation, kind, counted, quantity, exactness, wording, country, confidence, rule);
        }
    }

    /** An actor the article names, matched to one Diplograph knows or proposed as new. */
    public record ActorGuess(Citation citation, Party actor, String title, double confidence, String rule) {
    }

    /** Everything found in one article. */
    public record Draft(List<QuoteGuess> quotes, List<ActionGuess> actions, List<FigureGuess> figures,
                        List<ActorGuess> actors) {
    }
}
