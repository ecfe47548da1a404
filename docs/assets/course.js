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
 *   grades them with the checker in a Web Worker: browser/run.js and browser/worker.js,
 *   served from runtime/, which load with the editor and Python only when asked for.
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

  // The editor, the worker and the rest load from the runtime only when asked for.
  var RUNTIME = new URL("runtime/", scope).href;

  function openRun(block) {
    var opener = block.querySelector(".course-run__open");
    opener.disabled = true;
    opener.textContent = "Opening the editor…";
    import(RUNTIME + "run.js")
      .then(function (run) {
        return run.open(block, { runtime: RUNTIME, key: scope.pathname + ".course-run/" });
      })
      .then(
        function () {
          opener.remove();
        },
        function (error) {
          opener.disabled = false;
          opener.textContent = "Open the editor";
          var alert = document.createElement("p");
          alert.setAttribute("role", "alert");
          alert.textContent = "The editor could not be loaded: " + error.message + ".";
          block.appendChild(alert);
        },
      );
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
