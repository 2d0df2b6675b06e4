import { get, post, el, param, showError, clearError, wireHeader } from './api.js';

wireHeader();
const chat = document.getElementById('chat');
const reply = document.getElementById('reply');
const useResume = document.getElementById('use-resume');
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
    view = await post('/api/setup', { replies, useResume: useResume.checked });
    replies = replies.slice(0, view.accepted);
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
    const session = await post('/api/interviews', { replies, useResume: useResume.checked });
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
