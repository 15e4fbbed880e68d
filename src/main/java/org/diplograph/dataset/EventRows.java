package org.diplograph.dataset;

import static org.diplograph.dataset.ImportedTextLimits.*;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.diplograph.action.ImportedActions;
import org.diplograph.action.code.CameoRoles;
import org.diplograph.action.code.Dataset;
import org.diplograph.action.code.EventCode;
import org.diplograph.action.code.PloverCoding;
import org.diplograph.action.code.PloverType;
import org.diplograph.actor.ActorIdentifier;
import org.diplograph.actor.ActorIdentifierScheme;
import org.diplograph.actor.ActorKind;
import org.diplograph.actor.ImportedActors.NewActor;
import org.diplograph.dataset.file.RejectedRowException;
import org.diplograph.dataset.gdelt.CameoActorCode;
import org.diplograph.dataset.gdelt.GdeltActor;
import org.diplograph.dataset.gdelt.GdeltEvent;
import org.diplograph.dataset.gdelt.GdeltPlace;
import org.diplograph.dataset.icews.IcewsEvent;
import org.diplograph.dataset.polecat.PolecatEvent;
import org.springframework.stereotype.Component;

/**
 * Maps the rows of each data set onto Diplograph's model: event codes checked against the taxonomy, countries from
 * CAMEO/ISO alpha-3, FIPS 10-4 or English names to ISO 3166, actors by identity. A row that does not fit (an event code
 * the taxonomy lacks, a country no code book knows) is rejected with the reason, never guessed at.
 */
@Component
class EventRows {

