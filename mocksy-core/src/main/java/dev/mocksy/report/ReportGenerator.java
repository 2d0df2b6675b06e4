package dev.mocksy.report;

import dev.mocksy.interview.InterviewSnapshot;
import java.time.Instant;

/** Writes the end-of-interview report from everything the session recorded. */
public interface ReportGenerator {

    /**
     * Builds the report of a finished (completed or abandoned) session; unanswered questions are listed as such.
     *
     * @param session the session's state, rebuilt from its journal
     * @param generatedAt the time to stamp on the report
     */
    InterviewReport generate(InterviewSnapshot session, Instant generatedAt);
}
