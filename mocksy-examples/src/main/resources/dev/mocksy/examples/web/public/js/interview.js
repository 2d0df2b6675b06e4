import { get, post, el, param, clock, showError, clearError, wireHeader } from './api.js';

wireHeader();
const id = param('id');
let view = null;
let shownAt = Date.now();
let spokenQuestion = null;

function render(next) {
  view = next;
  const question = view.question;
  document.getElementById('question').textContent = question ? question.text : '';
  document.getElementById('question-number').textContent = question
    ? `${view.mainQuestionsAsked} of ${view.plan.questions}${question.followUp ? ' (follow-up)' : ''}` : '';
  document.getElementById('state').textContent = view.state === 'PAUSED' ? 'Paused: the clocks are stopped.'
    : view.endReason ? `The interview is over: ${view.endReason}.` : '';
  document.getElementById('pause').textContent = view.state === 'PAUSED' ? 'Resume' : 'Pause';
  const running = !!question && view.state !== 'PAUSED';
  for (const button of ['submit-answer', 'skip', 'hint', 'repeat', 'voice-start']) {
    document.getElementById(button).disabled = !running;
  }
  shownAt = Date.now() - view.answerElapsedSeconds * 1000;
  renderFeedback();
  document.getElementById('video-consent').checked = view.consents.includes('video');
  document.getElementById('camera-snapshot').disabled = !view.consents.includes('video');
  if (view.state === 'COMPLETED' || view.state === 'ABANDONED') {
    location.href = `/report.html?id=${id}`;
    return;
  }
  if (question && spokenQuestion !== question.id + view.turns.length && document.getElementById('speak-questions').checked) {
    spokenQuestion = question.id + view.turns.length;
    speak(question.text);
  }
}

function renderFeedback() {
  const box = document.getElementById('feedback');
  const evaluation = view.evaluation;
  if (!evaluation) return;
  const last = view.turns[view.turns.length - 1];
  box.replaceChildren(
    el('p', { class: 'question', text: `Last answer: ${evaluation.overall.toFixed(1)}/10` }),
    el('p', { text: last ? `On “${last.question.text}”` : '' }),
    el('p', { text: evaluation.suggestion || '' }),
    el('p', { text: evaluation.covered.length ? `Covered: ${evaluation.covered.join('; ')}` : 'No key point covered yet.' }),
    el('p', { text: evaluation.missed.length ? `Missed: ${evaluation.missed.join('; ')}` : '' }),
  );
}

// Ticking timers: this question's time (counting down when it has a limit) and the whole interview's.
setInterval(() => {
  if (!view || view.state === 'PAUSED') return;
  const onQuestion = (Date.now() - shownAt) / 1000;
  const limit = view.plan.secondsPerAnswer;
  document.getElementById('question-timer').textContent = limit ? `${clock(limit - onQuestion)} left` : clock(onQuestion);
  const total = view.elapsedSeconds + (Date.now() - loadedAt) / 1000;
  document.getElementById('total-timer').textContent = view.timeLeftSeconds != null
    ? `${clock(view.timeLeftSeconds - (Date.now() - loadedAt) / 1000)} left` : clock(total);
}, 500);
let loadedAt = Date.now();

async function act(path, body) {
  clearError();
  try {
    const next = await post(`/api/interviews/${id}/${path}`, body);
    loadedAt = Date.now();
    render(next);
    return next;
  } catch (error) { showError(error); return null; }
}

document.getElementById('answer-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = document.getElementById('answer').value;
  const done = await act('answers', { text });
  if (done) document.getElementById('answer').value = '';
});
document.getElementById('skip').addEventListener('click', () => act('skip'));
document.getElementById('repeat').addEventListener('click', async () => { spokenQuestion = null; await act('repeat'); });
document.getElementById('pause').addEventListener('click', () => act(view.state === 'PAUSED' ? 'resume' : 'pause'));
document.getElementById('end').addEventListener('click', () => act('end', { reason: 'ended by the candidate' }));
document.getElementById('hint').addEventListener('click', async () => {
  try {
    const hint = await post(`/api/interviews/${id}/hint`, { typedSoFar: document.getElementById('answer').value });
    document.getElementById('hint-text').textContent = `Hint: ${hint.hint}`;
  } catch (error) { showError(error); }
});

// ---- the interviewer's voice: the browser's speech synthesis; stopped when the candidate barges in
let socket = null;
function speak(text) {
  if (!('speechSynthesis' in window)) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.onstart = () => tell({ type: 'speaking', playing: true });
  utterance.onend = () => tell({ type: 'speaking', playing: false });
  speechSynthesis.speak(utterance);
}

