package dev.mocksy.resume;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Infers career stage and job families from positions and skills, keeping the evidence for each conclusion. */
final class ProfileInference {

    private static final Pattern LEAD =
            Pattern.compile("(?i)\\b(?:lead|head of|manager|director|vp|vice president|chief|cto|principal|staff)\\b");
    private static final Pattern SENIOR = Pattern.compile("(?i)\\b(?:senior|sr\\.?|architect)(?![\\p{L}])");
    private static final Pattern JUNIOR =
            Pattern.compile("(?i)\\b(?:junior|jr\\.?|graduate|entry[- ]level|associate)(?![\\p{L}])");
    private static final Map<JobFamily, Pattern> TITLE_FAMILIES = new LinkedHashMap<>();

    static {
        TITLE_FAMILIES.put(JobFamily.FULL_STACK, Pattern.compile("(?i)full[- ]?stack"));
        TITLE_FAMILIES.put(
                JobFamily.FRONTEND, Pattern.compile("(?i)front[- ]?end|\\bui\\b|web developer|user interface"));
        TITLE_FAMILIES.put(JobFamily.BACKEND, Pattern.compile("(?i)back[- ]?end|\\bapi\\b|server[- ]side"));
        TITLE_FAMILIES.put(
                JobFamily.DATA,
                Pattern.compile("(?i)\\bdata\\b|machine learning|\\bml\\b|\\bai\\b|analytics|scientist|\\bbi\\b"));
        TITLE_FAMILIES.put(
                JobFamily.DEVOPS,
                Pattern.compile("(?i)devops|\\bsre\\b|site reliability|platform|infrastructure|cloud|operations"
                        + "|system administrator|sysadmin"));
        TITLE_FAMILIES.put(JobFamily.MOBILE, Pattern.compile("(?i)mobile|\\bios\\b|android"));
        TITLE_FAMILIES.put(JobFamily.EMBEDDED, Pattern.compile("(?i)embedded|firmware|hardware|electronics|robotics"));
        TITLE_FAMILIES.put(JobFamily.SECURITY, Pattern.compile("(?i)security|penetration|appsec"));
        TITLE_FAMILIES.put(JobFamily.QA, Pattern.compile("(?i)\\bqa\\b|quality|\\btest|sdet"));
    }

    record Stage(Seniority seniority, List<ProfileEvidence> evidence) {}

    record Families(List<JobFamily> families, List<ProfileEvidence> evidence) {}

    /**
     * The career stage. A candidate still studying is a student unless they already have more than two years of work
     * outside internships and student jobs.
     */
    static Stage careerStage(List<ExperienceEntry> entries, Double years, Optional<String> studying) {
        List<ProfileEvidence> evidence = new ArrayList<>();
        ExperienceEntry latest = latest(entries);
        String yearsText = years == null ? "no dated positions" : years + " years of dated experience";
        if (studying.isPresent() && (latest == null || years == null || years < 2.5)) {
            evidence.add(new ProfileEvidence(
                    "seniority",
                    Seniority.STUDENT.id(),
                    studying.get() + "; " + yearsText + " outside internships and student jobs"));
            return new Stage(Seniority.STUDENT, evidence);
        }
        if (latest == null) {
            if (!entries.isEmpty()) {
                evidence.add(new ProfileEvidence("seniority", "intern", "only internships or student jobs are listed"));
                return new Stage(Seniority.INTERN, evidence);
            }
            return new Stage(null, List.of());
        }
        String title = latest.title() == null ? "" : latest.title();
        String where = "latest title '" + title + "' (" + latest.dates() + ")";
        Seniority byTitle = LEAD.matcher(title).find()
                ? Seniority.LEAD
                : SENIOR.matcher(title).find()
                        ? Seniority.SENIOR
                        : JUNIOR.matcher(title).find() ? Seniority.JUNIOR : null;
        if (byTitle != null) {
            evidence.add(new ProfileEvidence("seniority", byTitle.id(), where + "; " + yearsText));
            return new Stage(byTitle, evidence);
        }
        double y = years == null ? 0 : years;
        Seniority byYears = y < 2.5 ? Seniority.JUNIOR : y < 7 ? Seniority.MID : Seniority.SENIOR;
        evidence.add(new ProfileEvidence("seniority", byYears.id(), yearsText + "; " + where + " names no level"));
        return new Stage(byYears, evidence);
    }

