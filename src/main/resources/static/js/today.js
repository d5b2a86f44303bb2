// The guided session: one exercise at a time, with a get-ready countdown, a hold timer,
// rep and set counters and a rest countdown. Progressive enhancement only: without this
// file the page lists the whole session with a plain completion form.
(function () {
  var form = document.querySelector('.today-session');
  if (!form) { return; }
  var items = Array.prototype.slice.call(form.querySelectorAll('.today-item'));
  if (!items.length) { return; }
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
    current = Math.max(0, Math.min(index, items.length - 1));
    items.forEach(function (item, i) { item.hidden = i !== current; });
    var item = items[current];
    item.appendChild(status);
    say(text.exercise.replace('{0}', current + 1).replace('{1}', items.length));
    item.querySelector('.js-start').focus();
  }

  function run(item) {
    var sets = parseInt(item.dataset.sets || '1', 10);
    var reps = item.dataset.reps ? parseInt(item.dataset.reps, 10) : 0;
    var hold = item.dataset.hold ? parseInt(item.dataset.hold, 10) : 0;
    var rest = parseInt(item.dataset.rest || '0', 10);
    var set = 1;
    var rep = 1;
    var repButton = item.querySelector('.js-rep');

    function finishExercise() {
      item.querySelector('input[name=done]').checked = true;
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

  items.forEach(function (item, i) {
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
    controls.querySelector('.js-next').hidden = i === items.length - 1;
    controls.querySelector('.js-start').onclick = function () { run(item); };
    controls.querySelector('.js-prev').onclick = function () { show(i - 1); };
    controls.querySelector('.js-next').onclick = function () { show(i + 1); };
    controls.querySelector('.js-hurts').onclick = function () {
      stop();
      item.querySelector('input[name=hurt]').checked = true;
      controls.querySelector('.js-rep').hidden = true;
      say(text.stopped, true);
      var easier = item.querySelector('.easier-version');
      if (easier) { easier.hidden = false; easier.querySelector('a').focus(); }
    };
    item.insertBefore(controls, item.querySelector('h4'));
  });
  show(0);
})();
