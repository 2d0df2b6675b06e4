package dev.mocksy.report;

import static dev.mocksy.report.Journal.behavioral;
import static dev.mocksy.report.Journal.scored;
import static dev.mocksy.report.Journal.technical;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.InterviewMode;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.question.Question;
import java.util.Collections;

/** Hand-written interviews, replayed from their journals, that the report tests share. */
final class Interviews {

    static final Question INDEX = technical(
            "be-index",
            "How does a database index speed up reads, and what does it cost?",
            "Indexes avoid full table scans",
            "Indexes slow down writes");
    static final Question IDEMPOTENCY = technical(
            "be-idempotency",
            "How would you make a payment API idempotent?",
            "Idempotency keys stored with the result",
            "Retries return the stored result");
    static final Question THREADS = technical(
            "be-threads",
            "What is the difference between a process and a thread?",
            "Threads share memory",
            "Processes are isolated");
    static final Question LEAK = technical(
            "be-leak",
            "How do you find a memory leak in a Java service?",
            "Take and compare heap dumps",
            "Look for growing collections or caches");
    static final Question CACHE = technical(
            "be-cache",
            "What happens when a hot cache entry expires under heavy load?",
            "Cache stampede",
            "Trade-off between consistency and latency");

    static final Question CONFLICT = behavioral(
            "hr-conflict",
            "Tell me about a time you disagreed with a teammate.",
            "The situation and your task",
            "What you did yourself",
            "A measurable result");
    static final Question FAILURE = behavioral(
            "hr-failure",
            "Describe a project that failed and what you learned.",
            "Ownership of the failure",
            "A concrete lesson applied later");
    static final Question DEADLINE = behavioral(
            "hr-deadline",
            "Tell me about a time you had to meet a tight deadline.",
            "How you prioritised",
            "A measurable result");

    private Interviews() {}

    static InterviewPlan backendPlan(int questions) {
        return InterviewPlan.builder()
                .role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .level(Level.MID)
                .questionCount(questions)
                .technologies("Java", "PostgreSQL")
                .build();
    }

    static InterviewPlan behavioralPlan(int questions) {
        return InterviewPlan.builder()
                .role(Role.GENERAL)
                .type(InterviewType.BEHAVIORAL)
                .level(Level.JUNIOR)
                .questionCount(questions)
                .mode(InterviewMode.REALISTIC)
                .build();
    }

    /** A long answer: {@code sentence} repeated until it is at least {@code words} words. */
    static String longAnswer(String sentence, int words) {
        int perSentence = sentence.split("\\s+").length;
        return String.join(" ", Collections.nCopies((words + perSentence - 1) / perSentence, sentence));
    }

    /** Five strong, long answers: overall 8.5, 8.0, 9.0, 7.5, 8.0, so 82/100; clarity is the lowest category. */
    static Journal strongBackend() {
        return Journal.start("strong-1", backendPlan(5))
                .answered(
                        INDEX,
                        longAnswer(
                                "A B-tree index lets PostgreSQL find rows in about 3 page reads instead of scanning"
                                        + " 40 million rows, but every insert also updates the index, so writes slow"
                                        + " down by roughly 10 percent per index.",
                                130),
                        scored(8.5)
                                .category(RubricCategory.CONFIDENCE_AND_CLARITY, 7.0)
                                .covered("Indexes avoid full table scans", "Indexes slow down writes")
                                .quote(
                                        "find rows in about 3 page reads instead of scanning 40 million rows",
                                        "covers: indexes avoid full table scans")
                                .build())
                .answered(
                        IDEMPOTENCY,
                        longAnswer(
                                "The client sends an idempotency key, we store it with the result in the same"
                                        + " transaction, and a retry within 24 hours gets the stored response instead"
                                        + " of a second charge.",
                                130),
                        scored(8.0)
                                .category(RubricCategory.CONFIDENCE_AND_CLARITY, 7.0)
                                .covered("Idempotency keys stored with the result", "Retries return the stored result")
                                .quote(
                                        "we store it with the result in the same transaction",
                                        "covers: idempotency keys stored with the result")
                                .build())
                .answered(
                        THREADS,
                        longAnswer(
                                "Threads of one process share the heap, so they need locks, while two processes"
                                        + " only share what the kernel gives them, which isolates a crash to one of"
                                        + " them.",
                                130),
                        scored(9.0)
                                .category(RubricCategory.CONFIDENCE_AND_CLARITY, 7.5)
                                .covered("Threads share memory", "Processes are isolated")
                                .quote("Threads of one process share the heap", "covers: threads share memory")
                                .build())
                .answered(
                        LEAK,
                        longAnswer(
                                "I take two heap dumps an hour apart with jcmd, compare them in Eclipse MAT, and"
                                        + " look for a collection that grew by thousands of entries, which last time"
                                        + " was an unbounded cache.",
                                130),
                        scored(7.5)
                                .category(RubricCategory.CONFIDENCE_AND_CLARITY, 6.5)
                                .covered("Take and compare heap dumps", "Look for growing collections or caches")
                                .quote("take two heap dumps an hour apart", "covers: take and compare heap dumps")
                                .build())
                .answered(
                        CACHE,
                        longAnswer(
                                "Thousands of requests miss at once and hit the database, a cache stampede, so I"
                                        + " let one request refresh the entry while the others get the stale value for"
                                        + " 2 seconds, trading a little consistency for latency.",
                                130),
                        scored(8.0)
                                .category(RubricCategory.CONFIDENCE_AND_CLARITY, 7.0)
                                .covered("Cache stampede", "Trade-off between consistency and latency")
                                .quote("a cache stampede", "covers: cache stampede")
                                .build())
                .complete();
    }

