package org.diplograph.draft.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.draft.coding.CodedFacts.Citation;
import org.diplograph.draft.coding.CodedFacts.DateGuess;
import org.diplograph.draft.coding.CodedFacts.Party;
import org.diplograph.draft.coding.CodedFacts.QuoteGuess;
import org.diplograph.draft.coding.CodingGazetteer.NameMention;

/**
 * Quotes and paraphrases with their speakers. Quoted words are kept exactly as between the marks (a trailing comma,
 * and a fragment's full stop, belong to the reporter's sentence). Attribution patterns: '"…," X said', '"…," said X',
 * 'X said (that) …', '…, X said', '…, said X', 'according to X'; a sentence made only of a quote continues the last
 * speaker's words. Two quoted pieces inside one reported clause make a MIXED statement.
 */
final class QuoteRules {

    static final String VERBS = "said|says|say|saying|told|added|insisted|stated|announced|warned|wrote|argued|stressed|noted|"
            + "called|accused|declared";
    private static final Pattern VERB = Pattern.compile("\\b(?<verb>" + VERBS + ")\\b");
    private static final Pattern AFTER_VERB = Pattern.compile(
            "^\\s*(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\\s+)?"
                    + "(?:reporters|journalists|a news conference|a press conference|parliament|lawmakers)?\\s*(?:that\\s+)?");
    private static final Pattern PARAPHRASE_VERB = Pattern.compile(
            "\\b(?:said|says|say|saying|told|insisted|added|warned|stressed)\\b");
    private static final Pattern NEXT_CLAUSE = Pattern.compile(",\\s+and\\s+(?=(?:accused|said|called|added|insisted|urged|warned)\\b)");
    private static final Pattern TAIL_ATTRIBUTION = Pattern.compile(",\\s+(?:(?<before>[^,]{2,60}?)\\s+(?:" + VERBS
            + ")|(?:" + VERBS + ")\\s+(?<after>[^,]{2,60}?))(?:\\s+(?:in|on|to|at)\\s+[^,]*)?\\.?$");

    private final PartyFinder parties;
    private Party lastSpeaker;

    QuoteRules(PartyFinder parties) {
        this.parties = parties;
    }

    List<QuoteGuess> find(int number, int offset, String sentence, List<NameMention> mentions, List<DateRules.Found> dates) {
        Quotations quotations = Quotations.of(sentence);
        List<QuoteGuess> found = new ArrayList<>();
        Matcher verb = VERB.matcher(quotations.masked());
        Integer verbAt = null;
        while (verb.find()) {
            verbAt = verb.start();
            break;
        }
        if (!quotations.passages().isEmpty()) {
            quoted(number, offset, sentence, quotations, mentions, verbAt, dates, found);
        } else if (verbAt != null) {
            paraphrased(number, offset, sentence, mentions, dates, found);
        }
        return found;
    }

    private void quoted(int number, int offset, String sentence, Quotations quotations, List<NameMention> mentions,
                        Integer verbAt, List<DateRules.Found> dates, List<QuoteGuess> found) {
        List<Quotations.Passage> passages = quotations.passages();
        Party speaker;
        String rule;
        if (verbAt == null) {
            speaker = lastSpeaker;
            rule = "continued quote";
        } else if (verbAt > passages.get(0).end()) {
            speaker = between(mentions, passages.get(0).end(), verbAt);
            rule = "\"…,\" X said";
        } else {
            speaker = nearestBefore(mentions, verbAt);
            rule = "X said \"…\"";
        }
        speaker = asSpeaker(speaker);
        if (speaker == null) {
            return;
        }
        remember(speaker);
        DateGuess said = verbAt == null ? DateGuess.UNKNOWN : DateRules.nearest(dates, verbAt);
        if (passages.size() > 1 && verbAt != null && verbAt < passages.get(0).start() && between(quotations, passages)) {
            int end = sentence.endsWith(".") && !sentence.endsWith(".\"") ? sentence.length() - 1 : sentence.length();
            found.add(new QuoteGuess(new Citation(number, offset + verbAt, offset + end), sentence.substring(verbAt, end),
                    speaker, "MIXED", said, 0.6, "X accused \"…\" of … \"…\""));
            return;
        }
        for (Quotations.Passage passage : passages) {
            int end = passage.end();
            String words = sentence.substring(passage.start(), end);
            if (words.endsWith(",") || (words.endsWith(".") && !Character.isUpperCase(words.charAt(0)))) {
                end--;
            }
            if (end - passage.start() < 2) {
                continue;
            }
            found.add(new QuoteGuess(new Citation(number, offset + passage.start(), offset + end),
                    sentence.substring(passage.start(), end), speaker, "QUOTE", said,
                    "continued quote".equals(rule) ? 0.7 : 0.9, rule));
        }
    }

