package dev.mocksy.resume;

import dev.mocksy.interview.Role;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a profile out of resume text with rules only: sections by their headings, positions by their dates, skills by
 * the {@link SkillTaxonomy}, seniority and roles from titles and skills with the evidence kept. Ongoing positions are
 * measured to the document's own date when it has one (a dated line, the file's creation date), else to the clock's
 * today, and the profile says which ({@link CandidateProfile#asOf()}). Runs offline, is deterministic for a given
 * clock, and is always computed, also when a language model refines the result.
 *
 * <pre>{@code
 * CandidateProfile profile = new HeuristicProfileExtractor().extract(document, jobDescriptionText);
 * }</pre>
 */
public final class HeuristicProfileExtractor implements ProfileExtractor {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[\\p{So}\\p{Co}•\\-*▪◦●‣–>·]|\\d+[.)])\\s*");
    private static final int MAX_PROJECTS = 6;

    private final SkillTaxonomy taxonomy;
    private final Clock clock;
    private final ContactExtractor contacts = new ContactExtractor();
    private final ExperienceExtractor experience = new ExperienceExtractor();
    private final ReferenceMonth referenceMonth = new ReferenceMonth();
    private final StudyStatus studyStatus = new StudyStatus();

    /** An extractor over the standard taxonomy and the system clock. */
    public HeuristicProfileExtractor() {
        this(SkillTaxonomy.standard(), Clock.systemUTC());
    }

    /** An extractor over another taxonomy, with a clock that says when "present" is. */
    public HeuristicProfileExtractor(SkillTaxonomy taxonomy, Clock clock) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CandidateProfile extract(ResumeDocument resume, String jobDescription) {
        Objects.requireNonNull(resume, "resume");
        String text = resume.text();
        YearMonth today = YearMonth.now(clock);
        ContactDetails contact = contacts.extract(text);
        List<ResumeSection> sections = SectionSplitter.split(text);
        // "Present" is the document's own date when it has one; positions are read again if that is not today.
        List<ExperienceEntry> provisional = experience.extract(sections, text, today, today, false);
        AsOf asOf = referenceMonth.resolve(text, resume.created(), provisional, today);
        YearMonth now = YearMonth.parse(asOf.month());
        Optional<String> studying = studyStatus.evidence(sections, text, now);
        List<ExperienceEntry> positions = now.equals(today) && studying.isEmpty()
                ? provisional
                : experience.extract(sections, text, now, today, studying.isPresent());
        Double years = ExperienceExtractor.totalYears(positions, now);
        Double internshipYears = ExperienceExtractor.internshipYears(positions, now);
        List<Skill> skills = taxonomy.find(withoutContact(text, contact));
        if (jobDescription != null && !jobDescription.isBlank()) {
            skills = wantedFirst(skills, JobDescription.parse(jobDescription, taxonomy));
        }
        ProfileInference.Stage stage = ProfileInference.careerStage(positions, years, studying);
        ProfileInference.Families families = ProfileInference.families(positions, skills);
        List<ProfileEvidence> evidence = new ArrayList<>(stage.evidence());
        evidence.addAll(families.evidence());
        List<Role> roles = families.families().stream()
                .flatMap(f -> f.role().stream())
                .distinct()
                .toList();
        return new CandidateProfile(
                contact.name(),
                skills,
                years,
                stage.seniority() == null ? null : stage.seniority().level(),
                roles,
                projects(sections),
                contact,
                stage.seniority(),
                families.families(),
                positions,
                sections.stream().map(ResumeSection::kind).distinct().toList(),
                evidence,
                internshipYears,
                asOf);
    }

    /** The text skills are looked for in: links and addresses would otherwise name technologies (github.com/x/react). */
    private static String withoutContact(String text, ContactDetails contact) {
        String result = ContactExtractor.EMAIL.matcher(text).replaceAll(" ");
        result = ContactExtractor.URL_EXPLICIT.matcher(result).replaceAll(" ");
        if (contact.name() != null) {
            result = result.replace(contact.name(), " ");
        }
        if (contact.location() != null) {
            result = result.replace(contact.location(), " ");
        }
        return result;
    }

    private static List<Skill> wantedFirst(List<Skill> skills, JobDescription job) {
        List<Skill> ordered = new ArrayList<>();
        for (Skill skill : skills) {
            if (job.requiredSkills().contains(skill)) {
                ordered.add(skill);
            }
        }
        for (Skill skill : skills) {
            if (job.preferredSkills().contains(skill) && !ordered.contains(skill)) {
                ordered.add(skill);
            }
        }
        for (Skill skill : skills) {
            if (!ordered.contains(skill)) {
                ordered.add(skill);
            }
        }
        return ordered;
    }

    /**
     * One entry per project: a bullet with its wrapped continuation lines, or a title line whose own bullets are its
     * details.
     */
    private static List<String> projects(List<ResumeSection> sections) {
        List<String> projects = new ArrayList<>();
        for (ResumeSection section : sections) {
            if (section.kind() != SectionKind.PROJECTS) {
                continue;
            }
            StringBuilder current = null;
            boolean fromBullet = false;
            for (String line : section.text().split("\n")) {
                String stripped = line.strip();
                Matcher bullet = BULLET.matcher(stripped);
                boolean isBullet = bullet.lookingAt();
                if (stripped.isEmpty()) {
                    addProject(projects, current);
                    current = null;
                } else if (isBullet && current != null && !fromBullet) {
                    continue; // a detail of the titled project above
                } else if (isBullet) {
                    addProject(projects, current);
                    current = new StringBuilder(bullet.replaceFirst("").strip());
                    fromBullet = true;
                } else if (current != null && fromBullet) {
                    current.append(' ').append(stripped); // the bullet's text wrapped onto this line
                } else {
                    addProject(projects, current);
                    current = new StringBuilder(stripped);
                    fromBullet = false;
                }
            }
            addProject(projects, current);
        }
        return List.copyOf(projects);
    }

    private static void addProject(List<String> projects, StringBuilder project) {
        if (project == null || project.length() < 3 || projects.size() >= MAX_PROJECTS) {
            return;
        }
        String text = project.toString();
        projects.add(text.length() > 160 ? text.substring(0, 157) + "..." : text);
    }
}
