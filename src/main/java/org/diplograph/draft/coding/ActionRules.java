package org.diplograph.draft.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.draft.coding.CodedFacts.ActionGuess;
import org.diplograph.draft.coding.CodedFacts.Citation;
import org.diplograph.draft.coding.CodedFacts.Party;
import org.diplograph.draft.coding.CodingGazetteer.NameMention;

/**
 * Actions from the verb patterns of {@code coding/cameo-verbs.tsv}, matched on the reporter's words. A negation just
 * before the verb ("ruled out cutting ties", "will not expel") sets {@code negated}; a modal or future verb without
 * one ("would expel") is an intention, not the act, and is left out. The actor is the party named just before the
 * verb (with any joined by "and"), the recipient the first named after it in the same clause. One action restated in
 * later sentences (same root code, same countries, same negation) is one guess, the later sentences further evidence.
 */
final class ActionRules {

    private record VerbPattern(String code, String direction, Pattern pattern) {
    }

    private static final Pattern NEGATION = Pattern.compile(
            "(?:\\b(?:not|never|no longer)\\b|n't\\b|\\bruled out\\b|\\brefused to\\b|\\bdeclined to\\b)[^.;]{0,12}$");
    private static final Pattern MODAL = Pattern.compile(
            "\\b(?:would|will|could|may|might|plans? to|intends? to|threatened to|vowed to)\\b[^.;]{0,12}$");
    /** A relative clause tells the background of someone named, not an event of the report ("who had criticised"). */
    private static final Pattern BACKGROUND = Pattern.compile("\\b(?:who|which|that) (?:had |has |have )?$");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]");
    private static final List<VerbPattern> PATTERNS = load();

    private final Map<String, ActionGuess> byEvent = new LinkedHashMap<>();

    void find(int number, int offset, String sentence, int bodyStart, List<NameMention> mentions,
              List<DateRules.Found> dates) {
        Quotations quotations = Quotations.of(sentence);
        String masked = quotations.masked();
        List<NameMention> outside = mentions.stream()
                .filter(mention -> mention.start() >= bodyStart && !quotations.inside(mention.start())).toList();
        for (VerbPattern verb : PATTERNS) {
            Matcher matcher = verb.pattern().matcher(masked);
            while (matcher.find()) {
                if (matcher.start() < bodyStart) {
                    continue;
                }
                String before = masked.substring(Math.max(0, matcher.start() - 40), matcher.start()).toLowerCase(Locale.ROOT);
                if (BACKGROUND.matcher(before).find()) {
                    continue;
                }
                boolean negated = !"124".equals(verb.code()) && NEGATION.matcher(before).find();
                if (!negated && MODAL.matcher(before).find()) {
                    continue;
                }
                List<Party> actors;
                List<Party> recipients;
                switch (verb.direction()) {
                    case "BY" -> {
                        actors = after(outside, matcher.end(), masked);
                        recipients = first(outside, masked);
                    }
                    case "INSIDE" -> {
                        actors = before(outside, matcher.start(), masked);
                        recipients = after(outside, matcher.start() + 1, masked);
                    }
                    case "AMONG" -> {
                        actors = distinct(outside.stream().filter(mention -> mention.start() >= matcher.end())
                                .map(NameMention::party).toList());
                        recipients = List.of();
                    }
                    case "PASSIVE" -> {
                        actors = List.of();
                        recipients = before(outside, matcher.start(), masked);
                    }
                    default -> {
                        actors = before(outside, matcher.start(), masked);
                        recipients = after(outside, matcher.end(), masked);
                    }
                }
                if (actors.isEmpty() && recipients.isEmpty()) {
                    continue;
                }
                add(new ActionGuess(new Citation(number, offset, offset + sentence.length()), verb.code(), actors,
                        recipients, negated, DateRules.nearest(dates, matcher.start()), new ArrayList<>(),
                        negated ? 0.5 : 0.6, "cameo-verbs: " + verb.pattern().pattern()));
            }
        }
    }

    List<ActionGuess> actions() {
        return List.copyOf(byEvent.values());
    }

    private void add(ActionGuess guess) {
        TreeSet<String> actors = new TreeSet<>();
        guess.actors().forEach(party -> actors.add(Objects.toString(party.country(), party.name())));
        TreeSet<String> recipients = new TreeSet<>();
        guess.recipients().forEach(party -> recipients.add(Objects.toString(party.country(), party.name())));
        String key = guess.eventCode().substring(0, 2) + actors + "->" + recipients + guess.negated();
        ActionGuess earlier = byEvent.get(key);
        if (earlier == null) {
            byEvent.put(key, guess);
        } else if (earlier.citation().sentence() != guess.citation().sentence()
                && !earlier.furtherEvidence().contains(guess.citation().sentence())) {
            earlier.furtherEvidence().add(guess.citation().sentence());
        }
    }

    /** The party named last before a position, with any joined to it by "and" or a comma. */
    private static List<Party> before(List<NameMention> mentions, int position, String text) {
        List<Party> found = new ArrayList<>();
        int reach = position;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            NameMention mention = mentions.get(i);
            if (mention.end() > reach) {
                if (!found.isEmpty() && mention.start() == reach) {
                    found.add(0, mention.party());
                }
                continue;
            }
            String gap = text.substring(mention.end(), reach);
            if (!found.isEmpty() && !gap.matches("\\s*(?:,|and|, and)\\s*")) {
                break;
            }
            if (found.isEmpty() && (CLAUSE_END.matcher(gap).find() && gap.length() > 40 || gap.length() > 90)) {
                break;
            }
            found.add(0, mention.party());
            reach = mention.start();
        }
        return distinct(found);
    }

    /** The first party named after a position in the same clause, with any joined to it by "and". */
    private static List<Party> after(List<NameMention> mentions, int position, String text) {
        List<Party> found = new ArrayList<>();
        int from = position;
        for (NameMention mention : mentions) {
            if (mention.start() < from) {
                continue;
            }
            String gap = text.substring(from, mention.start());
            if (found.isEmpty() ? CLAUSE_END.matcher(gap).find() || gap.length() > 30 || gap.contains(" but ")
                    : !gap.matches("\\s*(?:,|and|, and)\\s*")) {
                break;
            }
            found.add(mention.party());
            from = mention.end();
        }
        return distinct(found);
    }

    private static List<Party> first(List<NameMention> mentions, String text) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        return after(mentions, mentions.get(0).start(), text);
    }

    private static List<Party> distinct(List<Party> parties) {
        List<Party> kept = new ArrayList<>();
        for (Party party : parties) {
            if (kept.stream().noneMatch(other -> Objects.equals(other.name(), party.name()))) {
                kept.add(party);
            }
        }
        return kept;
    }

    private static List<VerbPattern> load() {
        List<VerbPattern> patterns = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ActionRules.class.getResourceAsStream("/coding/cameo-verbs.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    patterns.add(new VerbPattern(columns[0], columns[1],
                            Pattern.compile(columns[2], Pattern.CASE_INSENSITIVE)));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return patterns;
    }
}
