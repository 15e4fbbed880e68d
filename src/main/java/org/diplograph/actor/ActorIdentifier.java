package org.diplograph.actor;

import java.text.Normalizer;

/** One way an event data set identifies an actor: {@code CAMEO MEXGOV}, {@code WIKIDATA Q42}, {@code NAME x|MX}. */
public record ActorIdentifier(ActorIdentifierScheme scheme, String value) {

    /**
     * The key of a name within a country: its letters and digits, lower-cased and without accents (ICEWS writes
     * "López" where another file has "Lopez"), then the ISO code ("" for none).
     */
    public static ActorIdentifier ofName(String name, String countryCode) {
        return new ActorIdentifier(ActorIdentifierScheme.NAME,
                withoutAccents(ActorRepository.sortName(name, name)) + "|" + (countryCode == null ? "" : countryCode));
    }

    static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
