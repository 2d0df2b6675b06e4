package dev.mocksy.resume;

import dev.mocksy.interview.InterviewPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a personal interview should aim: the job's skills the candidate has (to go deep) and those they lack (to probe
 * the gaps), or, without a job description, the candidate's strongest technical skills.
 *
 * <pre>{@code
 * InterviewFocus focus = InterviewFocus.of(profile, JobDescription.parse(jobText));
 * InterviewPlan plan = focus.applyTo(InterviewPlan.builder().questionCount(6)).build();
 * }</pre>
 *
 * @param overlap skills the job asks for and the resume shows, required ones first
 * @param gaps skills the job asks for that the resume does not show, required ones first
 * @param technologies what the plan's technical questions should focus on, overlap and gaps interleaved
 */
public record InterviewFocus(List<Skill> overlap, List<Skill> gaps, List<String> technologies) {

    /** The most technologies a plan is focused on; more dilutes a five-question interview. */
    public static final int MAX_TECHNOLOGIES = 6;

    private static final Set<String> NON_TECHNICAL = Set.of("practice", "leadership", "design", "tools");

    public InterviewFocus {
        overlap = List.copyOf(overlap);
        gaps = List.copyOf(gaps);
        technologies = List.copyOf(technologies);
    }

    /**
     * The focus for this candidate and, if given, this job.
     *
     * @param job the parsed job description, or {@code null}
     */
    public static InterviewFocus of(CandidateProfile profile, JobDescription job) {
        Objects.requireNonNull(profile, "profile");
        if (job == null) {
            List<String> top = profile.skills().stream()
                    .filter(s -> !NON_TECHNICAL.contains(s.category()))
                    .map(Skill::name)
                    .limit(MAX_TECHNOLOGIES)
                    .toList();
            return new InterviewFocus(List.of(), List.of(), top);
        }
        List<Skill> overlap = new ArrayList<>();
        List<Skill> gaps = new ArrayList<>();
        for (List<Skill> wanted : List.of(job.requiredSkills(), job.preferredSkills())) {
            for (Skill skill : wanted) {
                (profile.hasSkill(skill.name()) ? overlap : gaps).add(skill);
            }
        }
        Set<String> technologies = new LinkedHashSet<>();
        List<Skill> technicalOverlap = technical(overlap);
        List<Skill> technicalGaps = technical(gaps);
        for (int i = 0;
                technologies.size() < MAX_TECHNOLOGIES && (i < technicalOverlap.size() || i < technicalGaps.size());
                i++) {
            if (i < technicalOverlap.size()) {
                technologies.add(technicalOverlap.get(i).name());
            }
            if (i < technicalGaps.size() && technologies.size() < MAX_TECHNOLOGIES) {
                technologies.add(technicalGaps.get(i).name());
            }
        }
        return new InterviewFocus(overlap, gaps, List.copyOf(technologies));
    }

    /** The builder with technologies, level and role set from this focus and the profile or job behind it. */
    public InterviewPlan.Builder applyTo(InterviewPlan.Builder builder, CandidateProfile profile, JobDescription job) {
        Objects.requireNonNull(builder, "builder");
        builder.technologies(technologies);
        Seniority stage = job != null && job.seniority() != null ? job.seniority() : profile.careerStage();
        if (stage != null) {
            builder.level(stage.level());
        }
        List<JobFamily> families =
                job != null && !job.jobFamilies().isEmpty() ? job.jobFamilies() : profile.jobFamilies();
        families.stream()
                .flatMap(f -> f.role().stream())
                .findFirst()
                .or(() -> profile.roles().stream().findFirst())
                .ifPresent(builder::role);
        return builder;
    }

    private static List<Skill> technical(List<Skill> skills) {
        return skills.stream()
                .filter(s -> !NON_TECHNICAL.contains(s.category()))
                .toList();
    }
}
