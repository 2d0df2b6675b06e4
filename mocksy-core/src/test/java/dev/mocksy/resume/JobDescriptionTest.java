package dev.mocksy.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobDescriptionTest {

    static final String JOB = String.join(
            "\n",
            "Senior Backend Engineer (Payments)",
            "",
            "About us",
            "We are a small team that loves React dashboards and Elixir side projects.",
            "",
            "What you'll do",
            "- Design and run Java services that move money safely",
            "- Own our PostgreSQL schema and Kafka topics",
            "- Mentor two engineers",
            "",
            "Requirements",
            "- 5+ years building backend systems in Java or Kotlin",
            "- Production experience with Kubernetes",
            "- Kafka is a plus",
            "",
            "Nice to have",
            "- Terraform, AWS",
            "- Go");

    final JobDescription job = JobDescription.parse(JOB);

    @Test
    void should_separate_required_and_preferred_skills() {
        assertThat(job.requiredSkills())
                .extracting(Skill::name)
                .containsExactly("Java", "PostgreSQL", "Kafka", "Kotlin", "Kubernetes");
        assertThat(job.preferredSkills()).extracting(Skill::name).containsExactly("Terraform", "AWS", "Go");
    }

    @Test
    void should_ignore_skills_mentioned_only_about_the_company() {
        assertThat(job.requiredSkills()).extracting(Skill::name).doesNotContain("React", "Elixir");
        assertThat(job.preferredSkills()).extracting(Skill::name).doesNotContain("React", "Elixir");
    }

    @Test
    void should_read_seniority_years_responsibilities_and_family() {
        assertThat(job.title()).isEqualTo("Senior Backend Engineer (Payments)");
        assertThat(job.seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(job.minimumYears()).isEqualTo(5);
        assertThat(job.responsibilities())
                .containsExactly(
                        "Design and run Java services that move money safely",
                        "Own our PostgreSQL schema and Kafka topics",
                        "Mentor two engineers");
        assertThat(job.jobFamilies()).first().isEqualTo(JobFamily.BACKEND);
    }

    @Test
    void should_reject_blank_text() {
        assertThatThrownBy(() -> JobDescription.parse("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job description");
    }

    @Test
    void should_aim_the_plan_at_the_overlap_and_the_gaps() {
        CandidateProfile candidate = CandidateProfile.builder()
                .name("Ann")
                .skills(List.of(
                        new Skill("Java", "language"), new Skill("Kafka", "data"), new Skill("React", "frontend")))
                .yearsOfExperience(6.0)
                .seniority(Level.SENIOR)
                .roles(List.of(Role.BACKEND))
                .build();

        InterviewFocus focus = InterviewFocus.of(candidate, job);
        InterviewPlan plan =
                focus.applyTo(InterviewPlan.builder(), candidate, job).build();

        assertThat(focus.overlap()).extracting(Skill::name).containsExactly("Java", "Kafka");
        assertThat(focus.gaps()).extracting(Skill::name).startsWith("PostgreSQL", "Kotlin", "Kubernetes");
        // Overlap and gaps alternate so the interview both goes deep and probes what is missing.
        assertThat(focus.technologies())
                .containsExactly("Java", "PostgreSQL", "Kafka", "Kotlin", "Kubernetes", "Terraform");
        assertThat(plan.technologies()).isEqualTo(focus.technologies());
        assertThat(plan.level()).isEqualTo(Level.SENIOR);
        assertThat(plan.role()).isEqualTo(Role.BACKEND);
    }

    @Test
    void should_focus_on_the_strongest_technical_skills_without_a_job() {
        CandidateProfile candidate = CandidateProfile.builder()
                .name("Ann")
                .skills(List.of(
                        new Skill("Mentoring", "leadership"),
                        new Skill("Go", "language"),
                        new Skill("Redis", "database")))
                .yearsOfExperience(3.0)
                .seniority(Level.MID)
                .build();

        assertThat(InterviewFocus.of(candidate, null).technologies()).containsExactly("Go", "Redis");
    }
}