    /** Whether the reporter's words between the quoted pieces carry no attribution of their own. */
    private static boolean between(Quotations quotations, List<Quotations.Passage> passages) {
        for (int i = 1; i < passages.size(); i++) {
            String gap = quotations.masked().substring(passages.get(i - 1).end() + 1, Math.max(passages.get(i - 1).end() + 1, passages.get(i).start() - 1));
            if (VERB.matcher(gap).find() || gap.strip().split("\\s+").length < 2) {
                return false;
            }
        }
        return true;
    }

    private void paraphrased(int number, int offset, String sentence, List<NameMention> mentions,
                             List<DateRules.Found> dates, List<QuoteGuess> found) {
        String body = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        Matcher tail = TAIL_ATTRIBUTION.matcher(body);
        if (tail.find() && tail.start() > 10) {
            int at = tail.start("before") >= 0 ? tail.start("before") : tail.start("after");
            Party speaker = asSpeaker(between(mentions, tail.start(), at + (tail.group("before") != null
                    ? tail.group("before").length() : 0)));
            if (speaker != null) {
                remember(speaker);
                found.add(new QuoteGuess(new Citation(number, offset, offset + tail.start()), body.substring(0, tail.start()),
                        speaker, "PARAPHRASE", DateRules.nearest(dates, at), 0.6, "…, X said"));
            }
            return;
        }
        Matcher verb = PARAPHRASE_VERB.matcher(body);
        if (!verb.find()) {
            return;
        }
        Party speaker = asSpeaker(nearestBefore(mentions, verb.start()));
        Matcher rest = AFTER_VERB.matcher(body.substring(verb.end()));
        if (speaker == null || !rest.find()) {
            return;
        }
        int start = verb.end() + rest.end();
        if (body.startsWith("told", verb.start()) && rest.group().isBlank()) {
            return;
        }
        remember(speaker);
        DateGuess said = DateRules.nearest(dates, verb.start());
        Matcher next = NEXT_CLAUSE.matcher(body);
        int end = body.length();
        if (next.find(start)) {
            end = next.start();
            found.add(new QuoteGuess(new Citation(number, offset + next.end(), offset + body.length()),
                    body.substring(next.end()), speaker, "PARAPHRASE", said, 0.5, "X said …, and accused …"));
        }
        if (end - start > 3) {
            found.add(0, new QuoteGuess(new Citation(number, offset + start, offset + end), body.substring(start, end),
                    speaker, "PARAPHRASE", said, 0.6, "X said (that) …"));
        }
    }

    private static Party nearestBefore(List<NameMention> mentions, int position) {
        Party best = null;
        for (NameMention mention : mentions) {
            if (mention.end() <= position && !mention.demonym()) {
                best = mention.party();
            }
        }
        return best;
    }

    /** The speaker named between a quote and its verb ('"…," Wang Yi said'), else the first one after the verb. */
    private static Party between(List<NameMention> mentions, int from, int verbAt) {
        Party last = null;
        for (NameMention mention : mentions) {
            if (mention.start() >= from && mention.end() <= verbAt && !mention.demonym()) {
                last = mention.party();
            }
        }
        if (last != null) {
            return last;
        }
        for (NameMention mention : mentions) {
            if (mention.start() >= verbAt && mention.start() <= verbAt + 40 && !mention.demonym()) {
                return mention.party();
            }
        }
        return null;
    }

    /** A country speaks through its government. */
    private Party asSpeaker(Party party) {
        if (party == null) {
            return null;
        }
        return "COUNTRY".equals(party.kind()) ? parties.governmentOfCountry(party) : party;
    }

    private void remember(Party speaker) {
        lastSpeaker = speaker;
        parties.remember(speaker);
    }
}
