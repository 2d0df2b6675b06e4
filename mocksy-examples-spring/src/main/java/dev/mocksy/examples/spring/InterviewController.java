package dev.mocksy.examples.spring;

import dev.mocksy.InvalidTransitionException;
import dev.mocksy.Mocksy;
import dev.mocksy.MocksyException;
import dev.mocksy.ProviderException;
import dev.mocksy.SessionNotFoundException;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.examples.spring.InterviewApi.AnswerRequest;
import dev.mocksy.examples.spring.InterviewApi.AnswerView;
import dev.mocksy.examples.spring.InterviewApi.Feedback;
import dev.mocksy.examples.spring.InterviewApi.InterviewView;
import dev.mocksy.examples.spring.InterviewApi.NewInterview;
import dev.mocksy.examples.spring.InterviewApi.Problem;
import dev.mocksy.examples.spring.InterviewApi.QuestionView;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.question.Question;
import dev.mocksy.report.ReportFormat;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs interviews over REST: {@code POST /interviews} starts one and returns the first question,
 * {@code POST /interviews/{id}/answers} scores an answer and returns what comes next, {@code GET
 * /interviews/{id}/report} the report as JSON.
 */
@RestController
@RequestMapping("/interviews")
class InterviewController {

    private final Mocksy mocksy;
    /** Sessions this node is running; one that is not here is picked up from the store where its journal ends. */
    private final Map<String, InterviewSession> running = new ConcurrentHashMap<>();

    InterviewController(Mocksy mocksy) {
        this.mocksy = mocksy;
    }

    @PostMapping
    ResponseEntity<InterviewView> start(@RequestBody NewInterview request) {
        if (request.role() == null || request.role().isBlank()) {
            throw new IllegalArgumentException("role is required, e.g. \"backend\"");
        }
        InterviewPlan.Builder plan = InterviewPlan.builder()
                .role(request.role())
                .type(request.type() == null ? "mixed" : request.type())
                .level(request.level() == null ? "mid" : request.level())
                .questionCount(request.questions() == null ? 3 : request.questions());
        if (request.technologies() != null) {
            plan.technologies(request.technologies());
        }
        InterviewSession session = mocksy.startInterview(plan.build());
        running.put(session.id(), session);
        Question first = session.start();
        return ResponseEntity.created(URI.create("/interviews/" + session.id())).body(InterviewView.of(session, first));
    }

    @GetMapping("/{id}")
    InterviewView show(@PathVariable String id) {
        InterviewSession session = session(id);
        return InterviewView.of(session, session.currentQuestion().orElse(null));
    }

    @PostMapping("/{id}/answers")
    AnswerView answer(@PathVariable String id, @RequestBody AnswerRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            throw new IllegalArgumentException("text is required: the answer to the current question");
        }
        InterviewSession session = session(id);
        Evaluation evaluation = session.submitAnswer(request.text());
        Question next = session.next().orElse(null);
        if (next == null) {
            running.remove(id);
        }
        return new AnswerView(Feedback.of(evaluation), QuestionView.of(next), next == null);
    }

    @GetMapping(value = "/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] report(@PathVariable String id) {
        session(id); // a clear 404 for an unknown id
        return mocksy.renderReport(id, ReportFormat.JSON);
    }

    private InterviewSession session(String id) {
        return running.computeIfAbsent(id, mocksy::session);
    }

    @ExceptionHandler(SessionNotFoundException.class)
    ResponseEntity<Problem> notFound(SessionNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(InvalidTransitionException.class)
    ResponseEntity<Problem> conflict(InvalidTransitionException e) {
        return problem(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(ProviderException.class)
    ResponseEntity<Problem> providerFailed(ProviderException e) {
        return problem(HttpStatus.BAD_GATEWAY, e);
    }

    @ExceptionHandler({IllegalArgumentException.class, MocksyException.class})
    ResponseEntity<Problem> badRequest(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, e);
    }

    private static ResponseEntity<Problem> problem(HttpStatus status, Exception e) {
        return ResponseEntity.status(status)
                .body(new Problem(status.value(), status.getReasonPhrase(), e.getMessage()));
    }
}