    private static final DateTimeFormatter GDELT_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern GOVERNMENT_OF = Pattern.compile("^Government \\((.+)\\)$");
    private static final Pattern WIKIDATA_ID = Pattern.compile("^Q[1-9][0-9]*$");
    private static final Pattern ORGANISATION_WORDS = Pattern.compile(
            "(?i).*\\b(nations|union|council|organi[sz]ation|party|bank|fund|agency|association|court|committee|"
                    + "forces|army|police|ministry|government|company|corporation|group|front|movement|media|"
                    + "news|university|institute|federation|league|alliance|office|department|commission)\\b.*");
    /** CAMEO's region codes that stand first in an actor code where a country would (GDELT's CAMEO.country.txt). */
    private static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("AFR", "Africa"),
            Map.entry("ASA", "Asia"), Map.entry("BLK", "the Balkans"), Map.entry("CAU", "the Caucasus"),
            Map.entry("CRB", "the Caribbean"), Map.entry("EUR", "Europe"), Map.entry("LAM", "Latin America"),
            Map.entry("MEA", "the Middle East"), Map.entry("NMR", "North America"), Map.entry("SAM", "South America"),
            Map.entry("WST", "the West"));

    private final ImportedActions actions;
    private final CountryCodeBook countries = CountryCodeBook.shipped();
    private final WrittenCountries writtenCountries = new WrittenCountries(countries);

    EventRows(ImportedActions actions) {
        this.actions = actions;
    }

    EventRow gdelt(GdeltEvent event, String file, long line, long importKey) {
        EventCode code = cameoCode(event.eventCode());
        EventSide actor = gdeltParty(event.actor1(), "Actor1");
        EventSide recipient = gdeltParty(event.actor2(), "Actor2");
        GdeltPlace geo = event.actionGeo();
        List<String> unknown = new ArrayList<>();
        String placeCountry = geo == null ? null
                : writtenCountries.fips(geo.fipsCountryCode(), "ActionGeo_CountryCode", unknown);
        ActionRecord record = new ActionRecord(0, Dataset.GDELT, String.valueOf(event.globalEventId()), importKey,
                file, line, event.eventCode(), event.goldstein(), event.sourceUrl(), null, null, null, null, null,
                event.rootEvent(), event.numMentions(), event.numSources(), event.numArticles(),
                event.avgTone() == null ? null : event.avgTone().doubleValue(),
                geo == null ? null : geo.latitude(), geo == null ? null : geo.longitude(),
                geo == null ? null : geo.featureId(),
                event.dateAdded() == null ? null : event.dateAdded().atOffset(ZoneOffset.UTC));
        return new EventRow(code, null, summary(label(actor, event.actor1()), code, label(recipient, event.actor2())),
                geo == null ? null : cut(geo.fullName(), PLACE), placeCountry, event.day(),
                event.day().format(GDELT_DAY), actor, recipient, record, unknown);
    }

    EventRow icews(IcewsEvent event, String file, long line, long importKey) {
        EventCode code = cameoCode(event.cameoCode());
        List<String> unknown = new ArrayList<>();
        EventSide actor = namedParty(event.sourceName(), event.sourceSectors(),
                writtenCountries.byName(event.sourceCountry(), "Source Country", unknown), null, "ICEWS", false);
        EventSide recipient = namedParty(event.targetName(), event.targetSectors(),
                writtenCountries.byName(event.targetCountry(), "Target Country", unknown), null, "ICEWS", false);
        String placeCountry = writtenCountries.byName(event.country(), "Country", unknown);
        String place = Stream.of(nonBlank(event.city()), nonBlank(event.district()), nonBlank(event.province()))
                .filter(part -> part != null).collect(Collectors.joining(", "));
        ActionRecord record = new ActionRecord(0, Dataset.ICEWS, event.eventId() + "/" + event.eventDate(), importKey,
                file, line, event.cameoCode(), event.intensity(), null, event.storyId(), event.sentenceNumber(),
                cut(event.publisher(), PUBLISHER), null, null, null, null, null, null, null, event.latitude(),
                event.longitude(), null, null);
        return new EventRow(code, null, summary(nonBlank(event.sourceName()), code, nonBlank(event.targetName())),
                place.isEmpty() ? null : cut(place, PLACE), placeCountry, event.eventDate(),
                event.eventDate().toString(), actor, recipient, record, unknown);
    }

    EventRow polecat(PolecatEvent event, String file, long line, long importKey) {
        String type = event.eventType() == null ? "" : event.eventType().strip().toUpperCase(Locale.ROOT);
        EventCode root = actions.ploverRoot(type);
        if (root == null) {
            throw new RejectedRowException("Event Type '%s' is not a PLOVER event type".formatted(event.eventType()));
        }
        String mode = nonBlank(event.eventMode());
        String context = event.contexts().isEmpty() ? null : event.contexts().get(0);
        PloverCoding plover = new PloverCoding(PloverType.valueOf(type), cut(mode, PLOVER_MODE), cut(context, PLOVER_CONTEXT));
        String codedAs = type + (mode == null ? "" : "/" + mode)
                + (event.contexts().isEmpty() ? "" : "/" + String.join(",", event.contexts()));
        List<String> unknown = new ArrayList<>();
        EventSide actor = polecatParty(event.actor(), "Actor Country", unknown);
        EventSide recipient = polecatParty(event.recipient(), "Recipient Country", unknown);
        ActionRecord record = new ActionRecord(0, Dataset.POLECAT, event.eventId(), importKey, file, line,
                cut(codedAs, CODED_AS), event.intensity(), null, null, null, cut(nonBlank(event.source()), PUBLISHER),
                cut(nonBlank(event.publicationDate()), PUBLISHED_ON),
                cut(nonBlank(event.language()), LANGUAGE), null, null, null,
                null, null, event.latitude(), event.longitude(), null, null);
        String placeCountry = writtenCountries.ngec(event.country(), "Country", unknown);
        return new EventRow(root, plover, summary(partyName(event.actor()), type, root,
                partyName(event.recipient())), cut(nonBlank(event.placename()), PLACE), placeCountry, event.eventDate(),
                event.eventDate().toString(), actor, recipient, record, unknown);
    }

    /** A CAMEO code of the taxonomy; some ICEWS releases drop the leading zero ("42" for "042"). */
    private EventCode cameoCode(String written) {
        String code = written == null ? "" : written.strip();
        EventCode found = code.isEmpty() ? null : actions.eventCode(code);
        if (found == null && !code.isEmpty() && code.length() <= 3 && !code.startsWith("0")) {
            found = actions.eventCode("0" + code);
        }
        if (found == null) {
            throw new RejectedRowException("event code '%s' is not in the CAMEO taxonomy".formatted(written));
        }
        return found;
    }

    /**
     * A GDELT actor, identified by what identifies it: a bare ISO country code is the country itself; a code of
     * roles alone with no country ({@code GOV}, {@code CRM}) names nobody and is an unidentified party; any other
     * code is the actor it codes (MEXGOV, the government of Mexico), named from the code, never from one row. The
     * row's own name stays on the event's party, and stands for a person the sources know by it in that country.
     */
    private EventSide gdeltParty(GdeltActor actor, String side) {
        if (actor == null || actor.code() == null || actor.code().isBlank()) {
            return null;
        }
        CameoActorCode code = CameoActorCode.read(actor.code())
                .orElseThrow(() -> new RejectedRowException("%sCode '%s' is not a CAMEO actor code".formatted(side,
                        actor.code())));
        String name = cut(nonBlank(actor.name()), NAME_IN_SOURCE);
        Optional<CountryCodeBook.Entry> country = countries.byAlpha3(
                actor.countryCode() != null && !actor.countryCode().isBlank() ? actor.countryCode() : code.country());
        if (code.roles().isEmpty() && country.isPresent() && country.get().alpha3().equals(code.code())) {
            return EventSide.country(country.get().alpha2(), name);
        }
        if (code.country() == null && country.isEmpty() && code.roles().stream().allMatch(CameoRoles::isRole)) {
            return EventSide.unidentified(code.code(), name);
        }
        String place = country.map(CountryCodeBook.Entry::name)
                .orElse(code.country() == null ? null : REGIONS.getOrDefault(code.country(), code.country()));
        ActorKind kind = code.roles().isEmpty() ? ActorKind.GROUP
                : switch (code.roles().get(0)) {
                    case "GOV" -> ActorKind.GOVERNMENT;
                    case "LEG" -> ActorKind.LEGISLATURE;
                    default -> ActorKind.GROUP;
                };
        String roles = CameoRoles.inWords(String.join("", code.roles()));
        String actorName = code.roles().isEmpty() ? place
                : place == null ? capitalised(roles)
                : code.roles().equals(List.of("GOV")) ? "Government of " + place
                : capitalised(roles) + " (" + place + ")";
        String countryCode = country.map(CountryCodeBook.Entry::alpha2).orElse(null);
        NewActor created = new NewActor(new ActorIdentifier(ActorIdentifierScheme.CAMEO, code.code()), kind,
                cut(actorName, ACTOR_NAME), cut("CAMEO actor " + code.code() + " as GDELT codes it"
                        + (place == null ? "" : ": " + place) + (code.roles().isEmpty() ? "" : ", " + roles),
                        ACTOR_DESCRIPTION),
                countryCode, List.of());
        EventSide party = EventSide.actor(created, null, name);
        return name != null && countryCode != null ? party.orPersonNamed(name) : party;
    }

    /** A side in the summary line: the name its event gives it, as its party keeps it, else its code. */
    private static String label(EventSide party, GdeltActor actor) {
        if (party == null) {
            return null;
        }
        return party.nameInSource() != null ? party.nameInSource() : nonBlank(actor.code());
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private EventSide polecatParty(PolecatEvent.PolecatParty party, String countryColumn, List<String> unknown) {
        if (party == null || nonBlank(party.name()) == null) {
            return null;
        }
        String countryCode = writtenCountries.ngec(party.country(), countryColumn, unknown);
        String wikidata = nonBlank(party.wikipediaId());
        return namedParty(party.name(), party.sectors(), countryCode,
                wikidata != null && WIKIDATA_ID.matcher(wikidata).matches() ? wikidata : null,
                "POLECAT", nonBlank(party.title()) != null);
    }

    /**
     * An actor an event data set names in words (ICEWS, POLECAT): the country itself when the name is the country's,
     * a country's government under CAMEO's code for it (so that ICEWS's "Government (Mexico)" is GDELT's MEXGOV),
     * else an actor by Wikidata id or by name within its country.
     */
    private EventSide namedParty(String name, List<String> sectors, String country, String wikidata, String dataset,
                                boolean titled) {
        String written = nonBlank(name);
        if (written == null) {
            return null;
        }
        Optional<CountryCodeBook.Entry> named = countries.byName(written);
        if (wikidata == null && named.isPresent() && (country == null || named.get().alpha2().equals(country))) {
            return EventSide.country(named.get().alpha2(), cut(written, NAME_IN_SOURCE));
        }
        Matcher government = GOVERNMENT_OF.matcher(written);
        Optional<CountryCodeBook.Entry> governed = government.matches() ? countries.byName(government.group(1))
                : Optional.empty();
        if (governed.isPresent()) {
            return EventSide.actor(new NewActor(new ActorIdentifier(ActorIdentifierScheme.CAMEO,
                    governed.get().alpha3() + "GOV"), ActorKind.GOVERNMENT, "Government of " + governed.get().name(),
                    "the government of " + governed.get().name() + " as " + dataset + " names it: " + written,
                    governed.get().alpha2(), sectors), null, cut(written, NAME_IN_SOURCE));
        }
        ActorIdentifier identity = wikidata != null ? new ActorIdentifier(ActorIdentifierScheme.WIKIDATA, wikidata)
                : ActorIdentifier.ofName(written, country);
        String description = dataset + " actor" + (sectors.isEmpty() ? "" : ", sectors: " + String.join(", ", sectors));
        return EventSide.actor(new NewActor(identity, kindOf(written, titled), cut(written, ACTOR_NAME),
                cut(description, ACTOR_DESCRIPTION), country, sectors), written, cut(written, NAME_IN_SOURCE));
    }

    /** A best reading of the kind from the name alone; the data sets do not say. */
    private static ActorKind kindOf(String name, boolean titled) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("ministry") || lower.contains("minister of")) {
            return ActorKind.MINISTRY;
        }
        if (lower.matches(".*\\b(parliament|congress|senate|legislat\\w*|national assembly)\\b.*")) {
            return ActorKind.LEGISLATURE;
        }
        if (lower.matches(".*\\b(embassy|consulate|mission to)\\b.*")) {
            return ActorKind.DIPLOMATIC_MISSION;
        }
        if (lower.matches(".*\\bgovernment\\b.*")) {
            return ActorKind.GOVERNMENT;
        }
        boolean looksLikeAPerson = !name.contains("(") && !ORGANISATION_WORDS.matcher(name).matches()
                && name.strip().split("\\s+").length >= 2 && name.strip().split("\\s+").length <= 5;
        return titled || looksLikeAPerson ? ActorKind.PERSON : ActorKind.GROUP;
    }

    private static String partyName(PolecatEvent.PolecatParty party) {
        return party == null ? null : nonBlank(party.name());
    }

    /** "Actor → what (code) → recipient", from the coding alone: the data sets give no sentence to quote. */
    static String summary(String actor, EventCode code, String recipient) {
        return summary(actor, code.name() + " (" + code.code() + ")", recipient);
    }

    private static String summary(String actor, String type, EventCode root, String recipient) {
        return summary(actor, type + " (PLOVER; CAMEO " + root.code() + ")", recipient);
    }

    private static String summary(String actor, String what, String recipient) {
        String line = (actor == null ? "" : cut(actor, 150) + " → ") + what
                + (recipient == null ? "" : " → " + cut(recipient, 150));
        return cut(line, SUMMARY);
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
