package dev.mocksy.evaluation;

import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import java.util.List;
import java.util.Set;

/** Questions written for the evaluator's tests. */
final class Questions {

    static final Question SQL_JOINS = new Question(
            "test-sql-joins",
            "What is the difference between an INNER JOIN and a LEFT JOIN in SQL?",
            InterviewType.TECHNICAL,
            Set.of(),
            Set.of(),
            Difficulty.EASY,
            List.of("sql"),
            List.of(),
            List.of(
                    new KeyPoint(
                            "An inner join returns only rows that have a match in both tables",
                            List.of("only matching rows", "match in both", "both tables", "intersection")),
                    new KeyPoint(
                            "A left join keeps every row of the left table",
                            List.of("all rows from the left", "every row of the left", "keeps all", "left table")),
                    new KeyPoint(
                            "Columns from the right table are NULL when nothing matches", List.of("null", "nulls")),
                    new KeyPoint(
                            "A WHERE condition on the right table turns a left join back into an inner join",
                            List.of(
                                    "where clause",
                                    "on clause",
                                    "filter in the where",
                                    "turns it into an inner join"))),
            List.of(),
            List.of(),
            List.of(),
            null);

    static final String SQL_JOINS_ANSWER = "An INNER JOIN returns only the rows that have a match in both tables, so "
            + "customers without orders disappear from the result. A LEFT JOIN keeps every row of the left table, and "
            + "when there is no matching row on the right, the right-hand columns come back as NULL. That is how I "
            + "find customers who never ordered: LEFT JOIN orders and keep the rows where orders.id IS NULL. One trap: "
            + "if you put a condition on the right table in the WHERE clause instead of the ON clause, the NULL rows "
            + "are filtered out and the query behaves like an inner join again.";

    static final Question TEAM_CONFLICT = new Question(
            "test-team-conflict",
            "Tell me about a time you disagreed with your manager.",
            InterviewType.BEHAVIORAL,
            Set.of(),
            Set.of(),
            Difficulty.MEDIUM,
            List.of(),
            List.of(),
            List.of(
                    new KeyPoint("Explain what you disagreed about and why", List.of("because", "concerned", "risk")),
                    new KeyPoint(
                            "Show how you raised it respectfully", List.of("one-on-one", "privately", "raised it")),
                    new KeyPoint("Give the outcome", List.of("outcome", "in the end", "result", "agreed"))),
            List.of(),
            List.of(),
            List.of(),
            null);

    private Questions() {}
}
