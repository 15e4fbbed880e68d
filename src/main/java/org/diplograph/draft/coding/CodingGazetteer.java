package org.diplograph.draft.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplograph.draft.coding.CodedFacts.Party;

/**
 * The names the coder recognises: every country by its name and the words that stand for it (demonyms, capitals;
 * {@code coding/country-words.tsv}), and the actors Diplograph knows by name and alias (a person by surname too).
 * It grows while an article is read: a person introduced with a title ("Foreign Minister Melanie Joly") is then found
 * by name and surname.
 */
public final class CodingGazetteer {

    /** An actor Diplograph holds, as the coder needs it. */
    public record NamedActor(String slug, String name, String description, String kind, String countryCode,
                             List<String> aliases) {
    }

    /** A name found in a sentence: offsets within the sentence and what it names. */
    public record NameMention(int start, int end, Party party, boolean demonym) {
    }

    private final Map<String, Party> names = new HashMap<>();
    private final Map<String, Boolean> demonyms = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, NamedActor> governments = new HashMap<>();
    private Pattern pattern;

    public CodingGazetteer(Map<String, String> countries, List<NamedActor> actors) {
        countryNames.putAll(countries);
        countries.forEach((code, name) -> add(name, country(code, name), false));
        for (String[] row : countryWords()) {
            String name = countries.getOrDefault(row[0], row[0]);
            add(row[1], new Party(null, row[0], name, "COUNTRY", false, row[1]), "DEMONYM".equals(row[2]));
        }
        for (NamedActor actor : actors) {
            if ("GOVERNMENT".equals(actor.kind()) && actor.countryCode() != null) {
                governments.putIfAbsent(actor.countryCode(), actor);
            }
            Party party = known(actor);
            if (actor.name() != null) {
                add(actor.name(), party, false);
                if ("PERSON".equals(actor.kind())) {
                    String[] words = actor.name().split(" ");
                    if (words.length > 1 && words[words.length - 1].length() > 3) {
                        add(words[words.length - 1], party, false);
                    }
                }
            }
            // "the president", "the envoy": generic roles the article at hand resolves itself (PartyFinder), not names.
            actor.aliases().stream().filter(alias -> Character.isUpperCase(alias.charAt(0)))
                    .forEach(alias -> add(alias, party, false));
        }
        rebuild();
    }

    private static Party known(NamedActor actor) {
        String label = actor.name() != null ? actor.name() : actor.slug().replace('-', ' ');
        return new Party(actor.slug(), actor.countryCode(), label, actor.kind(), false, label);
    }

    private Party country(String code, String name) {
        return new Party(null, code, name, "COUNTRY", false, name);
    }

    /** Learns a name met in the article (and a person's surname), so that later mentions are found. */
    public void learn(String words, Party party) {
        boolean changed = add(words, party, false);
        String[] parts = words.split(" ");
        if ("PERSON".equals(party.kind()) && parts.length > 1) {
            changed |= add(parts[parts.length - 1], party, false);
        }
        if (changed) {
            rebuild();
        }
    }

    private boolean add(String words, Party party, boolean demonym) {
        if (words == null || words.isBlank() || names.containsKey(words)) {
            return false;
        }
        names.put(words, party);
        demonyms.put(words, demonym);
        return true;
    }

    private void rebuild() {
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
    }

    /** Every known name in a text, leftmost-longest, in order. */
    public List<NameMention> mentions(String text) {
        List<NameMention> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new NameMention(matcher.start(), matcher.end(), names.get(matcher.group()),
                    demonyms.getOrDefault(matcher.group(), false)));
        }
        return found;
    }

    /** The country a word names (name, demonym, capital), or null. */
    public String countryOf(String words) {
        Party party = names.get(words);
        return party == null ? null : party.countryCode();
    }

    public String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    /** The government of a country as a speaker: the one Diplograph knows, else a proposed one. */
    public Party governmentOf(String code, String words) {
        NamedActor known = governments.get(code);
        if (known != null) {
            return known(known);
        }
        return new Party(null, code, "Government of " + countryName(code), "GOVERNMENT", true, words);
    }

    private static List<String[]> countryWords() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CodingGazetteer.class.getResourceAsStream("/coding/country-words.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return rows;
    }
}
