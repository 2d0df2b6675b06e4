import { post, session, showError, clearError } from './api.js';

const me = await session();
if (me.authenticated) location.href = '/dashboard.html';

document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  try {
    await post('/api/login', {
      email: document.getElementById('login-email').value,
      password: document.getElementById('login-password').value,
    }, { allowAnonymous: true });
    location.href = '/dashboard.html';
  } catch (error) { showError(error); }
});

document.getElementById('signup').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  try {
    await post('/api/accounts', {
      email: document.getElementById('signup-email').value,
      password: document.getElementById('signup-password').value,
      displayName: document.getElementById('signup-name').value,
    }, { allowAnonymous: true });
    location.href = '/setup.html';
  } catch (error) { showError(error); }
});