    static Families families(List<ExperienceEntry> entries, List<Skill> skills) {
        Map<JobFamily, Double> scores = new EnumMap<>(JobFamily.class);
        Map<JobFamily, List<String>> reasons = new EnumMap<>(JobFamily.class);
        ExperienceEntry latest = latest(entries);
        for (ExperienceEntry entry : entries) {
            if (entry.title() == null) {
                continue;
            }
            double weight = entry == latest ? 3 : 2;
            for (Map.Entry<JobFamily, Pattern> family : TITLE_FAMILIES.entrySet()) {
                if (family.getValue().matcher(entry.title()).find()) {
                    scores.merge(family.getKey(), weight, Double::sum);
                    reasons.computeIfAbsent(family.getKey(), k -> new ArrayList<>())
                            .add("title '" + entry.title() + "'");
                }
            }
        }
        Map<JobFamily, List<String>> skillNames = new EnumMap<>(JobFamily.class);
        for (Skill skill : skills) {
            JobFamily family = familyOf(skill.category());
            if (family != null) {
                skillNames.computeIfAbsent(family, k -> new ArrayList<>()).add(skill.name());
            }
        }
        for (Map.Entry<JobFamily, List<String>> named : skillNames.entrySet()) {
            int count = named.getValue().size();
            scores.merge(named.getKey(), Math.min(6, count) * 0.5, Double::sum);
            reasons.computeIfAbsent(named.getKey(), k -> new ArrayList<>())
                    .add(count + " " + named.getKey().id() + " skills ("
                            + String.join(", ", named.getValue().subList(0, Math.min(4, count))) + ")");
        }
        double frontend = scores.getOrDefault(JobFamily.FRONTEND, 0.0);
        double backend = scores.getOrDefault(JobFamily.BACKEND, 0.0);
        if (frontend >= 2 && backend >= 2 && !scores.containsKey(JobFamily.FULL_STACK)) {
            scores.put(JobFamily.FULL_STACK, Math.min(frontend, backend));
            reasons.put(JobFamily.FULL_STACK, List.of("both frontend and backend work"));
        }
        double top =
                scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<JobFamily> chosen = scores.entrySet().stream()
                .filter(e -> top > 0 && e.getValue() >= Math.max(1.5, top * 0.5))
                .sorted(Map.Entry.<JobFamily, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
        List<ProfileEvidence> evidence = chosen.stream()
                .map(f -> new ProfileEvidence("role", f.id(), String.join("; ", reasons.get(f))))
                .toList();
        return new Families(chosen, evidence);
    }

    private static JobFamily familyOf(String category) {
        return switch (category) {
            case "frontend" -> JobFamily.FRONTEND;
            case "backend", "database" -> JobFamily.BACKEND;
            case "devops", "cloud" -> JobFamily.DEVOPS;
            case "data", "ml" -> JobFamily.DATA;
            case "mobile" -> JobFamily.MOBILE;
            case "embedded" -> JobFamily.EMBEDDED;
            case "security" -> JobFamily.SECURITY;
            case "testing" -> JobFamily.QA;
            default -> null;
        };
    }

    /** The ongoing, else most recently ended, position that is not an internship. */
    static ExperienceEntry latest(List<ExperienceEntry> entries) {
        return entries.stream()
                .filter(e -> !e.internship())
                .max(Comparator.comparing((ExperienceEntry e) -> e.end() == null ? "9999-99" : e.end())
                        .thenComparing(ExperienceEntry::start))
                .orElse(null);
    }
}
