import { get, post, el, showError, clearError } from './api.js';

const token = location.hash.substring(1);

async function load() {
  const shared = await get(`/api/shared/${encodeURIComponent(token)}`, { allowAnonymous: true });
  const report = shared.report;
  document.getElementById('owner').textContent = `${shared.owner} shared this report for review (read-only).`;
  document.getElementById('overall').textContent = `Overall ${report.overall}/100`;
  document.getElementById('assessment').textContent = report.assessment;
  document.getElementById('questions').replaceChildren(...report.questions.map((q, i) => el('article', {},
    el('h3', { text: `Q${i + 1}: ${q.question}` }), el('p', { text: q.answer || '(skipped)' }),
    el('p', { class: 'muted', text: q.evaluation ? `Score ${q.evaluation.overall.toFixed(1)}/10` : '' }))));
  document.getElementById('comments').replaceChildren(...shared.comments.map((c) => el('li', { text: `${c.author}: ${c.body}` })));
}

document.getElementById('comment-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  try {
    await post(`/api/shared/${encodeURIComponent(token)}/comments`, { author: document.getElementById('author').value, body: document.getElementById('comment').value }, { allowAnonymous: true });
    document.getElementById('comment').value = '';
    await load();
  } catch (error) { showError(error); }
});

try { await load(); } catch (error) { showError(error); }
