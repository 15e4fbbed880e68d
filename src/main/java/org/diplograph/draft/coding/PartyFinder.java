package org.diplograph.draft.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.draft.coding.CodedFacts.Party;
import org.diplograph.draft.coding.CodingGazetteer.NameMention;

/**
 * Finds who a sentence names: known names ({@link CodingGazetteer}), people introduced with a title or an apposition
 * ("Foreign Minister Melanie Joly", "Zhao Wei, a diplomat"), institutions ("the foreign ministry in Niamey", "Canadian
 * officials", "Ecuador's government"), and pronouns and titles standing for someone already named ("he", "the
 * president"). New people are learned for the rest of the article.
 */
final class PartyFinder {

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+";
    private static final String PERSON_NAME = NAME + "(?:\\s+(?:al-|bin\\s+|de\\s+|del\\s+)?" + NAME + "){1,3}";
    private static final String COUNTRY_WORD = "(?:(?<owner>\\p{Lu}[\\p{L}. ]*?)'s\\s+|(?<adjective>\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}]+)?)\\s+)?";
    private static final Pattern TITLED = Pattern.compile(COUNTRY_WORD
            + "(?<title>(?:(?:top|chief|senior|presidential|national security|foreign|prime|interior|defen[cs]e|deputy|vice)\\s+)*"
            + "(?:President|president|Prime Minister|Foreign Minister|Minister|minister|Ambassador|ambassador|Secretary|"
            + "Chancellor|spokesman|spokeswoman|spokesperson|adviser|diplomat|consul|envoy|lawmaker|leader))\\s+"
            + "(?<name>" + PERSON_NAME + ")");
    private static final Pattern APPOSED = Pattern.compile("(?<name>" + PERSON_NAME + "),\\s+(?:the|a|an)\\s+"
            + "(?<title>[\\p{L} ]{3,60}?)(?=[,.]| at | of | in )");
    private static final Pattern INSTITUTION = Pattern.compile(COUNTRY_WORD
            + "(?<what>(?i:foreign ministry|ministry|government|junta|military rulers|police|officials|spokesperson))"
            + "(?:\\s+in\\s+(?<seat>\\p{Lu}[\\p{L}]+))?");
    private static final Pattern PAIR = Pattern.compile(
            "\\b[Tt]he two (?:[\\p{L}-]+ )?(?:rivals|countries|neighbours|neighbors|nations|governments|capitals)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");
    private static final Pattern THE_TITLE = Pattern.compile("\\b[Tt]he (?<title>president|minister|foreign minister|ambassador|envoy|prime minister)\\b");

    private final CodingGazetteer gazetteer;
    private Party lastPerson;
    private String lastCountry;
    private String datelineCountry;
    private final java.util.Map<String, String> institutionCountries = new java.util.HashMap<>();
    private List<Party> recentPair = List.of();

