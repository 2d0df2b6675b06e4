import { get, el, showError, wireHeader } from './api.js';

wireHeader();
try {
  const boards = await get('/api/leaderboard');
  const root = document.getElementById('boards');
  if (boards.length === 0) root.append(el('p', { class: 'muted', text: 'Nobody has opted in yet.' }));
  for (const board of boards) {
    root.append(el('section', { class: 'card' }, el('h2', { text: board.setKey.replaceAll('/', ' · ') }),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Name' }), el('th', { scope: 'col', text: 'Best' }), el('th', { scope: 'col', text: 'Interviews' }))),
        el('tbody', {}, ...board.entries.map((e) => el('tr', {}, el('td', { text: e.name }), el('td', { text: String(e.best) }), el('td', { text: String(e.interviews) })))))));
  }
} catch (error) { showError(error); }
