import { get, post, del, call, el, param, showError, clearError, wireHeader } from './api.js';

wireHeader();
const chat = document.getElementById('chat');
const reply = document.getElementById('reply');
const useResume = document.getElementById('use-resume');
const questionSet = document.getElementById('question-set');
const problems = document.getElementById('set-problems');
let replies = [];
let view = null;

function render() {
  chat.replaceChildren(...view.messages.map((m) => el('div', { class: `bubble ${m.from}`, text: m.text })));
  chat.scrollTop = chat.scrollHeight;
  const plan = view.plan;
  document.getElementById('plan').textContent = plan
    ? `Plan: ${plan.questions} ${plan.type} questions for a ${plan.level} ${plan.role} role, ${plan.difficulty}${plan.technologies.length ? ', on ' + plan.technologies.join(', ') : ''}; ${plan.company} style, ${plan.mode} mode.`
    : '';
  document.getElementById('start-interview').disabled = !plan;
  reply.disabled = !!plan;
  if (!plan) reply.focus();
}

async function converse() {
  clearError();
  try {
    view = await post('/api/setup', { replies, useResume: useResume.checked, questionSet: questionSet.value || null });
    replies = replies.slice(0, view.accepted);
    renderSets(view.questionSets, view.questionSet);
    render();
  } catch (error) { showError(error); }
}

document.getElementById('reply-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (view && view.plan) return;
  replies.push(reply.value);
  reply.value = '';
  converse();
});
// The account's sets as choices; the one chosen stays selected.
function renderSets(sets, chosen) {
  const options = sets.map((set) => el('option', { value: set.id, text: `${set.name} (${set.questions} question${set.questions === 1 ? '' : 's'})` }));
  questionSet.replaceChildren(el('option', { value: '', text: 'None: questions from the built-in bank' }), ...options);
  questionSet.value = chosen ? chosen.id : '';
  document.getElementById('delete-set').disabled = !chosen;
}

questionSet.addEventListener('change', () => { replies = []; converse(); });

document.getElementById('delete-set').addEventListener('click', async () => {
  clearError();
  if (!questionSet.value) return;
  try {
    await del(`/api/question-sets/${encodeURIComponent(questionSet.value)}`);
    questionSet.value = '';
    replies = [];
    converse();
  } catch (error) { showError(error); }
});

document.getElementById('set-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  problems.replaceChildren();
  const file = document.getElementById('set-file').files[0];
  if (!file) { showError(new Error('Choose a question set file first')); return; }
  const type = file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/yaml';
  try {
    const set = await call('POST', `/api/question-sets?fileName=${encodeURIComponent(file.name)}`, new Blob([await file.text()], { type }));
    questionSet.append(el('option', { value: set.id, text: set.name }));
    questionSet.value = set.id;
    document.getElementById('set-file').value = '';
    replies = [];
    converse();
  } catch (error) {
    showError(error);
    if (error.problems) {
      problems.replaceChildren(...error.problems.map((p) => el('li', { text: `line ${p.line}${p.field ? ', ' + p.field : ''}: ${p.message}` })));
    }
  }
});

document.getElementById('restart-setup').addEventListener('click', () => { replies = []; converse(); });
useResume.addEventListener('change', () => { replies = []; converse(); });

document.getElementById('resume-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  const file = document.getElementById('resume-file').files[0];
  if (!file) { showError(new Error('Choose a resume file first')); return; }
  const form = new FormData();
  form.append('resume', file);
  form.append('job', document.getElementById('job-text').value);
  try {
    const profile = await post('/api/resume', form);
    document.getElementById('resume-summary').textContent = profile.summary;
    useResume.disabled = false;
    useResume.checked = true;
    replies = [];
    converse();
  } catch (error) { showError(error); }
});

document.getElementById('start-interview').addEventListener('click', async () => {
  clearError();
  try {
    const session = await post('/api/interviews', { replies, useResume: useResume.checked, questionSet: questionSet.value || null });
    location.href = `/interview.html?id=${session.id}`;
  } catch (error) { showError(error); }
});

try {
  const profile = await get('/api/resume').catch(() => null);
  if (profile) {
    document.getElementById('resume-summary').textContent = profile.summary;
    useResume.disabled = false;
  }
} catch (error) { /* no resume yet */ }
const prefilled = param('replies');
if (prefilled) {
  try { replies = JSON.parse(prefilled).map(String); } catch (error) { replies = []; }
}
converse();
