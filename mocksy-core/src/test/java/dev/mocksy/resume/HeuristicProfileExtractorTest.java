package dev.mocksy.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeuristicProfileExtractorTest {

    static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

    final HeuristicProfileExtractor extractor = new HeuristicProfileExtractor(SkillTaxonomy.standard(), NOV_2026);

    static final String RESUME = String.join(
            "\n",
            "Ravi Subramanian",
            "ravi@example.com",
            "",
            "PROFESSIONAL SUMMARY",
            "Platform engineer.",
            "",
            "WORK EXPERIENCE",
            "Senior Site Reliability Engineer",
            "Monsoon Cloud | Jan 2022 - Present",
            "• Ran Kubernetes and Terraform for 80 services on AWS",
            "DevOps Engineer at Indigo Systems",
            "Mar 2018 - Jun 2022",
            "• Jenkins pipelines, Ansible, Prometheus",
            "Freelance Consultant, Self-employed | 2020 - 2021",
            "Intern, Tiny Startup | Summer 2017",
            "",
            "EDUCATION",
            "B.Tech, IIT Madras, 2014 - 2018",
            "",
            "PROJECTS",
            "Kube Janitor - cleans up forgotten namespaces",
            "- written in Go",
            "",
            "SKILLS",
            "Go, Python, Bash, Kubernetes, Docker");

    final CandidateProfile profile = extractor.extract(new ResumeDocument(RESUME, "text/plain", 1), null);

    @Test
    void should_find_positions_with_title_company_and_dates() {
        assertThat(profile.experience())
                .extracting(
                        ExperienceEntry::title, ExperienceEntry::company, ExperienceEntry::start, ExperienceEntry::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Senior Site Reliability Engineer", "Monsoon Cloud", "2022-01", null),
                        org.assertj.core.groups.Tuple.tuple("DevOps Engineer", "Indigo Systems", "2018-03", "2022-06"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Freelance Consultant", "Self-employed", "2020-07", "2021-06"),
                        org.assertj.core.groups.Tuple.tuple("Intern", "Tiny Startup", "2017-06", "2017-08"));
        assertThat(profile.experience().get(3).internship()).isTrue();
    }

    @Test
    void should_count_overlapping_years_once_and_leave_out_internships() {
        // Mar 2018 .. Nov 2026 is 105 months; the freelance years and the overlap in 2022 add nothing.
        assertThat(profile.yearsOfExperience()).isEqualTo(8.8);
    }

    @Test
    void should_infer_seniority_and_role_and_keep_the_evidence() {
        assertThat(profile.careerStage()).isEqualTo(Seniority.SENIOR);
        assertThat(profile.seniority()).isEqualTo(Level.SENIOR);
        assertThat(profile.jobFamilies()).first().isEqualTo(JobFamily.DEVOPS);
        assertThat(profile.roles()).first().isEqualTo(Role.DEVOPS);
        assertThat(profile.evidence())
                .anySatisfy(e -> {
                    assertThat(e.field()).isEqualTo("seniority");
                    assertThat(e.reason()).contains("Senior Site Reliability Engineer");
                })
                .anySatisfy(e -> {
                    assertThat(e.field()).isEqualTo("role");
                    assertThat(e.value()).isEqualTo("devops");
                });
    }

    @Test
    void should_list_sections_skills_projects_and_contact() {
        assertThat(profile.sections())
                .containsExactly(
                        SectionKind.SUMMARY,
                        SectionKind.EXPERIENCE,
                        SectionKind.EDUCATION,
                        SectionKind.PROJECTS,
                        SectionKind.SKILLS);
        assertThat(profile.skills())
                .extracting(Skill::name)
                .contains("Kubernetes", "Terraform", "AWS", "Jenkins", "Ansible", "Prometheus", "Go", "Python");
        assertThat(profile.projects()).containsExactly("Kube Janitor - cleans up forgotten namespaces");
        assertThat(profile.name()).isEqualTo("Ravi Subramanian");
        assertThat(profile.contact().email()).isEqualTo("ravi@example.com");
    }

    @Test
    void should_call_a_student_with_internships_only_an_intern() {
        CandidateProfile student = extractor.extract(
                new ResumeDocument(
                        "Sam Lee\n\nExperience\nSoftware Engineering Intern, Acme | Summer 2025\n", "text/plain", 1),
                null);

        assertThat(student.careerStage()).isEqualTo(Seniority.INTERN);
        assertThat(student.yearsOfExperience()).isEqualTo(0.0);
    }

    @Test
    void should_leave_years_unknown_without_dated_positions() {
        CandidateProfile bare = extractor.extract(new ResumeDocument("Sam Lee\nI know Java.", "text/plain", 1), null);

        assertThat(bare.yearsOfExperience()).isNull();
        assertThat(bare.careerStage()).isNull();
        assertThat(bare.skills()).extracting(Skill::name).containsExactly("Java");
    }

    @Test
    void should_put_the_skills_a_job_asks_for_first() {
        CandidateProfile forJob = extractor.extract(
                new ResumeDocument(RESUME, "text/plain", 1), "Requirements\n- Python and Prometheus\n");

        assertThat(forJob.skills().subList(0, 2))
                .extracting(Skill::name)
                .containsExactlyInAnyOrder("Python", "Prometheus");
        assertThat(profile.skills().get(0).name()).isEqualTo("Kubernetes");
    }

    @Test
    void should_survive_a_json_round_trip() throws Exception {
        String json = MocksyJson.mapper().writeValueAsString(profile);

        assertThat(MocksyJson.mapper().readValue(json, CandidateProfile.class)).isEqualTo(profile);
    }

    @Test
    void should_be_the_offline_profile_extractor_found_by_the_registry() {
        ProfileExtractor found =
                ProviderRegistry.create().create(Capability.PROFILE_EXTRACTOR, ProviderConfig.isolated(Map.of()));

        assertThat(found).isInstanceOf(HeuristicProfileExtractor.class);
    }
}
