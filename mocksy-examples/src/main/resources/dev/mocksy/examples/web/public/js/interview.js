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
  if (question && spokenQuestion !== questionKey(view) && document.getElementById('speak-questions').checked) {
    spokenQuestion = questionKey(view);
    speakQuestion(question.text);
  }
}

function questionKey(session) {
  return session.question ? session.question.id + session.turns.length : null;
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

// ---- the interviewer's voice: the browser's speech synthesis, or the server's voice (a WAV from the speech route in
// an <audio> element, or sentence by sentence over the live socket through the Web Audio API). Whichever speaks is
// stopped at once when the candidate starts speaking (barge-in).
let socket = null;
const voiceChoice = document.getElementById('interviewer-voice');
const interviewerAudio = document.getElementById('interviewer-audio');
const interviewerStatus = document.getElementById('interviewer-status');
voiceChoice.value = localStorage.getItem('mocksy.interviewerVoice') === 'server' ? 'server' : 'browser';
let serverVoiceMissing = null; // the server's message when it has no voice
let socketVoice = false; // the live socket speaks the questions in the server's voice
let speaking = null; // 'server' or 'browser' while the interviewer speaks a question

function setSpeaking(kind) {
  if (speaking === kind) return;
  speaking = kind;
  interviewerStatus.dataset.state = kind || 'silent';
  interviewerStatus.textContent = kind ? `The interviewer is speaking (${kind} voice).` : '';
  tell({ type: 'speaking', playing: !!kind });
}

function useServerVoice() {
  return voiceChoice.value === 'server' && !serverVoiceMissing;
}

function noteNoServerVoice(message) {
  serverVoiceMissing = message;
  socketVoice = false;
  document.getElementById('voice-status').textContent = `The server's voice is not available (${message}). The browser's voice reads the questions.`;
}

function speakQuestion(text) {
  if (!useServerVoice()) { speak(text); return; }
  if (socketVoice && socket && socket.readyState === WebSocket.OPEN) { tell({ type: 'speak' }); return; }
  playSpeechRoute(text);
}

async function playSpeechRoute(text) {
  stopSpeech();
  try {
    const reply = await fetch(`/api/interviews/${id}/speech`, { credentials: 'same-origin' });
    if (!reply.ok) {
      const body = (reply.headers.get('Content-Type') || '').startsWith('application/json') ? await reply.json() : {};
      if (reply.status === 503) { noteNoServerVoice(body.message || 'no text-to-speech'); speak(text); return; }
      throw new Error(body.message || reply.statusText);
    }
    const blob = await reply.blob();
    if (interviewerAudio.src) URL.revokeObjectURL(interviewerAudio.src);
    interviewerAudio.src = URL.createObjectURL(blob);
    await interviewerAudio.play();
  } catch (error) {
    setSpeaking(null);
    document.getElementById('voice-status').textContent = `The server's voice could not play (${error.message}); press “Repeat the question” to try again.`;
  }
}
interviewerAudio.addEventListener('playing', () => setSpeaking('server'));
interviewerAudio.addEventListener('ended', () => setSpeaking(null));
interviewerAudio.addEventListener('pause', () => { if (!scheduled.length) setSpeaking(null); });

function speak(text) {
  if (!('speechSynthesis' in window)) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.onstart = () => setSpeaking('browser');
  utterance.onend = () => { if (speaking === 'browser') setSpeaking(null); };
  speechSynthesis.speak(utterance);
}

// The server's pieces over the socket: each binary message is a WAV, played right after the one before.
let player = null; // the AudioContext for the socket's pieces, made on the click that starts the voice
let incoming = null; // the kind of speech the next binary messages belong to, or null to drop them
let resumeIncoming = null; // what the binary messages after a backchannel cue belong to
let playAt = 0;
let decoding = Promise.resolve();
let generation = 0;
const scheduled = [];

function onSpeechStart(message) {
  if (message.kind === 'question') {
    stopPlayback();
    incoming = document.getElementById('speak-questions').checked ? 'question' : null;
  } else if (message.kind === 'backchannel') {
    // Only at the pause the server chose, and never over a candidate who is still speaking loudly.
    resumeIncoming = incoming;
    incoming = speaking || micLevel > LOUD ? null : 'backchannel';
  }
}

function onSpeechPiece(data) {
  if (!incoming || !player) return;
  const kind = incoming;
  const mine = generation;
  decoding = decoding.then(() => player.decodeAudioData(data)).then((buffer) => {
    if (mine !== generation) return;
    const source = player.createBufferSource();
    source.buffer = buffer;
    const gain = player.createGain();
    gain.gain.value = kind === 'backchannel' ? 0.3 : 1;
    source.connect(gain).connect(player.destination);
    if (kind === 'question') {
      playAt = Math.max(playAt, player.currentTime);
      source.start(playAt);
      playAt += buffer.duration;
      scheduled.push(source);
      setSpeaking('server');
      source.onended = () => {
        scheduled.splice(scheduled.indexOf(source), 1);
        if (!scheduled.length && incoming !== 'question') setSpeaking(null);
      };
    } else {
      source.start();
    }
  }).catch(() => {});
}

function onSpeechEnd(message) {
  if (message.kind === 'question') {
    incoming = null;
    if (!scheduled.length) setSpeaking(null);
  } else {
    incoming = resumeIncoming;
    resumeIncoming = null;
  }
}

function stopPlayback() {
  generation++;
  incoming = null;
  while (scheduled.length) {
    try { scheduled.pop().stop(); } catch (error) { /* already ended */ }
  }
  playAt = 0;
}

// Stops the interviewer at once, whichever voice speaks, and asks the server to send no more pieces.
function stopSpeech() {
  if ('speechSynthesis' in window) speechSynthesis.cancel();
  interviewerAudio.pause();
  stopPlayback();
  tell({ type: 'stop' });
  setSpeaking(null);
}

function bargeIn() {
  if (!speaking) return;
  stopSpeech();
  interviewerStatus.textContent = 'You started speaking: the interviewer stopped.';
}

voiceChoice.addEventListener('change', () => {
  localStorage.setItem('mocksy.interviewerVoice', voiceChoice.value);
  stopSpeech();
  if (voiceChoice.value === 'server') serverVoiceMissing = null;
  socketVoice = false;
  tell({ type: 'voice', server: voiceChoice.value === 'server' });
});

function tell(message) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

// ---- the candidate's voice: microphone PCM, 16 kHz mono 16-bit, streamed to the server's recogniser
let audio = null;
const TARGET_RATE = 16000;
// Microphone loudness (RMS of the last buffer, 0..1): speech above BARGE_IN while the interviewer speaks stops it;
// a backchannel cue is not played over a candidate louder than LOUD.
let micLevel = 0;
const micMeter = document.getElementById('mic-level');
let loudBuffers = 0;
const BARGE_IN = 0.04;
const LOUD = 0.02;

function listen(samples) {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
  micLevel = Math.sqrt(sum / samples.length);
  micMeter.value = micLevel;
  loudBuffers = micLevel > BARGE_IN ? loudBuffers + 1 : 0;
  if (loudBuffers >= 2) bargeIn();
}

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
    ws.onmessage = (event) => {
      if (event.data instanceof ArrayBuffer) onSpeechPiece(event.data);
      else onVoiceEvent(JSON.parse(event.data));
    };
    ws.onopen = () => {
      ws.send(JSON.stringify({ type: 'voice', server: useServerVoice() }));
      if (speaking) ws.send(JSON.stringify({ type: 'speaking', playing: true }));
      resolve(ws);
    };
    ws.onerror = () => reject(new Error('The voice connection failed'));
    ws.onclose = () => { socket = null; socketVoice = false; document.getElementById('voice-done').disabled = true; };
  });
}

