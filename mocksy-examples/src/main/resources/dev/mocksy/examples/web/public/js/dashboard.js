import { get, el, showError, wireHeader } from './api.js';
import { line } from './charts.js';

wireHeader();

// Replies to the set-up chat that repeat a plan: role, type, level, difficulty, questions, technologies, company, mode.
export function repliesOf(plan) {
  return [plan.role, plan.type, plan.level, plan.difficulty, plan.totalMinutes ? `${plan.totalMinutes}m` : String(plan.questions),
    (plan.technologies || []).join(', '), plan.company, plan.mode];
}

function retakeLink(plan) {
  return `/setup.html?replies=${encodeURIComponent(JSON.stringify(repliesOf(plan)))}`;
}

try {
  const [history, progress] = await Promise.all([get('/api/history'), get('/api/progress')]);
  const body = document.querySelector('#history tbody');
  body.replaceChildren();
  if (history.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: '5', class: 'muted', text: 'No interviews yet: start one.' })));
  }
  for (const session of history) {
    const plan = session.plan;
    const done = session.state === 'COMPLETED' || session.state === 'ABANDONED';
    body.append(el('tr', { 'data-session': session.id },
      el('td', { text: new Date(session.createdAt).toLocaleString() }),
      el('td', { text: `${plan.level} ${plan.role} · ${plan.type} · ${plan.questions} questions${plan.technologies.length ? ' · ' + plan.technologies.join(', ') : ''}` }),
      el('td', { text: session.state.toLowerCase() }),
      el('td', { text: session.overall == null ? '–' : String(session.overall) }),
      el('td', {}, el('a', { href: done ? `/report.html?id=${session.id}` : `/interview.html?id=${session.id}`, text: done ? 'Report' : 'Continue' }),
        ' ', el('a', { href: retakeLink(plan), text: 'Retake' }))));
  }
  const scored = progress.sessions || [];
  line('progress-chart', scored.map((s) => new Date(s.createdAt).toLocaleDateString()), scored.map((s) => s.overall));
  const weak = document.getElementById('weak-topics');
  weak.replaceChildren();
  const topics = (progress.weakTopics || []).filter((topic) => topic.recurring).concat((progress.weakTopics || []).filter((topic) => !topic.recurring));
  if (topics.length === 0) weak.append(el('li', { class: 'muted', text: 'None yet' }));
  for (const topic of topics.slice(0, 6)) {
    weak.append(el('li', { text: `${topic.topic}: ${topic.meanScore.toFixed(1)}/10 over ${topic.answers} answers${topic.recurring ? ' (recurring)' : ''}` }));
  }
  document.getElementById('recommendation').textContent = progress.recommendation || 'Take your first interview.';
  if (progress.recommendedPlan) {
    const p = progress.recommendedPlan;
    const plan = { role: p.role.toLowerCase(), type: p.type.toLowerCase().replace('_', '-'), level: p.level.toLowerCase(),
      difficulty: p.difficulty.toLowerCase(), questions: p.questionCount, technologies: p.technologies || [],
      company: 'neutral', mode: p.mode.toLowerCase() };
    document.getElementById('start-recommended').href = retakeLink(plan);
  }
} catch (error) { showError(error); }