    PartyFinder(CodingGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Everyone the sentence names, in order of position, people it introduces learned on the way. */
    List<NameMention> find(String sentence) {
        learnPeople(sentence);
        List<NameMention> found = new ArrayList<>(gazetteer.mentions(sentence));
        Matcher institution = INSTITUTION.matcher(sentence);
        while (institution.find()) {
            String country = countryOf(institution.group("owner"), institution.group("adjective"), institution.group("seat"));
            String what = institution.group("what").toLowerCase();
            String same = what.matches("government|junta|military rulers") ? "government"
                    : what.endsWith("ministry") ? "ministry" : what;
            if (country != null) {
                institutionCountries.putIfAbsent(same, country);
            } else if ("spokesperson".equals(what) && sentence.substring(0, institution.start()).endsWith("ministry ")) {
                country = institutionCountries.get("ministry");
            } else if (!"officials".equals(what)) {
                country = institutionCountries.getOrDefault(same, "spokesperson".equals(what) ? lastCountry : null);
            }
            found.removeIf(mention -> mention.start() >= institution.start() && mention.end() <= institution.end());
            found.add(new NameMention(institution.start(), institution.end(), institutionParty(what, country,
                    institution.group().strip()), false));
        }
        Matcher title = THE_TITLE.matcher(sentence);
        while (title.find()) {
            int at = title.start();
            if (lastPerson != null && found.stream().noneMatch(mention -> mention.start() <= at && at < mention.end())) {
                found.add(new NameMention(title.start(), title.end(), lastPerson, false));
            }
        }
        Matcher pair = PAIR.matcher(sentence);
        while (pair.find() && recentPair.size() == 2) {
            for (Party country : recentPair) {
                found.add(new NameMention(pair.start(), pair.end(), country, false));
            }
        }
        Matcher pronoun = PRONOUN.matcher(sentence);
        while (pronoun.find()) {
            if (lastPerson != null) {
                found.add(new NameMention(pronoun.start(), pronoun.end(), lastPerson, false));
            }
        }
        found.sort(Comparator.comparingInt(NameMention::start));
        for (int i = 1; i < found.size(); i++) {
            NameMention one = found.get(i - 1), other = found.get(i);
            if ("COUNTRY".equals(one.party().kind()) && "COUNTRY".equals(other.party().kind()) && one.end() < other.start()
                    && sentence.substring(one.end(), other.start()).equals(" and ")) {
                recentPair = List.of(one.party(), other.party());
            }
        }
        return found;
    }

    /**
     * Where the report was filed: a minister or president named without a country ("Foreign Minister Melanie Joly"
     * in a report from Ottawa) is taken to be that country's.
     */
    void dateline(String words) {
        datelineCountry = gazetteer.countryOf(words.strip());
    }

    String datelineCountry() {
        return datelineCountry;
    }

    /** The government speaking for a country named as a speaker ("Mexico said", "Beijing said"). */
    Party governmentOfCountry(Party country) {
        return gazetteer.governmentOf(country.countryCode(), country.words());
    }

    /** Remembers who was last named, for pronouns and titles in later sentences. */
    void remember(Party party) {
        if (party != null && "PERSON".equals(party.kind())) {
            lastPerson = party;
        }
        if (party != null && party.countryCode() != null && !"PERSON".equals(party.kind())) {
            lastCountry = party.countryCode();
        }

    }

    private void learnPeople(String sentence) {
        for (Pattern pattern : List.of(TITLED, APPOSED)) {
            Matcher matcher = pattern.matcher(sentence);
            while (matcher.find()) {
                String name = matcher.group("name");
                if (gazetteer.countryOf(name) != null || gazetteer.mentions(name).stream()
                        .anyMatch(mention -> mention.start() == 0 && mention.end() == name.length())) {
                    continue;
                }
                String country = pattern == TITLED
                        ? countryOf(matcher.group("owner"), matcher.group("adjective"), null)
                        : countryIn(sentence.substring(matcher.end("name"), Math.min(sentence.length(), matcher.end() + 40)));
                if (country == null) {
                    country = countryIn(sentence.substring(Math.max(0, matcher.start() - 30), matcher.start()));
                }
                if (country == null && pattern == TITLED && matcher.group("title").matches("(?i).*(?:minister|president|chancellor|spokes\\w+)")) {
                    country = datelineCountry;
                }
                Party person = new Party(null, country, name, "PERSON", true, name);
                gazetteer.learn(name, person);
            }
        }
    }

    private Party institutionParty(String what, String country, String words) {
        return switch (what) {
            case "government", "junta", "military rulers" -> country == null
                    ? new Party(null, null, words, "GOVERNMENT", true, words) : gazetteer.governmentOf(country, words);
            case "foreign ministry", "ministry" -> new Party(null, country, words.replaceFirst("^(?i)the\\s+", ""),
                    "MINISTRY", true, words);
            default -> new Party(null, country, words.replaceFirst("^(?i)the\\s+", ""), "GROUP", true, words);
        };
    }

    private String countryOf(String owner, String adjective, String seat) {
        for (String words : new String[] {owner, adjective, seat}) {
            if (words != null) {
                String country = gazetteer.countryOf(words.strip());
                if (country == null) {
                    country = countryIn(words);
                }
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    private String countryIn(String text) {
        return gazetteer.mentions(text).stream().map(mention -> mention.party().countryCode())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
