package org.diplograph.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the roll-ups count of one action: its day, code, whether it is negated, its class and intensity, its countries. */
record CountedAction(LocalDate day, String code, boolean negated, short quadClass, BigDecimal intensity,
                     List<CountryRoles> countries) {

    /** A country's part in an action, as the involvement table keeps it. */
    record CountryRoles(String country, boolean asActor, boolean asRecipient, boolean asAffected) {
    }
}
