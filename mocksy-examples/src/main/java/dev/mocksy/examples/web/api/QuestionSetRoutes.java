package dev.mocksy.examples.web.api;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.http.Api;
import dev.mocksy.examples.web.sets.QuestionSets;
import dev.mocksy.question.QuestionSet;
import dev.mocksy.question.QuestionSetException;
import dev.mocksy.question.QuestionSetProblem;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The account's own question sets: uploaded as the file's text (YAML or JSON, checked like the terminal app checks a
 * file), listed, deleted. Another account's set answers 404, exactly like a missing one.
 */
public final class QuestionSetRoutes {

    private final QuestionSets sets;

    public QuestionSetRoutes(QuestionSets sets) {
        this.sets = Objects.requireNonNull(sets, "sets");
    }

    /** A set as the API shows it. */
    record SetView(String id, String name, int questions, String fingerprint, Instant uploadedAt) {
        static SetView of(QuestionSets.Stored set) {
            return new SetView(set.id(), set.name(), set.questions(), set.fingerprint(), set.uploadedAt());
        }
    }

    /** One problem in an uploaded file. */
    record ProblemView(int line, int column, String field, String message) {}

    public void register(Api api) {
        api.account(
                        "POST",
                        "/api/question-sets",
                        "Upload your own question set: the file's text as the body (YAML or JSON, the format of"
                                + " docs/QUESTION-SETS.md, at most 256 KB); ?fileName= names it when the file has no"
                                + " name of its own",
                        "text/yaml or application/json: the file's text",
                        "the set {id, name, questions, fingerprint, uploadedAt}; 400 with problems: [{line, column,"
                                + " field, message}]",
                        this::upload)
                .account(
                        "GET",
                        "/api/question-sets",
                        "Your question sets",
                        null,
                        "[{id, name, questions, fingerprint, uploadedAt}]",
                        this::list)
                .account(
                        "DELETE",
                        "/api/question-sets/{id}",
                        "Delete one of your question sets; interviews already run from it are kept",
                        null,
                        "{deleted: id}",
                        this::delete);
    }

    private void upload(Context ctx, Account account) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw PlatformException.badRequest("send the question set's text (YAML or JSON) as the request body");
        }
        if (bytes.length > QuestionSets.MAX_BYTES) {
            throw PlatformException.badRequest("a question set is at most " + QuestionSets.MAX_BYTES / 1024
                    + " KB; this one is " + (bytes.length + 1023) / 1024 + " KB: split it into several sets");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String source = QuestionSets.sourceName(ctx.queryParam("fileName"), text);
        QuestionSet set;
        try {
            set = QuestionSet.parse(source, text);
        } catch (QuestionSetException e) {
            List<ProblemView> problems =
                    e.problems().stream().map(QuestionSetRoutes::problem).toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "invalid_question_set");
            body.put(
                    "message",
                    problems.isEmpty()
                            ? "the question set cannot be read: " + e.getMessage()
                            : problems.size() + (problems.size() == 1 ? " problem" : " problems")
                                    + " in the question set; fix each line named and upload it again (the format is"
                                    + " in docs/QUESTION-SETS.md)");
            body.put("problems", problems);
            ctx.status(400).json(body);
            return;
        }
        if (set.questions().isEmpty()) {
            throw PlatformException.badRequest("the question set holds no question: add at least one under questions");
        }
        ctx.status(201).json(SetView.of(sets.save(account.id(), set, text)));
    }

    private static ProblemView problem(QuestionSetProblem problem) {
        return new ProblemView(problem.line(), problem.column(), problem.field(), problem.message());
    }

    private void list(Context ctx, Account account) {
        ctx.json(sets.list(account.id()).stream().map(SetView::of).toList());
    }

    private void delete(Context ctx, Account account) {
        String id = Api.path(ctx, "id");
        if (!sets.delete(account.id(), id)) {
            throw PlatformException.notFound("question set " + id);
        }
        ctx.json(Map.of("deleted", id));
    }
}
