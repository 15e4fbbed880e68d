package org.diplograph.draft.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.draft.coding.CodedFacts.DateGuess;

/**
 * Dates as a wire report gives them, resolved against the publication date: "on Tuesday" is the last Tuesday on or
 * before publication, "yesterday" the day before, "December 7" that day of the publication's year (or the year before,
 * if that would be after publication), "in 2016" a year. A deadline ("by May 13", "until…", "within…") dates no event.
 * Anything vaguer ("earlier this month", "last week") gives no date: the guess stays UNKNOWN, never invented.
 */
final class DateRules {

    /** A date expression in a sentence: where it is, and what it resolves to. */
    record Found(int start, int end, DateGuess date) {
    }

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final Pattern EXPRESSION = Pattern.compile(
            "(?<deadline>\\b(?:by|until|within|before)\\s+)?"
                    + "(?:\\b(?:on\\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                    + "|\\b(?<relative>yesterday|today)\\b"
                    + "|\\b(?:on\\s+)?(?<month>" + MONTHS + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?\\b"
                    + "|\\b(?:on\\s+)?(?<day2>\\d{1,2})\\s+(?<month2>" + MONTHS + ")(?:\\s+(?<year2>\\d{4}))?\\b"
                    + "|\\bin\\s+(?<onlyYear>(?:19|20)\\d{2})\\b)",
            Pattern.CASE_INSENSITIVE);

    private DateRules() {
    }

    static List<Found> find(String sentence, LocalDate published) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(sentence);
        while (matcher.find()) {
            if (matcher.group("deadline") != null) {
                continue;
            }
            DateGuess date = resolve(matcher, published);
            if (date != null) {
                found.add(new Found(matcher.start(), matcher.end(), date));
            }
        }
        return found;
    }

    /** The date expression nearest to a position of the sentence, or UNKNOWN when the sentence has none. */
    static DateGuess nearest(List<Found> found, int position) {
        Found best = null;
        for (Found candidate : found) {
            if (best == null || distance(candidate, position) < distance(best, position)) {
                best = candidate;
            }
        }
        return best == null ? DateGuess.UNKNOWN : best.date();
    }

    private static int distance(Found found, int position) {
        return position < found.start() ? found.start() - position : Math.max(0, position - found.end());
    }

    private static DateGuess resolve(Matcher matcher, LocalDate published) {
        String wording = matcher.group().strip();
        if (matcher.group("weekday") != null) {
            DayOfWeek day = DayOfWeek.valueOf(matcher.group("weekday").toUpperCase(Locale.ROOT));
            LocalDate date = published;
            while (date.getDayOfWeek() != day) {
                date = date.minusDays(1);
            }
            return new DateGuess(date, "DAY", "INFERRED", wording);
        }
        if (matcher.group("relative") != null) {
            boolean yesterday = matcher.group("relative").equalsIgnoreCase("yesterday");
            return new DateGuess(yesterday ? published.minusDays(1) : published, "DAY", "INFERRED", wording);
        }
        if (matcher.group("onlyYear") != null) {
            int year = Integer.parseInt(matcher.group("onlyYear"));
            return year > published.getYear() ? null : new DateGuess(LocalDate.of(year, 1, 1), "YEAR", "STATED", wording);
        }
        String monthWord = matcher.group("month") != null ? matcher.group("month") : matcher.group("month2");
        String dayWord = matcher.group("day") != null ? matcher.group("day") : matcher.group("day2");
        String yearWord = matcher.group("year") != null ? matcher.group("year") : matcher.group("year2");
        Month month = month(monthWord);
        int day = Integer.parseInt(dayWord);
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        if (yearWord != null) {
            int year = Integer.parseInt(yearWord);
            return day <= month.length(java.time.Year.isLeap(year))
                    ? new DateGuess(LocalDate.of(year, month, day), "DAY", "STATED", wording) : null;
        }
        int year = published.getYear();
        if (month == Month.FEBRUARY && day == 29 && !java.time.Year.isLeap(year)) {
            year--;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (date.isAfter(published)) {
            date = date.minusYears(1);
        }
        return new DateGuess(date, "DAY", "INFERRED", wording);
    }

    private static Month month(String word) {
        String prefix = word.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException(word);
    }
}
