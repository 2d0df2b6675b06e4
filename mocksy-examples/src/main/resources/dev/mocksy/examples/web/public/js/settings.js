import { get, put, del, el, showError, clearError, wireHeader } from './api.js';

wireHeader();

function render(settings) {
  document.getElementById('provider').value = settings.provider;
  document.getElementById('model').value = settings.model || '';
  document.getElementById('leaderboard').checked = settings.leaderboard;
  document.getElementById('keys').replaceChildren(...(settings.keys.length ? settings.keys.map((key) => el('li', {},
    `${key.provider}: ${key.masked} `,
    el('button', { type: 'button', class: 'secondary', text: `Delete ${key.provider} key`, onclick: async () => {
      try { render(await del(`/api/settings/keys/${key.provider}`)); } catch (error) { showError(error); } } })))
    : [el('li', { class: 'muted', text: 'No keys stored.' })]));
}

document.getElementById('model-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  try {
    render(await put('/api/settings/model', { provider: document.getElementById('provider').value, model: document.getElementById('model').value }));
    document.getElementById('model-status').textContent = 'Saved.';
  } catch (error) { showError(error); }
});
document.getElementById('key-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  try {
    await put(`/api/settings/keys/${document.getElementById('key-provider').value}`, { apiKey: document.getElementById('api-key').value });
    document.getElementById('api-key').value = '';
    render(await get('/api/settings'));
  } catch (error) { showError(error); }
});
document.getElementById('leaderboard').addEventListener('change', async (event) => {
  try { render(await put('/api/settings/leaderboard', { optIn: event.target.checked })); } catch (error) { showError(error); }
});
document.getElementById('password-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  const status = document.getElementById('password-status');
  status.textContent = '';
  const newPassword = document.getElementById('new-password').value;
  if (newPassword !== document.getElementById('repeat-password').value) {
    showError(new Error('The two new passwords differ; type the same one twice.'));
    return;
  }
  try {
    const reply = await put('/api/me/password', { currentPassword: document.getElementById('current-password').value, newPassword });
    for (const id of ['current-password', 'new-password', 'repeat-password']) document.getElementById(id).value = '';
    status.textContent = `Password changed; ${reply.otherLoginsEnded} other login(s) ended.`;
  } catch (error) { showError(error); }
});
document.getElementById('delete-account').addEventListener('click', async () => {
  if (!confirm('Delete your account and all its data?')) return;
  try { await del('/api/me'); location.href = '/index.html'; } catch (error) { showError(error); }
});

try { render(await get('/api/settings')); } catch (error) { showError(error); }
