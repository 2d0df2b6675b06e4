package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.store.JournalImport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Journals left in the data directory's sessions folder that the store could not take in (damaged, or differing
 * from the store's copy): named by {@code sessions} and {@code continue} so that none goes unnoticed.
 */
final class NotImported {

    private NotImported() {}

    /** One line per journal that is not in the store, {@code <id>  DAMAGED  <reason>}. */
    static List<String> reasons(Mocksy mocksy, Home home) {
        JournalImport.Result check = mocksy.checkJournals(home.path().resolve("sessions"));
        List<String> lines = new ArrayList<>();
        check.damaged().forEach(reason -> lines.add(line("DAMAGED   ", reason)));
        check.conflicting().forEach(reason -> lines.add(line("DIFFERENT ", reason)));
        return lines;
    }

    /** Why the journal of {@code sessionId} in the sessions folder is not in the store, if it is there. */
    static Optional<String> reason(Mocksy mocksy, Home home, String sessionId) {
        JournalImport.Result check = mocksy.checkJournals(home.path().resolve("sessions"));
        List<String> reasons = new ArrayList<>(check.damaged());
        reasons.addAll(check.conflicting());
        return reasons.stream()
                .filter(reason -> reason.startsWith(sessionId + ": "))
                .map(reason -> reason.substring(sessionId.length() + 2))
                .findFirst();
    }

    /** "id: reason" as a listing line. */
    private static String line(String status, String reason) {
        int colon = reason.indexOf(": ");
        return reason.substring(0, colon) + "  " + status + " " + reason.substring(colon + 2);
    }
}
