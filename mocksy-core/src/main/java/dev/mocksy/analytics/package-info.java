/**
 * Progress over a candidate's sessions: score trends, retakes, recurring weak topics, the next interview to take, a
 * study plan and the same question answered over time; the history a new session draws on to avoid repeats; and
 * exports of sessions and of an anonymised dataset.
 *
 * <pre>{@code
 * ProgressReport progress = mocksy.progress(candidateId);
 * progress.weakTopics().forEach(topic -> System.out.println(topic.topic() + " " + topic.meanScore()));
 * InterviewPlan next = progress.recommendedPlan();
 * }</pre>
 */
package dev.mocksy.analytics;
