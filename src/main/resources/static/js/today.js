// The hands-free session player (docs/architecture.md, "The session player"): one exercise at a
// time, its reps paced at the exercise's tempo (move, hold, return) with a large counter, holds,
// rests and side changes as big countdowns, then the next exercise, without a tap in between.
// Progressive enhancement only: without this file the page lists the whole session with a
// plain completion form, and this script only ticks that form's boxes.
(function () {
  'use strict';
  var form = document.querySelector('.today-session');
  if (!form) { return; }
  var items = Array.prototype.slice.call(form.querySelectorAll('.today-item'));
  if (!items.length) { return; }
  var text = form.dataset;
  // Above 1 only in the browser tests (backcare.player.speed), so a session runs in seconds.
  var speed = Math.max(1, parseFloat(text.speed) || 1);
  var READY_SECONDS = 5;
  var SWITCH_SECONDS = 5;

  function fill(template) {
    var args = arguments;
    return template.replace(/\{(\d)\}/g, function (all, n) { return String(args[Number(n) + 1]); });
  }
  function number(value, fallback) {
    var parsed = parseInt(value, 10);
    return isNaN(parsed) ? fallback : parsed;
  }
  function element(tag, className) {
    var made = document.createElement(tag);
    if (className) { made.className = className; }
    return made;
  }

  // Her options, both off by default: a beep, and spoken cues where the browser can speak.
  var options = element('div', 'player-options');
  function option(id, label) {
    var choice = element('div', 'choice');
    var input = element('input');
    input.type = 'checkbox';
    input.id = id;
    var caption = element('label');
    caption.htmlFor = id;
    caption.textContent = label;
    choice.appendChild(input);
    choice.appendChild(caption);
    options.appendChild(choice);
    return input;
  }
  var soundOn = option('sound-on', text.sound);
  var canSpeak = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
  var speechOn = canSpeak ? option('speech-on', text.speech) : null;
  form.insertBefore(options, form.querySelector('ol'));

  // One player, moved into the current exercise. The big display is for the eyes; the status
  // line says each change once to screen readers (never the countdown's every second).
  var panel = element('div', 'player');
  var where = element('p', 'player-where');
  var count = element('p', 'player-count');
  var phase = element('p', 'player-phase');
  var clock = element('p', 'player-clock');
  [where, count, phase, clock].forEach(function (part) {
    part.setAttribute('aria-hidden', 'true');
    panel.appendChild(part);
  });
  var status = element('p', 'timer-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  panel.appendChild(status);
  var controls = element('div', 'guide-controls');
  function button(className, label, kind) {
    var made = element('button', 'button ' + kind + ' ' + className);
    made.type = 'button';
    made.textContent = label;
    controls.appendChild(made);
    return made;
  }
  var startButton = button('js-start', text.start, 'big');
  var pauseButton = button('js-pause', text.pause, 'big');
  var hurtsButton = button('js-hurts', text.hurts, 'big hurts-button');
  var prevButton = button('js-prev', text.prev, 'secondary');
  var nextButton = button('js-next', text.next, 'secondary');
  panel.appendChild(controls);
  var keys = element('p', 'hint');
  keys.textContent = text.keys;
  panel.appendChild(keys);

  var current = 0;
  var plan = [];
  var at = -1;
  var left = 0;
  var running = false;
  var paused = false;
  var timer = null;
  var last = 0;
  var audio = null;
  var lock = null;

  function say(message) {
    status.textContent = message;
  }

  function beep() {
    if (!soundOn.checked || !audio) { return; }
    var tone = audio.createOscillator();
    tone.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.3);
  }

  // Spoken cues replace the beep when she ticks them; the beep stays the fallback.
  function cue(words, withBeep) {
    if (speechOn && speechOn.checked) {
      window.speechSynthesis.cancel();
      var utterance = new SpeechSynthesisUtterance(words);
      utterance.lang = document.documentElement.lang || 'en';
      window.speechSynthesis.speak(utterance);
    }
    else if (withBeep) {
      beep();
    }
  }

  function hush() {
    if (canSpeak) { window.speechSynthesis.cancel(); }
  }

  // The screen stays on while she exercises, where the browser has a Screen Wake Lock.
  function keepAwake() {
    if (!('wakeLock' in navigator) || lock) { return; }
    navigator.wakeLock.request('screen').then(function (granted) {
      lock = granted;
      granted.addEventListener('release', function () { if (lock === granted) { lock = null; } });
      if (!running || paused) { letSleep(); }
    }).catch(function () { /* refused (battery saver, hidden page): the session runs anyway */ });
  }
  function letSleep() {
    if (!lock) { return; }
    var held = lock;
    lock = null;
    held.release().catch(function () { /* already released */ });
  }
  document.addEventListener('visibilitychange', function () {
    // The browser drops the lock when the page is hidden; take it again when she comes back.
    if (document.visibilityState === 'visible' && running && !paused) { keepAwake(); }
  });

  // The steps of one exercise: get ready; then for each set and side its reps at the tempo
  // (move, hold, return); a side change between sides and a rest between sets.
  function steps(index, before) {
    var item = items[index];
    var data = item.dataset;
    var name = item.querySelector('h3').textContent.trim();
    var sets = Math.max(1, number(data.sets, 1));
    var reps = number(data.reps, 0);
    var hold = number(data.hold, 0);
    var move = number(data.move, 2);
    var back = number(data['return'], 2);
    var rest = number(data.rest, 0);
    var sides = data.perSide === 'true' ? 2 : 1;
    var breath = data.breath === 'true';
    var exercise = fill(text.exercise, index + 1, items.length);
    var list = [{ seconds: READY_SECONDS, countdown: true, where: exercise, count: '', phase: text.ready,
      say: (before ? before + ' ' : '') + exercise + ': ' + name + '. ' + text.ready + ': ' + READY_SECONDS,
      speak: (before ? before + ' ' : '') + name + '. ' + text.ready }];
    for (var set = 1; set <= sets; set += 1) {
      for (var side = 1; side <= sides; side += 1) {
        var place = fill(text.setOf, set, sets) + (sides > 1 ? ' · ' + fill(text.side, side, sides) : '');
        var placeSaid = fill(text.setOf, set, sets) + (sides > 1 ? ', ' + fill(text.side, side, sides) : '');
        if (side > 1) {
          list.push({ seconds: SWITCH_SECONDS, countdown: true, where: place, count: '', phase: text.changeSides,
            say: fill(text.side, side, sides) + '. ' + text.changeSides + ': ' + SWITCH_SECONDS,
            speak: fill(text.side, side, sides) + '. ' + text.changeSides });
        }
        for (var rep = 1; rep <= Math.max(reps, 1); rep += 1) {
          var counter = reps ? fill(text.count, rep, reps) : '';
          var into = breath ? text.breatheIn : text.move;
          var out = breath ? text.breatheOut : text.release;
          list.push({ seconds: move, where: place, count: counter, phase: into, repStart: true,
            say: (rep === 1 ? placeSaid + '. ' : '') + (counter ? counter + ': ' : '') + into,
            speak: (reps ? rep + '. ' : '') + into });
          if (hold > 0) {
            list.push({ seconds: hold, countdown: true, moving: true, where: place, count: counter, phase: text.hold,
              say: text.hold + ': ' + hold, speak: text.hold });
          }
          list.push({ seconds: back, moving: true, where: place, count: counter, phase: out, say: out, speak: out });
        }
      }
      if (set < sets && rest > 0) {
        list.push({ seconds: rest, countdown: true, where: fill(text.setOf, set, sets), count: '', phase: text.rest,
          say: text.setDone + ' ' + text.rest + ': ' + rest, speak: text.setDone });
      }
    }
    return list;
  }

  // The figure keeps time with the count: each rep starts its loop (move, hold, return, at the
  // same tempo); it rests in its start pose during get-ready, side changes and rests, and
  // stops when she pauses. SMIL's own clock is driven through the SVG's timing methods.
  function figureOf(index) {
    var svg = items[index] && items[index].querySelector('figure.exercise-figure svg.figure-motion');
    return svg && svg.pauseAnimations ? svg : null;
  }
  function moveFigure(playing, fromStart) {
    var svg = figureOf(current);
    if (!svg) { return; }
    if (fromStart) { svg.setCurrentTime(0); }
    if (playing) { svg.unpauseAnimations(); } else { svg.pauseAnimations(); }
  }

  function showClock() {
    var step = plan[at];
    clock.textContent = step && step.countdown ? String(Math.max(1, Math.ceil(left))) : '';
    clock.hidden = !clock.textContent;
  }

  function enter(index) {
    var previous = plan[at];
    at = index;
    var step = plan[at];
    where.textContent = step.where;
    count.textContent = step.count;
    count.hidden = !step.count;
    phase.textContent = step.phase;
    say(step.say);
    if (step.repStart) { moveFigure(true, true); }
    else if (!step.moving) { moveFigure(false, true); }
    // The end of a hold, a rest or a side change is what the beep marks.
    cue(step.speak, !!(previous && previous.countdown));
  }

  function tick() {
    var now = Date.now();
    // A page the phone froze for a while picks up where it was, instead of skipping ahead.
    var real = Math.min(now - last, 1000);
    last = now;
    if (!running || paused) { return; }
    left -= real * speed / 1000;
    while (running && left <= 0) {
      if (at + 1 < plan.length) {
        enter(at + 1);
        left += plan[at].seconds;
      }
      else {
        exerciseDone();
      }
    }
    showClock();
  }

  function stopTimer() {
    if (timer) { clearInterval(timer); timer = null; }
  }

  function controlsFor() {
    startButton.hidden = running;
    pauseButton.hidden = !running;
    pauseButton.textContent = paused ? text.resume : text.pause;
    prevButton.hidden = current === 0;
    nextButton.hidden = current === items.length - 1;
  }

  // Moves the player into an exercise; focus stays on the button she was on.
  function place(index) {
    var focused = panel.contains(document.activeElement) ? document.activeElement : null;
    current = index;
    items.forEach(function (item, i) { item.hidden = i !== current; });
    var item = items[current];
    // Next to the figure where the exercise has one, so she sees the movement with the count.
    var figure = item.querySelector('figure.exercise-figure');
    var anchor = figure ? figure.nextSibling : item.querySelector('h4');
    item.insertBefore(panel, anchor);
    controlsFor();
    if (focused && !focused.hidden) { focused.focus(); }
  }

  function halt() {
    running = false;
    paused = false;
    stopTimer();
    moveFigure(true, false);
    hush();
    letSleep();
  }

  // Moving by hand stops the player on the exercise she chose.
  function show(index) {
    halt();
    plan = [];
    at = -1;
    place(Math.max(0, Math.min(index, items.length - 1)));
    where.textContent = fill(text.exercise, current + 1, items.length);
    count.textContent = '';
    count.hidden = true;
    phase.textContent = '';
    clock.hidden = true;
    say(where.textContent);
    startButton.focus();
  }

  function run(before) {
    plan = steps(current, before);
    at = -1;
    left = 0;
    running = true;
    paused = false;
    last = Date.now();
    controlsFor();
    keepAwake();
    stopTimer();
    timer = setInterval(tick, Math.min(100, 250 / speed));
    tick();
  }

  function exerciseDone() {
    items[current].querySelector('input[name=done]').checked = true;
    if (current + 1 < items.length) {
      place(current + 1);
      items[current].scrollIntoView({ block: 'start' });
      plan = steps(current, text.done);
      at = -1;
      left = 0;
      return;
    }
    halt();
    controlsFor();
    where.textContent = '';
    count.hidden = true;
    phase.textContent = text.done;
    clock.hidden = true;
    say(text.finished);
    cue(text.finished, true);
    goToPainAfter();
  }

  function goToPainAfter() {
    var after = document.getElementById('painAfter-field');
    if (!after) { return; }
    after.setAttribute('tabindex', '-1');
    after.focus();
  }

  startButton.addEventListener('click', function () {
    // Sound may only start from her tap, so the one audio context is made here.
    if (!audio && window.AudioContext) { audio = new AudioContext(); }
    run('');
    pauseButton.focus();
  });

  function togglePause() {
    if (!running) { return; }
    paused = !paused;
    last = Date.now();
    if (paused) {
      moveFigure(false, false);
      hush();
      letSleep();
      say(text.paused);
    }
    else {
      keepAwake();
      if (plan[at] && (plan[at].repStart || plan[at].moving)) { moveFigure(true, false); }
      if (plan[at]) { say(plan[at].say); }
    }
    controlsFor();
  }
  pauseButton.addEventListener('click', togglePause);

  // The space bar pauses and resumes, except where it types or presses something itself.
  document.addEventListener('keydown', function (event) {
    if (event.key !== ' ' || !running || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var target = event.target;
    if (target.closest && target.closest('input, select, textarea, button, a, summary, [contenteditable]')) { return; }
    event.preventDefault();
    togglePause();
  });

  // Always one tap away: stops everything and marks the exercise as hurting.
  hurtsButton.addEventListener('click', function () {
    halt();
    controlsFor();
    var item = items[current];
    item.querySelector('input[name=hurt]').checked = true;
    count.hidden = true;
    clock.hidden = true;
    phase.textContent = text.hurts;
    say(text.stopped);
    var easier = item.querySelector('.easier-version');
    if (easier) {
      easier.hidden = false;
      easier.querySelector('a').focus();
    }
    else {
      goToPainAfter();
    }
  });
  prevButton.addEventListener('click', function () { show(current - 1); });
  nextButton.addEventListener('click', function () { show(current + 1); });

  // Hidden items do not count in the list's numbers: each keeps its own.
  items.forEach(function (item, i) { item.value = i + 1; });
  place(0);
  where.textContent = fill(text.exercise, 1, items.length);
  count.hidden = true;
  clock.hidden = true;
  say(where.textContent);
})();
