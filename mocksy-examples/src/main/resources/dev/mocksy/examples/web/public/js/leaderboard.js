import { get, el, showError, wireHeader } from './api.js';

wireHeader();
const picker = document.getElementById('board');
const root = document.getElementById('boards');

// A question set's board is titled by the set's name; a plan's by its role, type, level and difficulty.
function title(board) {
  return board.kind === 'questionSet' ? `Question set: ${board.title}` : `Plan: ${board.setKey.replaceAll('/', ' · ')}`;
}

function show(boards) {
  const chosen = boards.filter((board) => !picker.value || board.setKey === picker.value);
  root.replaceChildren();
  if (boards.length === 0) root.append(el('p', { class: 'muted', text: 'Nobody has opted in yet.' }));
  for (const board of chosen) {
    root.append(el('section', { class: 'card' }, el('h2', { text: title(board) }),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Name' }), el('th', { scope: 'col', text: 'Best' }), el('th', { scope: 'col', text: 'Interviews' }))),
        el('tbody', {}, ...board.entries.map((e) => el('tr', {}, el('td', { text: e.name }), el('td', { text: String(e.best) }), el('td', { text: String(e.interviews) })))))));
  }
}

try {
  const boards = await get('/api/leaderboard');
  picker.append(...boards.map((board) => el('option', { value: board.setKey, text: title(board) })));
  const wanted = new URLSearchParams(location.search).get('board');
  if (wanted && boards.some((board) => board.setKey === wanted)) picker.value = wanted;
  picker.addEventListener('change', () => show(boards));
  show(boards);
} catch (error) { showError(error); }
