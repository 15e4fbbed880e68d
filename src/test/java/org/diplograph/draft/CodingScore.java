package org.diplograph.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.diplograph.draft.coding.CodedFacts;

/**
 * Scores a draft against an article's gold. Matching rules: a statement on its verbatim content (case, spacing and the
 * final punctuation aside) and, once matched, on its speaker (one of the gold's names); an action on a sentence it
 * cites, its CAMEO root (two digits) and the countries of its parties taken together, with the full code and the
 * actors' side scored beside it; a date on matched actions (the day, the year, or UNKNOWN: a date given where the gold
 * has none counts as invented); a figure on its kind and quantity. Each gold fact matches at most one guess.
 */
final class CodingScore {

    int goldStatements, guessedStatements, matchedStatements, speakerRight;
    int goldActions, guessedActions, matchedActions, matchedFullCode, sideRight, datesRight, datesInvented;
    int goldFigures, guessedFigures, matchedFigures;
    int spans, spansRoundTrip;
    final List<String> misses = new ArrayList<>();

    void add(GoldArticle gold, CodedFacts.Draft draft) {
        goldStatements += gold.statements().size();
        guessedStatements += draft.quotes().size();
        Set<CodedFacts.QuoteGuess> usedQuotes = new HashSet<>();
        for (GoldArticle.Statement statement : gold.statements()) {
            CodedFacts.QuoteGuess match = draft.quotes().stream().filter(guess -> !usedQuotes.contains(guess))
                    .filter(guess -> text(guess.content()).equals(text(statement.content()))).findFirst().orElse(null);
            if (match == null) {
                misses.add(gold.name() + ": statement not found: " + statement.content());
                continue;
            }
            usedQuotes.add(match);
            matchedStatements++;
            if (statement.speakers().stream().anyMatch(name -> sameName(name, match.speaker()))) {
                speakerRight++;
            } else {
                misses.add(gold.name() + ": speaker " + match.speaker().name() + " for " + statement.content());
            }
        }
        goldActions += gold.actions().size();
        guessedActions += draft.actions().size();
        Set<CodedFacts.ActionGuess> usedActions = new HashSet<>();
        for (GoldArticle.Action action : gold.actions()) {
            CodedFacts.ActionGuess match = draft.actions().stream().filter(guess -> !usedActions.contains(guess))
                    .filter(guess -> cites(guess, action.sentences()) && guess.eventCode().startsWith(action.code().substring(0, 2))
                            && countries(guess).equals(action.countries()))
                    .findFirst().orElse(null);
            if (match == null) {
                misses.add(gold.name() + ": action not found: " + action);
                continue;
            }
            usedActions.add(match);
            matchedActions++;
            matchedFullCode += match.eventCode().equals(action.code()) ? 1 : 0;
            sideRight += sides(match.actors()).equals(action.actorCountries()) ? 1 : 0;
            String date = date(match.occurred());
            if (date.equals(action.date())) {
                datesRight++;
            } else {
                misses.add(gold.name() + ": date " + date + " instead of " + action.date() + " for " + action);
                datesInvented += "UNKNOWN".equals(action.date()) ? 1 : 0;
            }
        }
        draft.actions().stream().filter(guess -> !usedActions.contains(guess))
                .forEach(guess -> misses.add(gold.name() + ": extra action " + guess.eventCode() + " " + countries(guess)
                        + " in sentence " + guess.citation().sentence()));
        draft.quotes().stream().filter(guess -> !usedQuotes.contains(guess))
                .forEach(guess -> misses.add(gold.name() + ": extra statement " + guess.content()));
        goldFigures += gold.figures().size();
        guessedFigures += draft.figures().size();
        Set<CodedFacts.FigureGuess> usedFigures = new HashSet<>();
        for (GoldArticle.Figure figure : gold.figures()) {
            draft.figures().stream().filter(guess -> !usedFigures.contains(guess))
                    .filter(guess -> guess.kind().equals(figure.kind()) && guess.quantity() == figure.quantity())
                    .findFirst().ifPresentOrElse(guess -> {
                        usedFigures.add(guess);
                        matchedFigures++;
                    }, () -> misses.add(gold.name() + ": figure not found: " + figure));
        }
        roundTrips(gold.text(), draft);
    }

    private void roundTrips(String text, CodedFacts.Draft draft) {
        for (CodedFacts.QuoteGuess quote : draft.quotes()) {
            count(text.substring(quote.citation().start(), quote.citation().end()).equals(quote.content()));
        }
        for (CodedFacts.FigureGuess figure : draft.figures()) {
            count(text.substring(figure.citation().start(), figure.citation().end()).equals(figure.wording()));
        }
        for (CodedFacts.ActionGuess action : draft.actions()) {
            count(action.citation().end() <= text.length() && action.citation().start() < action.citation().end());
        }
    }

    private void count(boolean roundTrips) {
        spans++;
        spansRoundTrip += roundTrips ? 1 : 0;
    }

    private static boolean cites(CodedFacts.ActionGuess guess, Set<Integer> sentences) {
        return sentences.contains(guess.citation().sentence()) || guess.furtherEvidence().stream().anyMatch(sentences::contains);
    }

    static Set<String> countries(CodedFacts.ActionGuess guess) {
        Set<String> all = new TreeSet<>(sides(guess.actors()));
        all.addAll(sides(guess.recipients()));
        return all;
    }

    private static Set<String> sides(List<CodedFacts.Party> parties) {
        Set<String> countries = new TreeSet<>();
        parties.stream().map(CodedFacts.Party::country).filter(Objects::nonNull).forEach(countries::add);
        return countries;
    }

    static String date(CodedFacts.DateGuess date) {
        if (date.date() == null) {
            return "UNKNOWN";
        }
        return "YEAR".equals(date.precision()) ? String.valueOf(date.date().getYear()) : date.date().toString();
    }

    private static boolean sameName(String gold, CodedFacts.Party speaker) {
        return gold.equals(speaker.actorSlug()) || text(gold).equals(text(speaker.name()))
                || (speaker.actorSlug() != null && text(gold).equals(text(speaker.actorSlug().replace('-', ' '))));
    }

    static String text(String words) {
        if (words == null) {
            return "";
        }
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
        plain = plain.replaceAll("^the ", "").replaceAll(" the ", " ");
        return plain.replaceAll("[\\s.,;:\"\u201c\u201d]+$", "");
    }

    static String ratio(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
    }

    String row(String set) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %s | %s |",
                set, ratio(matchedStatements, goldStatements), ratio(matchedStatements, guessedStatements),
                ratio(speakerRight, matchedStatements), ratio(matchedActions, guessedActions),
                ratio(matchedActions, goldActions), ratio(matchedFullCode, matchedActions), ratio(sideRight, matchedActions),
                ratio(datesRight, matchedActions), datesInvented + "", ratio(matchedFigures, guessedFigures),
                matchedFigures, ratio(matchedFigures, goldFigures), ratio(spansRoundTrip, spans));
    }

    static String header() {
        return "| set | statements recall | statements precision | speaker right | actions precision (root) "
                + "| actions recall (root) | full code | actor side | dates right | dates invented | figures precision "
                + "| figures found | figures recall | spans round-trip |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }
}
