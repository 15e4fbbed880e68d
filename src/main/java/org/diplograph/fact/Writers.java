package org.diplograph.fact;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is writing, and when: the authenticated API key's name, and now to the microsecond both databases keep. */
public final class Writers {

    private Writers() {
    }

    public static Change now() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("Writes require an authenticated API key");
        }
        return new Change(authentication.getName(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }
}
