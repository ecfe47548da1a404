/*
 * The course's own behaviour, on every page of the site:
 *
 * - quizzes: a chapter's `??? question` blocks (a task list with the right answer ticked,
 *   then a "Why:" paragraph) become questions the learner answers; the answer is judged at
 *   once, the explanation shown, and the choice kept;
 * - tick boxes: every `input[data-course-done]` (one per chapter, one per exercise) keeps
 *   its state;
 * - the progress page: counts, bars and quiz scores from what was kept.
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
      input.addEventListener("change", function () {
        keep(index);
        show(index);
      });
      return input;
    });
    var feedback = document.createElement("p");
    feedback.className = "course-quiz__feedback";
    feedback.setAttribute("role", "status");
    list.replaceWith(choices);
    choices.after(feedback);

    // The answer is kept by its text, so that reordering the choices does not move it.
    function keep(chosen) {
      var state = load();
      state.quiz[page] = state.quiz[page] || {};
      state.quiz[page][question] = { answer: answers[chosen], right: right[chosen] };
      save(state);
    }

    function show(chosen) {
      inputs.forEach(function (input, index) {
        var label = input.parentElement;
        input.checked = index === chosen;
        label.classList.toggle("course-quiz__choice--right", right[index]);
        label.classList.toggle("course-quiz__choice--wrong", index === chosen && !right[index]);
      });
      details.classList.toggle("course-quiz--right", right[chosen]);
      details.classList.toggle("course-quiz--wrong", !right[chosen]);
      feedback.textContent = right[chosen]
        ? "Right."
        : "Not quite: the right answer is marked.";
      why.forEach(function (node) {
        node.hidden = false;
      });
    }

    // The script hides the answer until it is given, so the question need not be folded.
    details.open = true;
    var kept = (load().quiz[page] || {})[question];
    var chosen = kept ? answers.indexOf(kept.answer) : -1;
    if (chosen !== -1) {
      if (kept.right !== right[chosen]) {
        keep(chosen); // the author changed which answer is right: judge it again
      }
      show(chosen);
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
      var answers = Object.values(state.quiz[score.dataset.courseQuiz] || {});
      var good = answers.filter(function (answer) {
        return answer.right;
      }).length;
      asked += questions;
      answered += answers.length;
      right += good;
      score.hidden = answers.length === 0;
      score.textContent =
        "quiz: " + good + " right of " + answers.length + " answered (" + questions + " questions)";
    });
    var total = summary.querySelector("[data-course-quiz-total]");
    total.textContent =
      answered === 0
        ? "none yet (" + asked + " questions in all)"
        : right + " right of " + answered + " answered (" + asked + " questions in all)";
  }

  /* -- on every page -------------------------------------------------------------------- */

  function setUp() {
    setUpQuizzes();
    setUpTicks();
    showSummary(load());
  }

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
