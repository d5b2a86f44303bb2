// The guided session: one exercise at a time, with a get-ready countdown, a hold timer,
// rep and set counters and a rest countdown. Progressive enhancement only: without this
// file the page lists the whole session with a plain completion form.
(function () {
  var form = document.querySelector('.today-session');
  if (!form) { return; }
  var steps = Array.prototype.slice.call(form.querySelectorAll('.today-step'));
  if (!steps.length) { return; }
  var text = form.dataset;
  var status = document.createElement('p');
  status.className = 'timer-status';
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('role', 'status');
  var sound = document.createElement('div');
  sound.className = 'choice';
  sound.innerHTML = '<input type="checkbox" id="sound-on"><label for="sound-on"></label>';
  sound.querySelector('label').textContent = text.sound;
  form.insertBefore(sound, form.querySelector('ol'));
  var current = 0;
  var timer = null;

  function say(message, finished) {
    status.textContent = message;
    status.classList.toggle('cue', !!finished);
    if (finished && document.getElementById('sound-on').checked && window.AudioContext) {
      var audio = new AudioContext();
      var tone = audio.createOscillator();
      tone.connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.3);
    }
  }

  function stop() { if (timer) { clearInterval(timer); timer = null; } }

  function countdown(seconds, label, then) {
    stop();
    var left = seconds;
    say(label + ': ' + left);
    timer = setInterval(function () {
      left -= 1;
      if (left <= 0) { stop(); then(); } else { say(label + ': ' + left); }
    }, 1000);
  }

  function show(index) {
    stop();
    current = Math.max(0, Math.min(index, steps.length - 1));
    steps.forEach(function (step, i) { step.hidden = i !== current; });
    var step = steps[current];
    step.appendChild(status);
    say(text.exercise.replace('{0}', current + 1).replace('{1}', steps.length));
    step.querySelector('.js-start').focus();
  }

  function run(step) {
    var sets = parseInt(step.dataset.sets || '1', 10);
    var reps = step.dataset.reps ? parseInt(step.dataset.reps, 10) : 0;
    var hold = step.dataset.hold ? parseInt(step.dataset.hold, 10) : 0;
    var rest = parseInt(step.dataset.rest || '0', 10);
    var set = 1;
    var rep = 1;
    var repButton = step.querySelector('.js-rep');

    function finishExercise() {
      step.querySelector('input[name=done]').checked = true;
      repButton.hidden = true;
      say(text.done, true);
    }
    function nextRep() {
      if (reps && rep < reps) { rep += 1; doRep(); return; }
      if (set < sets) { set += 1; rep = 1; say(text.setDone, true); countdown(rest, text.rest, doRep); return; }
      finishExercise();
    }
    function doRep() {
      var where = text.setOf.replace('{0}', set).replace('{1}', sets) +
        (reps ? ', ' + text.repOf.replace('{0}', rep).replace('{1}', reps) : '');
      if (hold) {
        repButton.hidden = true;
        countdown(hold, where + '. ' + text.hold, function () { say(text.release, true); setTimeout(nextRep, 1500); });
      } else {
        say(where);
        repButton.hidden = false;
        repButton.onclick = function () { nextRep(); };
        repButton.focus();
      }
    }
    countdown(3, text.ready, doRep);
  }

  steps.forEach(function (step, i) {
    var controls = document.createElement('div');
    controls.className = 'guide-controls';
    [['js-start', text.start], ['js-rep', text.rep], ['js-hurts', text.hurts], ['js-prev', text.prev], ['js-next', text.next]]
      .forEach(function (b) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'button secondary ' + b[0];
        button.textContent = b[1];
        controls.appendChild(button);
      });
    controls.querySelector('.js-rep').hidden = true;
    controls.querySelector('.js-prev').hidden = i === 0;
    controls.querySelector('.js-next').hidden = i === steps.length - 1;
    controls.querySelector('.js-start').onclick = function () { run(step); };
    controls.querySelector('.js-prev').onclick = function () { show(i - 1); };
    controls.querySelector('.js-next').onclick = function () { show(i + 1); };
    controls.querySelector('.js-hurts').onclick = function () {
      stop();
      step.querySelector('input[name=hurt]').checked = true;
      controls.querySelector('.js-rep').hidden = true;
      say(text.stopped, true);
      var easier = step.querySelector('.easier-version');
      if (easier) { easier.hidden = false; easier.querySelector('a').focus(); }
    };
    step.insertBefore(controls, step.querySelector('h4'));
  });
  show(0);
})();