function tell(message) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

// ---- the candidate's voice: microphone PCM, 16 kHz mono 16-bit, streamed to the server's recogniser
let audio = null;
const TARGET_RATE = 16000;

function toPcm16(samples, fromRate) {
  const ratio = fromRate / TARGET_RATE;
  const out = new Int16Array(Math.floor(samples.length / ratio));
  for (let i = 0; i < out.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[Math.floor(i * ratio)]));
    out[i] = s < 0 ? s * 0x8000 : s * 0x7fff;
  }
  return out.buffer;
}

function openSocket() {
  return new Promise((resolve, reject) => {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${location.host}/api/interviews/${id}/live`);
    ws.binaryType = 'arraybuffer';
    ws.onmessage = (event) => onVoiceEvent(JSON.parse(event.data));
    ws.onopen = () => resolve(ws);
    ws.onerror = () => reject(new Error('The voice connection failed'));
    ws.onclose = () => { socket = null; document.getElementById('voice-done').disabled = true; };
  });
}

function onVoiceEvent(message) {
  const status = document.getElementById('voice-status');
  switch (message.type) {
    case 'listening': status.textContent = 'Listening…'; break;
    case 'partial': document.getElementById('partial').textContent = message.text; break;
    case 'thinking': status.textContent = `Take your time (“${message.phrase}”).`; break;
    case 'backchannel': status.textContent = message.cue; break;
    case 'bargeIn': if ('speechSynthesis' in window) speechSynthesis.cancel(); break;
    case 'turnEnded': status.textContent = 'Thinking about your answer…'; break;
    case 'clarify': case 'retry': status.textContent = message.prompt || message.message; speak(message.prompt || message.message); startAnswer(); break;
    case 'answered':
      document.getElementById('partial').textContent = message.transcript;
      status.textContent = 'Answer received.';
      loadedAt = Date.now();
      render(message.session);
      if (message.session.question) startAnswer();
      break;
    case 'error': showError(new Error(message.message)); break;
    default: break;
  }
}

function startAnswer() {
  tell({ type: 'start', sampleRate: TARGET_RATE, endOfTurnSeconds: 2.5 });
  document.getElementById('voice-done').disabled = false;
}

document.getElementById('voice-start').addEventListener('click', async () => {
  clearError();
  try {
    if (!socket) socket = await openSocket();
    if (!audio) {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true } });
      const context = new AudioContext();
      const source = context.createMediaStreamSource(stream);
      const processor = context.createScriptProcessor(4096, 1, 1);
      processor.onaudioprocess = (event) => {
        if (socket && socket.readyState === WebSocket.OPEN) socket.send(toPcm16(event.inputBuffer.getChannelData(0), context.sampleRate));
      };
      source.connect(processor);
      processor.connect(context.destination);
      audio = { context, stream };
    }
    startAnswer();
  } catch (error) { showError(error); }
});
document.getElementById('voice-done').addEventListener('click', () => tell({ type: 'done' }));

// ---- webcam snapshots, only after consent; what was observed is shown as plain facts
let camera = null;
document.getElementById('video-consent').addEventListener('change', async (event) => {
  const next = await act('consent', { capability: 'video', granted: event.target.checked });
  if (!next) return;
  if (event.target.checked && !camera && navigator.mediaDevices) {
    try {
      camera = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
      const video = document.getElementById('camera');
      video.srcObject = camera;
      video.hidden = false;
    } catch (error) { showError(new Error('The camera is not available: ' + error.message)); }
  } else if (!event.target.checked && camera) {
    camera.getTracks().forEach((track) => track.stop());
    camera = null;
    document.getElementById('camera').hidden = true;
  }
});

document.getElementById('camera-snapshot').addEventListener('click', async () => {
  clearError();
  const video = document.getElementById('camera');
  const canvas = document.getElementById('snapshot');
  canvas.width = video.videoWidth || 640;
  canvas.height = video.videoHeight || 480;
  canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  try {
    const observed = await post(`/api/interviews/${id}/frames`, blob);
    document.getElementById('observed').replaceChildren(...observed.facts.map((fact) => el('li', { text: fact })));
  } catch (error) { showError(error); }
});

try {
  render(await get(`/api/interviews/${id}`));
  document.getElementById('answer').focus();
} catch (error) { showError(error); }
