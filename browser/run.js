/*
 * Run in the browser, on a chapter page: the editor of an exercise's files, Run, Reset and
 * Download, and the Web Worker that grades (worker.js). docs/assets/course.js imports this
 * module from the site's runtime/ folder (where `nox -s browser-runtime` copies it) when
 * the learner opens an exercise's editor; nothing of it loads with the page.
 *
 * - the learner's files are kept in localStorage, one key per exercise; Reset puts back
 *   the shipped ones, Download saves them (one file as itself, several as a zip);
 * - one worker serves the page and stays warm between runs; it starts when an editor
 *   opens, so that Python is ready, or nearly, by the first Run;
 * - each run of pytest has the exercise's time limit: the worker announces every run and
 *   test, and when one outlasts the limit the page ends the worker. The reference's run:
 *   the page shows the checker's words for it (which the worker sent beforehand), and
 *   starts a fresh worker next time. A planted bug's or a correct version's run: the bug
 *   counts as caught, by a timeout, the correct version makes the suite not valid, as in
 *   the checker, and a fresh worker grades again without running that version, to the
 *   whole verdict.
 */
import * as editor from "./editor.js";

var RUNTIME = "";
var RUN_KEY = "";
var worker = null; // one for the page, kept warm between runs
var busy = false;
var START_LIMIT = 120; // seconds for Python to start and begin the first run

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

function build(block, editor, exercise, timeout) {
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
      python: /\.py$/.test(name),
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
    grade(performance.now(), {}, files);
  }

  /* One grading in a worker; `stopped`: the planted bugs and correct versions whose run
     was stopped so far (version, as the worker names it: test), taken as timed out, as
     the checker takes them. */
  function grade(started, stopped, edited) {
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
    // Python's start has no time limit of the exercise's, but a worker that never
    // answers must not leave the page waiting for ever.
    timer = setTimeout(function () {
      mine.terminate();
      if (worker === mine) {
        worker = null;
      }
      finish(
        "Python did not start in this page within " + START_LIMIT + " s. Press Run to try " +
          "again; if it keeps failing, check the exercise on your machine.",
      );
    }, START_LIMIT * 1000);

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
      if (current && (current.kind === "bug" || current.kind === "correct")) {
        // The checker counts a bug as caught, by a timeout, and a correct version's
        // endless run against the suite, and goes on: so does the page, in a fresh
        // worker that does not run this version again.
        stopped[current.version] = test;
        grade(started, stopped, edited);
        status.textContent =
          current.kind === "bug"
            ? "Planted bug '" + current.name + "' made a test run for " + timeout + " s: " +
              "it counts as caught. Python starts afresh to grade the rest…"
            : "On the correct version '" + current.name + "' a test ran for " + timeout +
              " s and was stopped. Python starts afresh to finish the verdict…";
        return;
      }
      var text;
      if (texts) {
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
    mine.postMessage({
      type: "grade",
      base: RUNTIME,
      exercise: exercise,
      edited: edited,
      stopped: stopped,
    });
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
  // Python starts now, while the learner writes: the first Run then only grades.
  if (!worker) {
    worker = new Worker(RUNTIME + "worker.js");
    worker.postMessage({ type: "boot", base: RUNTIME });
  }
}

/** Turn a `.course-run` block into the editor of its exercise's files. */
export async function open(block, where) {
  RUNTIME = where.runtime;
  RUN_KEY = where.key;
  var number = block.getAttribute("data-course-run");
  var timeout = parseFloat(block.getAttribute("data-course-timeout")) || 30;
  var response = await fetch(RUNTIME + "exercises/" + number + ".json");
  if (!response.ok) {
    throw new Error("the exercise's files are missing (" + response.status + ")");
  }
  build(block, editor, await response.json(), timeout);
}
