package dev.mocksy.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform in headless Chromium (Debian chromium and chromium-driver): sign up, upload a resume, set up by chat,
 * answer three questions by text, see the report with its charts, find it in history, and be refused another user's
 * report. Screenshots of every page go to target/screenshots.
 */
class BrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path data;

    static PlatformServer server;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Tools.require(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian packages chromium and chromium-driver");
        Files.createDirectories(SCREENSHOTS);
        // What the fake microphone says, over and over: a candidate answering.
        Path candidate;
        try {
            candidate = Tools.speech(
                    data,
                    "microphone",
                    "I would start with the requirements, then sketch the data model and the main services.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        server = PlatformServer.start(
                PlatformSettings.builder().home(data.resolve("home")).port(0).build());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                // A microphone without devices or a permission prompt, and audio that may start without a click.
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-audio-capture=" + candidate.toAbsolutePath(),
                "--autoplay-policy=no-user-gesture-required",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Each test starts logged out, with the page settings at their defaults. */
    @BeforeEach
    void loggedOut() {
        open("/index.html");
        browser.manage().deleteAllCookies();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.clear();");
    }

    @Test
    void should_run_a_whole_interview_in_the_browser_and_keep_it_private() throws Exception {
        open("/index.html");
        screenshot("01-login");
        type("signup-name", "Ada");
        type("signup-email", "ada-browser@example.com");
        type("signup-password", "correct horse battery");
        browser.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.urlContains("/setup.html"));

        // Resume: a real PDF, read through the facade, and what was read shown back.
        browser.findElement(By.id("resume-file"))
                .sendKeys(resume().toAbsolutePath().toString());
        type("job-text", "Senior backend engineer: Java, Kafka and PostgreSQL; on-call for payment services.");
        browser.findElement(By.id("resume-upload")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resume-summary"), "We read"));
        assertThat(text("resume-summary")).contains("Java");

        // The set-up chat aimed at the resume: type, difficulty, number of questions, company, mode.
        for (String reply : List.of("technical", "", "3", "", "")) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("reply")));
            type("reply", reply);
            browser.findElement(By.id("send-reply")).click();
            waitForQuiet();
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start-interview")));
        assertThat(text("plan")).contains("3 technical questions");
        screenshot("02-setup");
        browser.findElement(By.id("start-interview")).click();
        wait.until(ExpectedConditions.urlContains("/interview.html"));
        String sessionId = browser.getCurrentUrl().replaceAll(".*id=", "");

        // Three answers typed.
        List<String> answers = List.of(
                "I would partition the Kafka topic by order id so events for one order stay in order, and make the"
                        + " consumers idempotent so a retry after a rebalance does no harm.",
                "PostgreSQL indexes speed up reads at the cost of slower writes; I check the plan with EXPLAIN ANALYZE"
                        + " and add a composite index matching the filter and sort.",
                "I measured p99 latency before and after the change, found the lock contention with a profiler, and"
                        + " replaced the synchronized map with a concurrent one.");
        for (int i = 0; i < answers.size(); i++) {
            wait.until(driver -> !text("question").isBlank());
            if (i == 0) {
                wait.until(driver -> !text("question-timer").isBlank());
                screenshot("03-interview");
            }
            type("answer", answers.get(i));
            browser.findElement(By.id("submit-answer")).click();
            int answered = i + 1;
            wait.until(driver -> browser.getCurrentUrl().contains("/report.html")
                    || text("feedback").contains("Last answer"));
            if (browser.getCurrentUrl().contains("/report.html")) {
                break;
            }
            assertThat(answered).isPositive();
        }
        if (!browser.getCurrentUrl().contains("/report.html")) {
            screenshot("04-feedback");
            browser.findElement(By.id("end")).click();
        }
        wait.until(ExpectedConditions.urlContains("/report.html"));

        // The report with its charts.
        wait.until(driver -> "true".equals(browser.findElement(By.id("radar")).getAttribute("data-rendered")));
        wait.until(driver -> !browser.findElements(By.cssSelector("#bars svg")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#radar svg"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#questions article"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(text("overall")).startsWith("Overall");
        assertThat(browser.findElement(By.id("pdf")).getAttribute("href")).endsWith("/report.pdf");
        screenshot("05-report");

        // The history on the dashboard, at desktop and phone widths.
        open("/dashboard.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-session='" + sessionId + "']")));
        wait.until(driver ->
                !browser.findElements(By.cssSelector("#progress-chart svg")).isEmpty());
        screenshot("06-dashboard");
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/dashboard.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-session='" + sessionId + "']")));
        WebElement row = browser.findElement(By.cssSelector("tr[data-session='" + sessionId + "']"));
        assertThat(row.getSize().getWidth()).as("fits a 390 px screen").isLessThanOrEqualTo(390);
        screenshot("07-dashboard-390");
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/settings.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("keys"), "No keys"));
        screenshot("08-settings");

        // Another user is refused the report, in the page and through the API.
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/index.html"));
        type("signup-email", "mallory-browser@example.com");
        type("signup-password", "another long password");
        browser.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.urlContains("/setup.html"));
        open("/report.html?id=" + sessionId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "was not found"));
        assertThat(text("questions")).isEmpty();
        screenshot("09-refused");
        open("/api/interviews/" + sessionId + "/report");
        assertThat(browser.getPageSource()).contains("not_found").doesNotContain("Kafka topic");
    }

    @Test
    void should_speak_the_question_in_the_server_voice_when_chosen_and_stop_it_when_the_candidate_speaks()
            throws IOException {
        open("/index.html");
        type("signup-name", "Grace");
        type("signup-email", "grace-voice@example.com");
        type("signup-password", "correct horse battery");
        browser.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.urlContains("/setup.html"));
        String id = (String) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('/api/session').then((r) => r.json()).then((s) => fetch('/api/interviews', {"
                        + " method: 'POST', headers: {'X-CSRF-Token': s.csrfToken, 'Content-Type': 'application/json'},"
                        + " body: JSON.stringify({replies: []})})).then((r) => r.json()).then((v) => done(v.id));");
        open("/interview.html?id=" + id);
        wait.until(driver -> !text("question").isBlank());

        // The setting, labelled, with both voices; the browser's by default.
        WebElement choice = browser.findElement(By.id("interviewer-voice"));
        assertThat(browser.findElements(By.cssSelector("label[for='interviewer-voice']")))
                .isNotEmpty();
        org.openqa.selenium.support.ui.Select voices = new org.openqa.selenium.support.ui.Select(choice);
        assertThat(voices.getOptions()).extracting(WebElement::getText).containsExactly("browser", "server");
        assertThat(voices.getFirstSelectedOption().getText()).isEqualTo("browser");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(choice.getLocation().getX() + choice.getSize().getWidth())
                .as("the setting fits a 390 px screen")
                .isLessThanOrEqualTo(390);
        browser.manage().window().setSize(new Dimension(1280, 900));
        choice.sendKeys(org.openqa.selenium.Keys.END); // chosen from the keyboard
        assertThat(voices.getFirstSelectedOption().getText()).isEqualTo("server");

        // Chosen once, kept: the next load speaks the question with the server's voice in the audio element.
        open("/interview.html?id=" + id);
        wait.until(driver ->
                "server".equals(browser.findElement(By.id("interviewer-status")).getAttribute("data-state")));
        WebElement audio = browser.findElement(By.id("interviewer-audio"));
        assertThat(audio.getAttribute("src")).startsWith("blob:");
        assertThat(audio.getDomProperty("paused")).isEqualTo("false");
        assertThat(Double.parseDouble(audio.getDomProperty("duration"))).isGreaterThan(1.0);
        assertThat(text("interviewer-status")).contains("server voice");
        screenshot("10-server-voice");

        // Barge-in: with the microphone on (the fake one says an answer over and over), the question asked again in
        // the server's voice over the live socket is stopped at once.
        browser.findElement(By.id("voice-start")).click();
        wait.until(driver ->
                Double.parseDouble(browser.findElement(By.id("mic-level")).getDomProperty("value")) > 0.01);
        browser.findElement(By.id("repeat")).click();
        try {
            wait.until(driver -> "silent"
                            .equals(browser.findElement(By.id("interviewer-status"))
                                    .getAttribute("data-state"))
                    && text("interviewer-status").contains("You started speaking"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "the interviewer was not stopped; microphone level "
                            + browser.findElement(By.id("mic-level")).getDomProperty("value") + ", status '"
                            + text("voice-status") + "', state "
                            + browser.findElement(By.id("interviewer-status")).getAttribute("data-state"),
                    e);
        }
        assertThat(audio.getDomProperty("paused")).isEqualTo("true");
        screenshot("11-barge-in");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.clear();");
        browser.manage().deleteAllCookies();
    }

    @Test
    void should_upload_a_question_set_run_it_and_show_its_board() throws Exception {
        open("/index.html");
        type("signup-name", "Lin");
        type("signup-email", "lin-browser@example.com");
        type("signup-password", "correct horse battery");
        browser.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.urlContains("/setup.html"));
        waitForQuiet();

        // A file with a question that has no text: each problem is listed with its line.
        Path broken = data.resolve("broken-set.yaml");
        Files.writeString(
                broken,
                "name: Ferry desk\nquestions:\n  - type: technical\n    referenceAnswer: Queue the"
                        + " bookings and confirm each once.\n");
        browser.findElement(By.id("set-file")).sendKeys(broken.toAbsolutePath().toString());
        browser.findElement(By.id("set-upload")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("set-problems"), "line 3"));
        assertThat(text("set-problems")).contains("questions[0].text");

        String first = "A ferry booking desk sells the last cabin to two travellers at the same moment. How would you"
                + " make sure only one of them gets it?";
        Path good = data.resolve("ferry-set.yaml");
        Files.writeString(
                good,
                "name: Ferry desk\nquestions:\n  - text: " + first + "\n    type: technical\n    keyPoints:\n"
                        + "      - point: A conditional update or a unique constraint lets only one booking win\n"
                        + "        synonyms: [unique constraint, conditional update, optimistic lock, compare and"
                        + " set]\n");
        browser.findElement(By.id("set-file")).sendKeys(good.toAbsolutePath().toString());
        browser.findElement(By.id("set-upload")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "Use your own questions"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "Ferry desk (1 question)"));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("question-set")))
                        .getFirstSelectedOption()
                        .getText())
                .startsWith("Ferry desk");
        for (String reply : List.of("backend", "technical", "mid", "", "", "", "", "")) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("reply")));
            type("reply", reply);
            browser.findElement(By.id("send-reply")).click();
            waitForQuiet();
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start-interview")));
        screenshot("12-setup-question-set");
        browser.manage().window().setSize(new Dimension(390, 844));
        WebElement picker = browser.findElement(By.id("question-set"));
        assertThat(picker.getLocation().getX() + picker.getSize().getWidth())
                .as("fits a 390 px screen")
                .isLessThanOrEqualTo(390);
        screenshot("13-setup-question-set-390");
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.findElement(By.id("start-interview")).click();
        wait.until(ExpectedConditions.urlContains("/interview.html"));
        wait.until(driver -> !text("question").isBlank());
        assertThat(text("question")).contains(first);
        screenshot("14-interview-question-set");
        // The set's one question answered: the interview is over.
        type(
                "answer",
                "Book with a conditional update that only succeeds while the cabin is free, backed by a unique"
                        + " constraint on the cabin and sailing, so the second traveller's booking fails and is told so.");
        browser.findElement(By.id("submit-answer")).click();
        wait.until(ExpectedConditions.urlContains("/report.html"));

        open("/settings.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("leaderboard")));
        waitForQuiet();
        browser.findElement(By.id("leaderboard")).click();
        waitForQuiet();
        open("/leaderboard.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board"), "Question set: Ferry desk"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("board")))
                .selectByVisibleText("Question set: Ferry desk");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("boards"), "Lin"));
        assertThat(browser.findElements(By.cssSelector("#boards section"))).hasSize(1);
        assertThat(text("boards")).startsWith("Question set: Ferry desk");
        screenshot("15-leaderboard-question-set");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/index.html"));
    }

    private static void open(String path) {
        browser.get("http://127.0.0.1:" + server.port() + path);
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Lets the page's fetch settle: the chat re-renders after each reply. */
    private static void waitForQuiet() throws InterruptedException {
        Thread.sleep(400);
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    /** A one-page resume as a real PDF. */
    private static Path resume() throws IOException {
        Path file = data.resolve("resume.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.setLeading(15);
                text.newLineAtOffset(60, 720);
                for (String line : List.of(
                        "Ada Example - Senior Backend Engineer",
                        "ada@example.com",
                        "Experience",
                        "Senior Backend Engineer, Payments Ltd, 2019 - 2025",
                        "Built Kafka event pipelines in Java and tuned PostgreSQL for payment services.",
                        "Backend Engineer, Shop GmbH, 2017 - 2019",
                        "Java services with Spring and PostgreSQL; on-call for checkout.",
                        "Skills",
                        "Java, Kafka, PostgreSQL, Docker, Kubernetes")) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }
}
