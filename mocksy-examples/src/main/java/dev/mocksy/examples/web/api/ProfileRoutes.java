package dev.mocksy.examples.web.api;

import dev.mocksy.Mocksy;
import dev.mocksy.StoreException;
import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.account.Resumes;
import dev.mocksy.examples.web.http.Api;
import dev.mocksy.examples.web.keys.Facades;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.InterviewFocus;
import dev.mocksy.resume.JobDescription;
import dev.mocksy.resume.Skill;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The resume and job description: uploaded, read through the facade, and shown as "we read: ...". */
public final class ProfileRoutes {

    /** The largest resume accepted. */
    public static final int MAX_RESUME_BYTES = 5 * 1024 * 1024;

    /** The longest job description accepted. */
    public static final int MAX_JOB_CHARS = 50_000;

    private final Facades facades;
    private final Resumes resumes;

    public ProfileRoutes(Facades facades, Resumes resumes) {
        this.facades = Objects.requireNonNull(facades, "facades");
        this.resumes = Objects.requireNonNull(resumes, "resumes");
    }

    /** A plan aimed at the uploaded resume, the profile read from it, and the sentence that says so. */
    record Aimed(InterviewPlan.Builder plan, CandidateProfile profile, String summary) {}

    /** What the profile page shows. */
    record ProfileView(
            String fileName, String summary, CandidateProfile profile, List<String> focus, List<String> gaps) {}

    public void register(Api api) {
        api.account(
                        "POST",
                        "/api/resume",
                        "Upload a resume (PDF, DOCX, DOC, RTF, HTML, Markdown, text) and optionally"
                                + " a job description; answers what was read",
                        "multipart/form-data: resume (file), job" + " (text, optional)",
                        "the profile and the sentence 'we read: ...'",
                        this::upload)
                .account(
                        "GET",
                        "/api/resume",
                        "The profile read from the uploaded resume",
                        null,
                        "the profile",
                        this::show)
                .account("DELETE", "/api/resume", "Forget the uploaded resume", null, "nothing", this::forget);
    }

    private void upload(Context ctx, Account account) throws IOException {
        UploadedFile file = ctx.uploadedFile("resume");
        if (file == null) {
            throw PlatformException.badRequest("attach the resume as the multipart field 'resume'");
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readNBytes(MAX_RESUME_BYTES + 1);
        }
        if (content.length == 0 || content.length > MAX_RESUME_BYTES) {
            throw PlatformException.badRequest("the resume must be between 1 byte and 5 MB");
        }
        String job = ctx.formParam("job");
        if (job != null && job.length() > MAX_JOB_CHARS) {
            throw PlatformException.badRequest("the job description must be at most " + MAX_JOB_CHARS + " characters");
        }
        String name = file.filename() == null || file.filename().isBlank() ? "resume" : file.filename();
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        name = name.length() > 100 ? name.substring(name.length() - 100) : name;
        Resumes.Upload upload = new Resumes.Upload(name, content, job == null || job.isBlank() ? null : job.strip());
        Mocksy mocksy = facades.forAccount(account.id());
        ProfileView view = read(mocksy, upload); // refuses an unreadable file before anything is kept
        resumes.save(account.id(), upload);
        ctx.status(201).json(view);
    }

    private void show(Context ctx, Account account) {
        Resumes.Upload upload =
                resumes.find(account.id()).orElseThrow(() -> PlatformException.notFound("an uploaded resume"));
        ctx.json(read(facades.forAccount(account.id()), upload));
    }

    private void forget(Context ctx, Account account) {
        resumes.delete(account.id());
        ctx.status(204);
    }

    /** The plan builder aimed at the account's uploaded resume. */
    Aimed aimed(Mocksy mocksy, Account account) {
        Resumes.Upload upload = resumes.find(account.id())
                .orElseThrow(() -> PlatformException.badRequest(
                        "upload a resume first (POST /api/resume), or set" + " up without one"));
        return withFiles(upload, (resume, job) -> {
            CandidateProfile profile = mocksy.profile(resume, job);
            JobDescription description = job == null ? null : mocksy.jobDescription(job);
            InterviewFocus focus = InterviewFocus.of(profile, description);
            return new Aimed(
                    focus.applyTo(InterviewPlan.builder(), profile, description), profile, summary(profile, focus));
        });
    }

    private ProfileView read(Mocksy mocksy, Resumes.Upload upload) {
        return withFiles(upload, (resume, job) -> {
            CandidateProfile profile = mocksy.profile(resume, job);
            JobDescription description = job == null ? null : mocksy.jobDescription(job);
            InterviewFocus focus = InterviewFocus.of(profile, description);
            return new ProfileView(
                    upload.fileName(),
                    summary(profile, focus),
                    profile,
                    focus.technologies(),
                    focus.gaps().stream().map(Skill::name).toList());
        });
    }

    /** "We read: 6 years, senior, backend; Java, Kafka. Questions will aim at ...". */
    static String summary(CandidateProfile profile, InterviewFocus focus) {
        List<String> read = new ArrayList<>();
        if (profile.yearsOfExperience() != null) {
            read.add(String.format(Locale.ROOT, "%.0f years", profile.yearsOfExperience()));
        }
        if (profile.seniority() != null) {
            read.add(profile.seniority().displayName().toLowerCase(Locale.ROOT));
        }
        if (!profile.roles().isEmpty()) {
            read.add(profile.roles().get(0).displayName());
        }
        List<String> skills =
                profile.skills().stream().limit(6).map(Skill::name).toList();
        StringBuilder text = new StringBuilder("We read: ");
        text.append(read.isEmpty() ? "no experience or level" : String.join(", ", read));
        if (!skills.isEmpty()) {
            text.append("; ").append(String.join(", ", skills));
        }
        text.append('.');
        if (!focus.technologies().isEmpty()) {
            text.append(" Questions will aim at ").append(String.join(", ", focus.technologies()));
            if (!focus.gaps().isEmpty()) {
                text.append(" and probe ")
                        .append(String.join(
                                ", ", focus.gaps().stream().map(Skill::name).toList()));
            }
            text.append('.');
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface WithFiles<T> {
        T apply(Path resume, Path job) throws IOException;
    }

    /** The facade reads files: the upload goes to a private temporary directory, removed afterwards. */
    private static <T> T withFiles(Resumes.Upload upload, WithFiles<T> work) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("mocksy-resume");
            Path resume = Files.write(directory.resolve(upload.fileName()), upload.content());
            Path job = upload.jobText() == null
                    ? null
                    : Files.writeString(directory.resolve("job.txt"), upload.jobText(), StandardCharsets.UTF_8);
            return work.apply(resume, job);
        } catch (IOException e) {
            throw new StoreException("cannot stage the resume for reading: " + e.getMessage(), e);
        } finally {
            if (directory != null) {
                try (var files = Files.list(directory)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                    Files.deleteIfExists(directory);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the system's temporary files
                }
            }
        }
    }
}
