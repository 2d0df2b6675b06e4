import { post, session, showError, clearError } from './api.js';

const form = document.getElementById('forgot');
const status = document.getElementById('forgot-status');
const me = await session();
if (!me.mail) {
  // Without a mail server no link can be sent: say so instead of pretending one is on its way.
  for (const field of form.querySelectorAll('input, button')) field.disabled = true;
  status.textContent = 'This server cannot send e-mail (it was started without a mail server), so a password cannot be reset by mail. Ask whoever runs it.';
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  try {
    const reply = await post('/api/password-reset', { email: document.getElementById('forgot-email').value }, { allowAnonymous: true });
    status.textContent = `We got it: ${reply.message}.`;
  } catch (error) { showError(error); }
});
