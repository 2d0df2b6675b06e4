import { get, post, put, del, el, param, session, showError, clearError, wireHeader } from './api.js';
import { radar, bars, categoryName } from './charts.js';

wireHeader();
const id = param('id');
document.getElementById('pdf').href = `/api/interviews/${id}/report.pdf`;
document.getElementById('html').href = `/api/interviews/${id}/report.html`;

function list(idOf, items) {
  document.getElementById(idOf).replaceChildren(...items.map((item) => el('li', { text: item })));
}

function metrics(delivery) {
  if (!delivery) return null;
  const parts = [];
  if (delivery.wordsPerMinute != null) parts.push(`${Math.round(delivery.wordsPerMinute)} words per minute`);
  if (delivery.fillerWords != null) parts.push(`${delivery.fillerWords} filler words`);
  if (delivery.longPauses != null) parts.push(`${delivery.longPauses} long pauses`);
  return parts.length ? parts.join(', ') : null;
}

async function load() {
  const [{ report }, notes] = await Promise.all([get(`/api/interviews/${id}/report`), get(`/api/interviews/${id}/notes`)]);
  document.getElementById('overall').textContent = `Overall ${report.overall}/100 · confidence ${report.confidence}/10${report.endedEarly ? ' · ended early' : ''}`;
  document.getElementById('assessment').textContent = report.assessment;
  radar('radar', report.categories);
  bars('bars', report.questions.map((q, i) => `Q${i + 1}`), report.questions.map((q) => q.evaluation ? Math.round(q.evaluation.overall * 10) / 10 : 0));
  list('strengths', report.strengths);
  list('improvements', report.improvements);
  list('actions', report.actionItems);
  const delivery = document.getElementById('delivery');
  const rows = report.questions.map((q, i) => metrics(q.delivery) && `Q${i + 1}: ${metrics(q.delivery)}`).filter(Boolean);
  if (report.vision && report.vision.overall) rows.push(`Camera: ${JSON.stringify(report.vision.overall)}`);
  delivery.replaceChildren(...(rows.length ? rows.map((row) => el('p', { text: row })) : [el('p', { class: 'muted', text: 'Typed answers: no delivery or camera metrics.' })]));
  const bookmarks = new Set(notes.bookmarks);
  document.getElementById('questions').replaceChildren(...report.questions.map((q, i) => {
    const evaluation = q.evaluation || { overall: 0, categories: {}, evidence: [], missed: [], modelAnswer: [] };
    const marked = bookmarks.has(q.questionId);
    return el('article', { class: 'card', 'data-question': q.questionId },
      el('h3', { text: `Q${i + 1}${q.followUp ? ' (follow-up)' : ''}: ${q.question}` }),
      el('p', { text: `Score ${evaluation.overall.toFixed(1)}/10 · ` + Object.entries(evaluation.categories).map(([k, v]) => `${categoryName(k)} ${v.toFixed(1)}`).join(', ') }),
      el('div', { class: 'side-by-side' },
        el('div', {}, el('h4', { text: 'Your answer' }), el('p', { text: q.answer || '(skipped)' })),
        el('div', {}, el('h4', { text: 'A strong answer covers' }), el('ul', {}, ...(evaluation.modelAnswer || []).map((point) => el('li', { text: point }))))),
      el('h4', { text: 'Evidence' }),
      el('ul', {}, ...(evaluation.evidence.length ? evaluation.evidence.map((e) => el('li', { text: `“${e.quote}” ${e.note}` })) : [el('li', { class: 'muted', text: 'No quotes credited.' })])),
      evaluation.missed.length ? el('p', { text: `Missed: ${evaluation.missed.join('; ')}` }) : '',
      evaluation.suggestion ? el('p', { text: evaluation.suggestion }) : '',
      el('button', { type: 'button', class: 'secondary', 'aria-pressed': String(marked), text: marked ? 'Bookmarked' : 'Bookmark',
        onclick: async () => { try { await put(`/api/interviews/${id}/bookmarks/${encodeURIComponent(q.questionId)}`, { bookmarked: !marked }); await load(); } catch (error) { showError(error); } } }));
  }));
  list('notes', notes.notes.map((n) => n.text));
  const shares = await get('/api/shares');
  document.getElementById('shares').replaceChildren(...shares.filter((s) => s.sessionId === id).map((s) => el('li', {},
    `Link of ${new Date(s.createdAt).toLocaleString()}${s.revokedAt ? ' (revoked)' : ''} `,
    s.revokedAt ? '' : el('button', { type: 'button', class: 'secondary', text: 'Revoke', onclick: async () => { await del(`/api/shares/${s.id}`); await load(); } }))));
  const comments = await get(`/api/interviews/${id}/comments`);
  list('comments', comments.map((c) => `${c.author}: ${c.body}`));
}

document.getElementById('note-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  try {
    await post(`/api/interviews/${id}/notes`, { text: document.getElementById('note').value });
    document.getElementById('note').value = '';
    await load();
  } catch (error) { showError(error); }
});
const emailButton = document.getElementById('send-email');
const emailStatus = document.getElementById('email-status');
// A server without a mail server says so on the button instead of failing when it is pressed.
session().then((me) => {
  if (!me.mail) {
    emailButton.disabled = true;
    emailButton.textContent = 'E-mail is not available on this server';
    emailStatus.textContent = 'This server was started without a mail server (--smtp-host), so it cannot send e-mail. Download the PDF instead.';
  } else if (me.account) {
    emailStatus.textContent = `It will be sent to ${me.account.email}.`;
  }
}).catch(showError);
emailButton.addEventListener('click', async () => {
  clearError();
  emailButton.disabled = true;
  emailStatus.textContent = 'Sending…';
  try {
    const sent = await post(`/api/interviews/${id}/report/email`);
    emailStatus.textContent = `Sent to ${sent.sent}.`;
  } catch (error) {
    emailStatus.textContent = '';
    showError(error);
  } finally {
    emailButton.disabled = false;
  }
});
document.getElementById('share').addEventListener('click', async () => {
  clearError();
  try {
    const share = await post(`/api/interviews/${id}/shares`);
    const url = new URL(share.url, location.origin).href;
    document.getElementById('share-link').replaceChildren('Share this link (shown once): ', el('a', { href: url, text: url }));
    await load();
  } catch (error) { showError(error); }
});

try { await load(); } catch (error) { showError(error); }
