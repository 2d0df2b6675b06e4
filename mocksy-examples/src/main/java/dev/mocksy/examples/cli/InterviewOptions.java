package dev.mocksy.examples.cli;

import dev.mocksy.interview.InterviewPlan;
import picocli.CommandLine.Option;

/** The flags that fix parts of the plan and skip the matching set-up questions. */
final class InterviewOptions {

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            description = "frontend, backend, fullstack, data, devops, mobile or general.")
    String role;

    @Option(names = "--type", paramLabel = "TYPE", description = "behavioral, technical, mixed or system-design.")
    String type;

    @Option(names = "--level", paramLabel = "LEVEL", description = "junior, mid or senior.")
    String level;

    @Option(
            names = "--questions",
            paramLabel = "N|DURATION",
            description = "Number of main questions (e.g. 5) or a duration (15m, 30m, 45m).")
    String questions;

    @Option(names = "--tech", paramLabel = "LIST", description = "Technologies to focus on, comma separated.")
    String technologies;

    @Option(names = "--difficulty", paramLabel = "LEVEL", description = "easy, medium or hard (default medium).")
    String difficulty;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            description = "practice (feedback after each answer, the default) or realistic (feedback at the end).")
    String mode;

    @Option(names = "--company", paramLabel = "STYLE", description = "neutral, google, amazon or startup.")
    String company;

    @Option(
            names = "--context",
            paramLabel = "CONTEXT",
            description = "practice (the default) or assessment (nothing is inferred from face or voice).")
    String context;

    @Option(
            names = "--follow-ups",
            paramLabel = "N",
            description = "The most follow-ups on one question, 0-3 (default 1).")
    Integer followUps;

    @Option(
            names = "--question-set",
            paramLabel = "FILE",
            description = "Ask your own questions from a JSON or YAML question set (see docs/QUESTION-SETS.md).")
    java.nio.file.Path questionSet;

    /** Applies every flag that was given; unknown values fail with the accepted ones listed. */
    void applyFixed(InterviewPlan.Builder plan) {
        if (role != null) {
            plan.role(role);
        }
        if (type != null) {
            plan.type(type);
        }
        if (level != null) {
            plan.level(level);
        }
        if (questions != null) {
            InterviewSetup.questions(plan, questions);
        }
        if (technologies != null) {
            plan.technologies(InterviewSetup.technologies(technologies));
        }
        if (difficulty != null) {
            plan.difficulty(difficulty);
        }
        if (mode != null) {
            plan.mode(mode);
        }
        if (company != null) {
            plan.companyStyle(company);
        }
        if (context != null) {
            plan.context(context);
        }
        if (followUps != null) {
            plan.maxFollowUps(followUps);
        }
    }
}