    /** The same five questions answered briefly and vaguely: 3.0, 2.5, 4.0, 3.5, 2.0, so 30/100. */
    static Journal weakBackend() {
        return Journal.start("weak-1", backendPlan(5))
                .answered(
                        INDEX,
                        "Indexes make queries faster because the database can find things more quickly.",
                        scored(3.0)
                                .category(RubricCategory.PROBLEM_SOLVING, 2.0)
                                .covered("Indexes avoid full table scans")
                                .missed("Indexes slow down writes")
                                .quote("the database can find things more quickly", "vague: no mechanism named")
                                .build())
                .answered(
                        IDEMPOTENCY,
                        "You make sure the payment is not done twice by checking things.",
                        scored(2.5)
                                .category(RubricCategory.PROBLEM_SOLVING, 2.0)
                                .missed("Idempotency keys stored with the result", "Retries return the stored result")
                                .build())
                .answered(
                        THREADS,
                        "A thread is smaller than a process and they share some things with each other.",
                        scored(4.0)
                                .category(RubricCategory.PROBLEM_SOLVING, 3.0)
                                .covered("Threads share memory")
                                .missed("Processes are isolated")
                                .quote("they share some things", "covers: threads share memory, vaguely")
                                .build())
                .answered(
                        LEAK,
                        "I would look at the logs and maybe restart the service to see if it helps.",
                        scored(3.5)
                                .category(RubricCategory.PROBLEM_SOLVING, 2.5)
                                .missed("Take and compare heap dumps", "Look for growing collections or caches")
                                .build())
                .answered(
                        CACHE,
                        "The cache gets refreshed and then things are fine again after a while.",
                        scored(2.0)
                                .category(RubricCategory.PROBLEM_SOLVING, 1.0)
                                .missed("Cache stampede", "Trade-off between consistency and latency")
                                .build())
                .complete();
    }

    /** Behavioral answers that tell no story: low communication, no numbers, missed results. */
    static Journal weakBehavioral() {
        return Journal.start("behavioral-1", behavioralPlan(3))
                .answered(
                        CONFLICT,
                        "We disagreed about something once but we talked about it and it worked out in the end.",
                        scored(3.0)
                                .category(RubricCategory.COMMUNICATION, 2.5)
                                .covered("The situation and your task")
                                .missed("What you did yourself", "A measurable result")
                                .build())
                .answered(
                        FAILURE,
                        "A project failed because the requirements changed and we learned to plan better.",
                        scored(3.5)
                                .category(RubricCategory.COMMUNICATION, 3.0)
                                .missed("Ownership of the failure", "A concrete lesson applied later")
                                .build())
                .answered(
                        DEADLINE,
                        "We worked late for a while and got it done before the deadline in the end.",
                        scored(4.0)
                                .category(RubricCategory.COMMUNICATION, 3.5)
                                .covered("How you prioritised")
                                .missed("A measurable result")
                                .build())
                .complete();
    }

    /** Five questions planned; the first answered well, the second abandoned while the candidate was answering. */
    static Journal abandonedAfterOneOfFive() {
        return Journal.start("abandoned-1", backendPlan(5))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full scan, so a lookup reads 3 or 4 pages; each index slows"
                                + " inserts because it must be updated too.",
                        scored(7.0)
                                .covered("Indexes avoid full table scans", "Indexes slow down writes")
                                .quote("a lookup reads 3 or 4 pages", "covers: indexes avoid full table scans")
                                .build())
                .ask(IDEMPOTENCY)
                .listen(IDEMPOTENCY)
                .abandon("ended by the candidate");
    }

    /** A question asked and the interview ended before any answer. */
    static Journal nothingAnswered() {
        return Journal.start("empty-1", backendPlan(5)).ask(INDEX).listen(INDEX).abandon("ended by the candidate");
    }

    /** Two good answers, one skip, one time-out and one non-answer: every flag the report reacts to. */
    static Journal flagged() {
        return Journal.start("flagged-1", backendPlan(5))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full table scan; lookups read about 4 pages, and each insert has to"
                                + " update every index, so writes get slower.",
                        scored(8.0)
                                .covered("Indexes avoid full table scans", "Indexes slow down writes")
                                .quote("lookups read about 4 pages", "covers: indexes avoid full table scans")
                                .build())
                .skipped(IDEMPOTENCY)
                .timedOut(
                        THREADS,
                        "Threads share the heap of their process, while processes",
                        scored(4.0)
                                .covered("Threads share memory")
                                .missed("Processes are isolated")
                                .build())
                .answered(
                        LEAK,
                        "I don't know.",
                        scored(0.5)
                                .missed("Take and compare heap dumps", "Look for growing collections or caches")
                                .flags(AnswerFlag.NON_ANSWER, AnswerFlag.NO_KNOWLEDGE)
                                .build())
                .answered(
                        CACHE,
                        "Many requests miss at once, a cache stampede; one request refreshes the entry while the"
                                + " others wait 50 ms or get the stale value.",
                        scored(8.0)
                                .covered("Cache stampede")
                                .missed("Trade-off between consistency and latency")
                                .quote("a cache stampede", "covers: cache stampede")
                                .build())
                .complete();
    }
}
