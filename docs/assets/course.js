/*
 * The course's own behaviour, on every page of the site:
 *
 * - quizzes: a chapter's `??? question` blocks (a task list with the right answer ticked,
 *   then a "Why:" paragraph) become questions the learner answers: a choice is made with
 *   the mouse or the arrow keys, and judged only when "Check my answer" is pressed; the
 *   explanation is then shown. The first answer is the one kept and scored; trying again
 *   afterwards is practice, and said to be;
 * - tick boxes: every `input[data-course-done]` (one per chapter, one per exercise) keeps
 *   its state;
 * - the progress page: counts, bars and quiz scores from what was kept;
 * - names and keyboard access Material leaves out: code annotations get a name, a row of
 *   tabs too wide for the screen can be scrolled from the keyboard;
 * - Run in the browser: an exercise's `.course-run` block (where the site was built with
 *   `nox -s browser-runtime`) opens an editor of the learner's files and a Run button that
 *   grades them with the checker in a Web Worker (runtime/worker.js). The editor's bundle,
 *   the exercise's files and Python itself load only when the learner asks for them.
 *
 * Everything is kept in this browser's localStorage, under one key per site. Without
 * JavaScript none of this runs: the quizzes stay folded with their answers inside, and the
 * tick boxes stay hidden.
 *
 * Material's instant navigation swaps pages without reloading this script, so the set-up
 * runs each time its `document$` observable announces a new page.
 */
