/**
 * Short, distinct scan sounds made with WebAudio (no sound files): admit rises, refuse is a low
 * double buzz, duplicate two equal beeps, not found one long low tone. Muted with a toggle that
 * is remembered in localStorage.
 */
export type ScanOutcome = 'admit' | 'refuse' | 'duplicate' | 'not-found';

const STORAGE_KEY = 'exam-desk.checkin.sound';

/** [frequency Hz, start s, duration s, wave] per tone. */
const TONES: Record<ScanOutcome, [number, number, number, OscillatorType][]> = {
  admit: [
    [660, 0, 0.09, 'sine'],
    [990, 0.1, 0.12, 'sine'],
  ],
  refuse: [
    [220, 0, 0.14, 'square'],
    [220, 0.2, 0.14, 'square'],
  ],
  duplicate: [
    [520, 0, 0.08, 'triangle'],
    [520, 0.14, 0.08, 'triangle'],
  ],
  'not-found': [[300, 0, 0.3, 'sawtooth']],
};

export function soundOn(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setSoundOn(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // A browser without storage keeps the choice for this page only.
  }
}

let context: AudioContext | null = null;

/** Plays the outcome's sound unless muted; never throws (a desk without audio stays silent). */
export function playScanSound(outcome: ScanOutcome): void {
  if (!soundOn()) return;
  try {
    context ??= new AudioContext();
    const ctx = context;
    const t0 = ctx.currentTime + 0.01;
    for (const [freq, start, length, wave] of TONES[outcome]) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = wave;
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t0 + start);
      gain.gain.exponentialRampToValueAtTime(0.2, t0 + start + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + start + length);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0 + start);
      osc.stop(t0 + start + length + 0.02);
    }
    document.body.dataset.lastScanSound = outcome;
  } catch {
    // No audio device: the colour and the words still tell the outcome.
  }
}
