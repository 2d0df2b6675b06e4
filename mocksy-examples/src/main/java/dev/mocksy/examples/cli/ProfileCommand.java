package dev.mocksy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mocksy.Mocksy;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.ContactDetails;
import dev.mocksy.resume.ExperienceEntry;
import dev.mocksy.resume.InterviewFocus;
import dev.mocksy.resume.JobDescription;
import dev.mocksy.resume.JobFamily;
import dev.mocksy.resume.ProfileEvidence;
import dev.mocksy.resume.SectionKind;
import dev.mocksy.resume.Skill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mocksy profile FILE [--job FILE] [--json]}: reads a resume and prints the candidate profile. */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = "Reads a resume (PDF, DOCX, DOC, RTF, HTML, Markdown or text) and prints the candidate profile;"
                + " with --job, also what an interview for that job should focus on.")
public final class ProfileCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Parameters(index = "0", paramLabel = "FILE", description = "the resume file")
    Path resume;

    @Option(names = "--job", paramLabel = "FILE", description = "a job description file to compare the resume with")
    Path job;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    public ProfileCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        for (Path file : job == null ? List.of(resume) : List.of(resume, job)) {
            if (!Files.isRegularFile(file)) {
                terminal.err().println("mocksy: no such file: " + file);
                return 2;
            }
        }
        Mocksy mocksy = home.transientMocksy();
        home.noteUnusedKey(mocksy, terminal.err());
        CandidateProfile profile = mocksy.profile(resume, job);
        JobDescription jobDescription = job == null ? null : mocksy.jobDescription(job);
        InterviewFocus focus = InterviewFocus.of(profile, jobDescription);
        if (json) {
            ObjectMapper mapper = MocksyJson.mapper();
            terminal.out()
                    .println(mapper.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(toJson(profile, jobDescription, focus)));
        } else {
            printText(profile, jobDescription, focus);
        }
        return 0;
    }

    private static ObjectNode toJson(CandidateProfile profile, JobDescription job, InterviewFocus focus) {
        ObjectMapper mapper = MocksyJson.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("name", profile.name());
        root.set("skills", skills(mapper, profile.skills()));
        if (profile.yearsOfExperience() == null) {
            root.putNull("yearsOfExperience");
        } else {
            root.put("yearsOfExperience", profile.yearsOfExperience());
        }
        if (profile.internshipYears() != null) {
            root.put("internshipYears", profile.internshipYears());
        }
        if (profile.asOf() != null) {
            root.putObject("presentMeasuredTo")
                    .put("month", profile.asOf().month())
                    .put("source", profile.asOf().source().id())
                    .put("detail", profile.asOf().detail());
        }
        root.put(
                "seniority",
                profile.careerStage() == null ? null : profile.careerStage().id());
        root.put(
                "level",
                profile.seniority() == null ? null : profile.seniority().id());
        ArrayNode roles = root.putArray("roles");
        profile.jobFamilies().forEach(f -> roles.add(f.id()));
        ContactDetails contact = profile.contact();
        ObjectNode contactNode = root.putObject("contact");
        contactNode.put("email", contact.email());
        contactNode.put("phone", contact.phone());
        contactNode.put("location", contact.location());
        ArrayNode links = contactNode.putArray("links");
        contact.links().forEach(links::add);
        ArrayNode sections = root.putArray("sections");
        profile.sections().forEach(s -> sections.add(s.id()));
        root.set("experience", mapper.valueToTree(profile.experience()));
        root.set("projects", mapper.valueToTree(profile.projects()));
        root.set("evidence", mapper.valueToTree(profile.evidence()));
        if (job != null) {
            ObjectNode jobNode = root.putObject("job");
            jobNode.put("title", job.title());
            jobNode.set("requiredSkills", skills(mapper, job.requiredSkills()));
            jobNode.set("preferredSkills", skills(mapper, job.preferredSkills()));
            jobNode.put(
                    "seniority",
                    job.seniority() == null ? null : job.seniority().id());
            jobNode.set("responsibilities", mapper.valueToTree(job.responsibilities()));
            ObjectNode focusNode = root.putObject("focus");
            focusNode.set("overlap", skills(mapper, focus.overlap()));
            focusNode.set("gaps", skills(mapper, focus.gaps()));
        }
        ArrayNode technologies = root.putArray("interviewTechnologies");
        focus.technologies().forEach(technologies::add);
        return root;
    }

    private static ArrayNode skills(ObjectMapper mapper, List<Skill> skills) {
        ArrayNode array = mapper.createArrayNode();
        for (Skill skill : skills) {
            array.addObject().put("name", skill.name()).put("category", skill.category());
        }
        return array;
    }

    private void printText(CandidateProfile profile, JobDescription job, InterviewFocus focus) {
        var out = terminal.out();
        out.println((profile.name() == null ? "(name not found)" : profile.name()) + " - "
                + (profile.careerStage() == null
                        ? "seniority unknown"
                        : profile.careerStage().id())
                + (profile.yearsOfExperience() == null ? "" : ", " + profile.yearsOfExperience() + " years")
                + (profile.jobFamilies().isEmpty()
                        ? ""
                        : ", "
                                + profile.jobFamilies().stream()
                                        .map(JobFamily::id)
                                        .collect(Collectors.joining(", "))));
        if (profile.internshipYears() != null) {
            out.println("Internships " + profile.internshipYears() + " years (not counted above)");
        }
        if (profile.asOf() != null) {
            out.println("Present is  " + profile.asOf().month() + " ("
                    + profile.asOf().detail() + ")");
        }
        ContactDetails contact = profile.contact();
        out.println("Contact:    "
                + join(contact.email(), contact.phone(), contact.location(), String.join(" ", contact.links())));
        out.println("Sections:   "
                + profile.sections().stream().map(SectionKind::id).collect(Collectors.joining(", ")));
        out.println("Positions:");
        for (ExperienceEntry entry : profile.experience()) {
            out.printf(
                    "  %-7s - %-7s  %s%s%s%n",
                    entry.start(),
                    entry.end() == null ? "now" : entry.end(),
                    entry.title() == null ? "(untitled)" : entry.title(),
                    entry.company() == null ? "" : ", " + entry.company(),
                    entry.internship() ? " (internship, not counted)" : "");
        }
        out.println("Skills:     " + profile.skills().stream().map(Skill::name).collect(Collectors.joining(", ")));
        if (!profile.projects().isEmpty()) {
            out.println("Projects:   " + String.join("; ", profile.projects()));
        }
        for (ProfileEvidence evidence : profile.evidence()) {
            out.println("Why " + evidence.field() + " " + evidence.value() + ": " + evidence.reason());
        }
        if (job != null) {
            out.println("Job:        " + job.title());
            out.println("  required: " + names(job.requiredSkills()));
            out.println("  preferred:" + (job.preferredSkills().isEmpty() ? "" : " " + names(job.preferredSkills())));
            out.println("  overlap:  " + names(focus.overlap()));
            out.println("  gaps:     " + names(focus.gaps()));
        }
        out.println("Interview focus: " + String.join(", ", focus.technologies()));
    }

    private static String names(List<Skill> skills) {
        return skills.stream().map(Skill::name).collect(Collectors.joining(", "));
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" | "));
    }
}