function onVoiceEvent(message) {
  const status = document.getElementById('voice-status');
  switch (message.type) {
    case 'listening': status.textContent = 'Listening…'; break;
    case 'partial': document.getElementById('partial').textContent = message.text; break;
    case 'thinking': status.textContent = `Take your time (“${message.phrase}”).`; break;
    case 'backchannel':
      status.textContent = message.cue;
      // The server's voice sends the cue as audio next; the browser's says it quietly, unless the candidate is loud.
      if (!socketVoice && micLevel <= LOUD && !speaking && 'speechSynthesis' in window) {
        const cue = new SpeechSynthesisUtterance(message.cue);
        cue.volume = 0.3;
        cue.rate = 1.1;
        speechSynthesis.speak(cue);
      }
      break;
    case 'bargeIn': bargeIn(); break;
    case 'voice':
      socketVoice = message.server;
      if (!message.server && message.message) noteNoServerVoice(message.message);
      break;
    case 'speech': onSpeechStart(message); break;
    case 'speechEnd': onSpeechEnd(message); break;
    case 'turnEnded': status.textContent = 'Thinking about your answer…'; break;
    case 'clarify': case 'retry': status.textContent = message.prompt || message.message; speak(message.prompt || message.message); startAnswer(); break;
    case 'answered':
      document.getElementById('partial').textContent = message.transcript;
      status.textContent = 'Answer received.';
      loadedAt = Date.now();
      // With the server's voice on the socket, the next question's audio follows this message.
      if (socketVoice) spokenQuestion = questionKey(message.session);
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
    if (!player && window.AudioContext) player = new AudioContext();
    if (player && player.state === 'suspended') await player.resume();
    if (!socket) socket = await openSocket();
    if (!audio) {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true } });
      const context = new AudioContext();
      const source = context.createMediaStreamSource(stream);
      const processor = context.createScriptProcessor(4096, 1, 1);
      processor.onaudioprocess = (event) => {
        listen(event.inputBuffer.getChannelData(0));
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