(function () {
  "use strict";

  // Material's own scripts define the site's root URL; fall back to the page's folder.
  var scope = typeof __md_scope !== "undefined" ? __md_scope : new URL(".", location.href);
  var KEY = scope.pathname + ".course-progress";
  var FORMAT = 1;

  /* -- what is kept ------------------------------------------------------------------ */

  function empty() {
    return { format: FORMAT, done: {}, quiz: {} };
  }

  function load() {
    try {
      var state = JSON.parse(localStorage.getItem(KEY));
      if (state && state.format === FORMAT && state.done && state.quiz) {
        return state;
      }
    } catch (error) {
      // Unreadable (or storage refused): start afresh rather than break the page.
    }
    return empty();
  }

  function save(state) {
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch (error) {
      // Storage full or refused (some private windows): the page still works, unkept.
    }
  }

  /** The page's address inside the site, the same on any host: "chapters/01-x/". */
  function pageKey() {
    var path = decodeURI(location.pathname);
    var root = decodeURI(scope.pathname);
    if (path.indexOf(root) === 0) {
      path = path.slice(root.length);
    }
    return path.replace(/index\.html$/, "");
  }

  function squeeze(text) {
    return text.replace(/\s+/g, " ").trim();
  }

  /* -- quizzes ------------------------------------------------------------------------ */

  var quizCount = 0;

  /** Turn one `details.question` into a question to answer, if it holds a quiz. */
  function setUpQuestion(details, page) {
    var summary = details.querySelector(":scope > summary");
    var list = details.querySelector(":scope > ul.task-list");
    if (!summary || !list || details.dataset.courseQuiz) {
      return;
    }
    var items = Array.prototype.filter.call(list.children, function (item) {
      return item.matches("li.task-list-item");
    });
    var right = items.map(function (item) {
      var box = item.querySelector("input[type=checkbox]");
      return Boolean(box && box.checked);
    });
    if (items.length < 2 || right.indexOf(true) === -1) {
      return; // not a quiz: leave the block as the author wrote it
    }
    details.dataset.courseQuiz = "on";
    var question = squeeze(summary.textContent);
    var name = "course-quiz-" + ++quizCount;

    // Everything after the list is the explanation, shown once the learner answers.
    var why = [];
    for (var node = list.nextElementSibling; node; node = node.nextElementSibling) {
      node.classList.add("course-quiz__why");
      node.hidden = true;
      why.push(node);
    }

    var choices = document.createElement("fieldset");
    choices.className = "course-quiz";
    summary.id = summary.id || name + "-question";
    choices.setAttribute("aria-labelledby", summary.id);
    var answers = items.map(function (item) {
      return squeeze(item.textContent);
    });
    var inputs = items.map(function (item, index) {
      var label = document.createElement("label");
      label.className = "course-quiz__choice";
      var input = document.createElement("input");
      input.type = "radio";
      input.name = name;
      input.value = String(index);
      var text = document.createElement("span");
      var control = item.querySelector(":scope > .task-list-control");
      if (control) {
        control.remove();
      }
      while (item.firstChild) {
        text.appendChild(item.firstChild);
      }
      text.normalize();
      if (text.firstChild && text.firstChild.nodeType === Node.TEXT_NODE) {
        text.firstChild.textContent = text.firstChild.textContent.replace(/^\s+/, "");
      }
      label.appendChild(input);
      label.appendChild(text);
      choices.appendChild(label);
      return input;
    });
    // Moving through the choices (arrow keys move and select a radio button) answers
    // nothing: the button does.
    var check = document.createElement("button");
    check.type = "button";
    check.className = "md-button course-quiz__check";
    check.textContent = "Check my answer";
    var feedback = document.createElement("p");
    feedback.className = "course-quiz__feedback";
    feedback.setAttribute("role", "status");
    list.replaceWith(choices);
    choices.after(check);
    check.after(feedback);

    check.addEventListener("click", function () {
      var chosen = inputs.findIndex(function (input) {
        return input.checked;
      });
      if (chosen === -1) {
        feedback.textContent = "Choose an answer first.";
        details.classList.remove("course-quiz--right", "course-quiz--wrong");
        return;
      }
      var first = kept();
      if (!first) {
        keep(chosen);
      }
      show(chosen, first || null);
    });

    // A new choice after a judged one clears the marks until it is checked in turn.
    inputs.forEach(function (input) {
      input.addEventListener("change", function () {
        inputs.forEach(function (other) {
          other.parentElement.classList.remove(
            "course-quiz__choice--right",
            "course-quiz__choice--wrong"
          );
        });
        details.classList.remove("course-quiz--right", "course-quiz--wrong");
        feedback.textContent = "";
      });
    });

    function kept() {
      return (load().quiz[page] || {})[question];
    }

    // The answer is kept by its text, so that reordering the choices does not move it.
    function keep(chosen) {
      var state = load();
      state.quiz[page] = state.quiz[page] || {};
      state.quiz[page][question] = { answer: answers[chosen], right: right[chosen] };
      save(state);
    }

    /** Judge a choice; ``first`` is the scored answer when this one is practice. */
    function show(chosen, first) {
      inputs.forEach(function (input, index) {
        var label = input.parentElement;
        input.checked = index === chosen;
        label.classList.toggle("course-quiz__choice--right", right[index]);
        label.classList.toggle("course-quiz__choice--wrong", index === chosen && !right[index]);
      });
      details.classList.toggle("course-quiz--right", right[chosen]);
      details.classList.toggle("course-quiz--wrong", !right[chosen]);
      var verdict = right[chosen] ? "Right." : "Not quite: the right answer is marked.";
      if (first) {
        verdict +=
          " This try is practice: your progress counts your first answer, which was " +
          (first.right ? "right." : "not right.");
      }
      feedback.textContent = verdict;
      check.textContent = "Try again (practice)";
      why.forEach(function (node) {
        node.hidden = false;
      });
    }

    // The script hides the answer until it is given, so the question need not be folded.
    details.open = true;
    var first = kept();
    var chosen = first ? answers.indexOf(first.answer) : -1;
    if (chosen !== -1) {
      if (first.right !== right[chosen]) {
        keep(chosen); // the author changed which answer is right: judge it again
      }
      show(chosen, null);
    }
  }

  function setUpQuizzes() {
    var page = pageKey();
    document.querySelectorAll(".md-content details.question").forEach(function (details) {
      setUpQuestion(details, page);
    });
  }

  /* -- tick boxes ---------------------------------------------------------------------- */

  function setUpTicks() {
    var state = load();
    document.querySelectorAll("input[data-course-done]").forEach(function (input) {
      var key = input.dataset.courseDone;
      input.checked = Boolean(state.done[key]);
      input.hidden = false;
      var holder = input.closest("[hidden]");
      if (holder) {
        holder.hidden = false;
      }
      if (input.dataset.courseBound) {
        return;
      }
      input.dataset.courseBound = "on";
      input.addEventListener("change", function () {
        var kept = load();
        if (input.checked) {
          kept.done[key] = true;
        } else {
          delete kept.done[key];
        }
        save(kept);
        refresh();
      });
    });
  }

  /** Bring every box and count on the page in line with what is kept. */
  function refresh() {
    var state = load();
    document.querySelectorAll("input[data-course-done]").forEach(function (input) {
      input.checked = Boolean(state.done[input.dataset.courseDone]);
    });
    showSummary(state);
  }

  /* -- the progress page --------------------------------------------------------------- */

  function showSummary(state) {
    var summary = document.querySelector(".course-summary");
    if (!summary) {
      return;
    }
    summary.hidden = false;
    ["chapter", "exercise"].forEach(function (kind) {
      var boxes = document.querySelectorAll("input[data-course-done^='" + kind + "-']");
      var done = Array.prototype.filter.call(boxes, function (box) {
        return box.checked;
      }).length;
      summary.querySelector("[data-course-count=" + kind + "]").textContent = done;
      summary.querySelector("[data-course-total=" + kind + "]").textContent = boxes.length;
      var bar = summary.querySelector("[data-course-bar=" + kind + "]");
      bar.max = Math.max(boxes.length, 1);
      bar.value = done;
      bar.textContent = done + " of " + boxes.length;
    });

    var asked = 0;
    var answered = 0;
    var right = 0;
    document.querySelectorAll("[data-course-quiz]").forEach(function (score) {
      var questions = Number(score.dataset.courseQuestions) || 0;
      // Answers to questions since removed from the page are not counted beyond its length.
      var answers = Object.values(state.quiz[score.dataset.courseQuiz] || {});
      var given = Math.min(answers.length, questions);
      var good = Math.min(
        answers.filter(function (answer) {
          return answer.right;
        }).length,
        given
      );
      asked += questions;
      answered += given;
      right += good;
      score.hidden = given === 0;
      score.textContent =
        "quiz: " + good + " right of " + given + " answered (" + questions + " questions)";
    });
    var total = summary.querySelector("[data-course-quiz-total]");
    total.textContent =
      answered === 0
        ? "none yet (" + asked + " questions in all)"
        : right + " right of " + answered + " answered (" + asked + " questions in all)";
  }

  /* -- what Material leaves out ------------------------------------------------------- */

  /** Code annotations' numbers get a name; rows of tabs and tables wider than the page
   *  get a tab stop, so that a keyboard can scroll them. */
  function setUpAccess() {
    document.querySelectorAll(".md-annotation__index").forEach(function (link) {
      var number = link.querySelector("[data-md-annotation-id]");
      link.setAttribute(
        "aria-label",
        "Annotation " + (number ? number.dataset.mdAnnotationId : "")
      );
    });
    document.querySelectorAll(".tabbed-labels").forEach(function (labels) {
      if (labels.scrollWidth > labels.clientWidth) {
        labels.tabIndex = 0;
        labels.setAttribute("role", "group");
        labels.setAttribute("aria-label", "Tabs (scroll sideways for more)");
      } else {
        labels.removeAttribute("tabindex");
      }
    });
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth) {
        wrap.tabIndex = 0;
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", "Table (scroll sideways for more)");
      } else {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  /* -- on every page -------------------------------------------------------------------- */

  function setUp() {
    setUpQuizzes();
    setUpTicks();
    setUpAccess();
    setUpRuns();
    showSummary(load());
  }

  /* -- run an exercise in the browser ------------------------------------------------ */

  var RUNTIME = new URL("runtime/", scope).href;
  var RUN_KEY = scope.pathname + ".course-run/";
  var worker = null; // one for the page, kept warm between runs
  var busy = false;

  function keptFiles(number) {
    try {
      var kept = JSON.parse(localStorage.getItem(RUN_KEY + number));
      return kept && typeof kept.files === "object" ? kept.files : {};
    } catch (error) {
      return {};
    }
  }

  function keepFiles(number, files) {
    try {
      localStorage.setItem(RUN_KEY + number, JSON.stringify({ files: files }));
    } catch (error) {
      // Storage full or refused: the edits stay in the page until it is closed.
    }
  }

  function forgetFiles(number) {
    try {
      localStorage.removeItem(RUN_KEY + number);
    } catch (error) {
      // Nothing kept, nothing to forget.
    }
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  /* A zip of text files, stored without compression: enough for a learner's few files. */
  var CRC_TABLE = (function () {
    var table = [];
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) {
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      table.push(c >>> 0);
    }
    return table;
  })();

  function crc32(bytes) {
    var crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) {
      crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ 0xffffffff) >>> 0;
  }

  function zip(files) {
    var encoder = new TextEncoder();
    var parts = [];
    var central = [];
    var offset = 0;
    Object.keys(files).forEach(function (name) {
      var path = encoder.encode(name);
      var data = encoder.encode(files[name]);
      var crc = crc32(data);
      var local = new DataView(new ArrayBuffer(30));
      [[0, 0x04034b50, 4], [4, 20, 2], [6, 0x0800, 2], [14, crc, 4], [18, data.length, 4],
        [22, data.length, 4], [26, path.length, 2]].forEach(function (f) {
        f[2] === 4 ? local.setUint32(f[0], f[1], true) : local.setUint16(f[0], f[1], true);
      });
      var entry = new DataView(new ArrayBuffer(46));
      [[0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [8, 0x0800, 2], [16, crc, 4],
        [20, data.length, 4], [24, data.length, 4], [28, path.length, 2], [42, offset, 4]].forEach(
        function (f) {
          f[2] === 4 ? entry.setUint32(f[0], f[1], true) : entry.setUint16(f[0], f[1], true);
        },
      );
      parts.push(local, path, data);
      central.push(entry, path);
      offset += 30 + path.length + data.length;
    });
    var size = central.reduce(function (sum, part) {
      return sum + part.byteLength;
    }, 0);
    var end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, central.length / 2, true);
    end.setUint16(10, central.length / 2, true);
    end.setUint32(12, size, true);
    end.setUint32(16, offset, true);
    return new Blob(parts.concat(central, [end]), { type: "application/zip" });
  }

  function download(blob, name) {
    var link = element("a", { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 1000);
  }

  function openRun(block) {
    var number = block.getAttribute("data-course-run");
    var timeout = parseFloat(block.getAttribute("data-course-timeout")) || 30;
    var opener = block.querySelector(".course-run__open");
    opener.disabled = true;
    opener.textContent = "Opening the editor…";
    Promise.all([
      import(RUNTIME + "editor.js"),
      fetch(RUNTIME + "exercises/" + number + ".json").then(function (response) {
        if (!response.ok) {
          throw new Error("the exercise's files are missing (" + response.status + ")");
        }
        return response.json();
      }),
    ]).then(
      function (loaded) {
        opener.remove();
        buildRun(block, loaded[0], loaded[1], timeout);
      },
      function (error) {
        opener.disabled = false;
        opener.textContent = "Open the editor";
        block.appendChild(
          element("p", { role: "alert" }, "The editor could not be loaded: " + error.message + "."),
        );
      },
    );
  }

  function buildRun(block, editor, exercise, timeout) {
    var number = exercise.number;
    var names = Object.keys(exercise.editable);
    var files = Object.assign({}, exercise.editable, keptFiles(number));
    var editors = {};
    names.forEach(function (name) {
      var id = "course-run-" + number + "-" + name.replace(/[^a-z0-9]/gi, "-");
      block.appendChild(element("p", { class: "course-run__file", id: id }, name));
      var holder = element("div", { class: "course-run__editor" });
      block.appendChild(holder);
      editors[name] = editor.createEditor(holder, files[name], {
        label: name + ", exercise " + number,
        onRun: function () {
          run();
        },
        onChange: function (text) {
          files[name] = text;
          keepFiles(number, files);
        },
      });
      // The editor's text, for scripts that read it (the site's tests do).
      holder.courseText = editors[name].get;
    });
    var bar = element("div", { class: "course-run__bar" });
    var runButton = element("button", { type: "button", class: "md-button md-button--primary" }, "Run");
    var resetButton = element("button", { type: "button", class: "md-button" }, "Reset");
    var downloadButton = element("button", { type: "button", class: "md-button" }, "Download");
    bar.append(runButton, resetButton, downloadButton);
    block.appendChild(bar);
    block.appendChild(
      element(
        "p",
        { class: "course-run__help" },
        "Ctrl-Enter runs. In the editor Tab indents; press Escape, then Tab, to leave it.",
      ),
    );
    var status = element("p", { class: "course-run__status", role: "status" });
    block.appendChild(status);
    var verdict = element("pre", {
      class: "course-run__verdict",
      tabindex: "0",
      role: "region",
      "aria-label": "The checker's verdict on exercise " + number,
      hidden: "",
    });
    block.appendChild(verdict);

    function show(text) {
      verdict.textContent = text;
      verdict.hidden = false;
    }

    function run() {
      if (busy) {
        status.textContent = "A run is already going on in this page: wait for its verdict.";
        return;
      }
      busy = true;
      runButton.disabled = true;
      var started = performance.now();
      var texts = null;
      var current = null;
      var test = null;
      var timer = null;
      status.textContent = worker
        ? "Running your tests…"
        : "Starting Python in this page, then running your tests…";
      if (!worker) {
        worker = new Worker(RUNTIME + "worker.js");
      }
      var mine = worker;

      function finish(message) {
        clearTimeout(timer);
        busy = false;
        runButton.disabled = false;
        status.textContent = message;
      }

      function stop() {
        mine.terminate();
        if (worker === mine) {
          worker = null;
        }
        var text;
        if (texts && current && current.kind === "bug") {
          text = texts.bug;
        } else if (texts) {
          text = test ? texts.running : texts.collecting;
        } else {
          text = "The run took longer than " + timeout + " s and was stopped.";
        }
        show(
          text
            .split("\u27e8version\u27e9")
            .join(current ? current.version : "the reference")
            .split("\u27e8test\u27e9")
            .join(test || ""),
        );
        finish(
          "Stopped after " + timeout + " s: a test never ended. Fix it and press Run again " +
            "(Python starts afresh).",
        );
      }

      mine.onmessage = function (event) {
        var message = event.data;
        if (message.type === "stopped") {
          texts = message.texts;
        } else if (message.type === "progress" && message.event === "run") {
          current = message;
          test = null;
          clearTimeout(timer);
          timer = setTimeout(stop, timeout * 1000);
        } else if (message.type === "progress" && message.event === "test") {
          test = message.nodeid;
        } else if (message.type === "verdict") {
          show(message.text);
          var seconds = ((performance.now() - started) / 1000).toFixed(1);
          finish(
            (message.done ? "Done: exercise " + number + " passes every check." : "Not done yet.") +
              " The verdict took " + seconds + " s.",
          );
        } else if (message.type === "error") {
          show(message.message);
          finish("The checker could not grade this run: the message below says why.");
        }
      };
      mine.onerror = function (event) {
        finish("Python could not start in this page: " + (event.message || "unknown error") + ".");
        if (worker === mine) {
          worker = null;
        }
      };
      mine.postMessage({ type: "grade", base: RUNTIME, exercise: exercise, edited: files });
    }

    runButton.addEventListener("click", run);
    resetButton.addEventListener("click", function () {
      if (!window.confirm("Put exercise " + number + "'s files back as shipped? Your edits here are lost.")) {
        return;
      }
      forgetFiles(number);
      files = Object.assign({}, exercise.editable);
      names.forEach(function (name) {
        editors[name].set(files[name]);
      });
      forgetFiles(number);
      status.textContent = "Your files are back as the course ships them.";
    });
    downloadButton.addEventListener("click", function () {
      if (names.length === 1) {
        download(new Blob([files[names[0]]], { type: "text/plain" }), names[0].split("/").pop());
      } else {
        var folder = {};
        names.forEach(function (name) {
          folder[exercise.folder + "/" + name] = files[name];
        });
        download(zip(folder), exercise.folder + ".zip");
      }
      status.textContent = "Downloaded your files: put them in exercises/" + exercise.folder + "/ of your copy of the course.";
    });
    editors[names[0]].focus();
  }

  function setUpRuns() {
    document.querySelectorAll(".course-run[data-course-run]").forEach(function (block) {
      if (block.getAttribute("data-course-ready")) {
        return;
      }
      block.setAttribute("data-course-ready", "1");
      block.hidden = false;
      block.querySelector(".course-run__open").addEventListener("click", function () {
        openRun(block);
      });
    });
  }

  window.addEventListener("resize", setUpAccess);

  // Another tab changed the kept state: show it here too.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) {
      refresh();
    }
  });

  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
