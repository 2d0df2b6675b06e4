import { post, showError, clearError } from './api.js';

// The token travels in the fragment, which browsers never send to a server; it is taken off the address bar at once.
const token = location.hash.replace(/^#/, '');
history.replaceState(null, '', location.pathname);
const status = document.getElementById('reset-status');
if (!token) {
  showError(new Error('This page needs the link from the e-mail; ask for a new one if it is lost.'));
}

document.getElementById('reset').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  const password = document.getElementById('reset-password').value;
  if (password !== document.getElementById('reset-repeat').value) {
    showError(new Error('The two passwords differ; type the same one twice.'));
    return;
  }
  try {
    await post('/api/password-reset/confirm', { token, password }, { allowAnonymous: true });
    document.getElementById('reset').hidden = true;
    status.textContent = 'Your password is changed and every login of your account has ended. Log in with the new password.';
  } catch (error) { showError(error); }
});
