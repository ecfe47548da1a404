/*
 * The course site's Web Worker: Pyodide, the packages the site serves, and the checker.
 *
 * The page (browser/run.js) posts {type: "boot", base} when the learner opens an
 * editor, so that Python starts while they write, and {type: "grade", base, exercise,
 * edited, stopped} on Run: `base` is the runtime folder's address, `exercise` the
 * exercise's bundle (its files by their path in the course, see
 * checker/course/browser.py), `edited` the learner's files, `stopped` the planted bugs
 * and correct versions whose run the page had to stop (see checker/learner/browser.py).
 * The worker answers with
 *   {type: "ready", seconds, steps}      Python started, site-packages.zip unpacked (the
 *                                        wheels, installed and compiled at build time)
 *   {type: "stopped", texts}             the checker's words for a run the page stops
 *   {type: "progress", event: "run"|"test", ...}   a run or a test starts
 *   {type: "verdict", text, done, ...}   the verdict, as `checker check N` prints it
 *   {type: "error", message}             something broke before a verdict
 * Everything comes from `base`, on the site's own host. The page ends this worker when a
 * run outlasts the exercise's time limit, and starts a fresh one for the next Run.
 */
"use strict";

let ready = null; // the promise of a started Python
const written = new Set();

async function boot(base) {
  importScripts(base + "pyodide/pyodide.js");
  const started = performance.now();
  const manifest = await (await fetch(base + "manifest.json")).json();
  // pytest, coverage, rich and the checker, installed and compiled at build time.
  const packages = fetch(base + manifest["site-packages"]).then((response) => {
    if (!response.ok) {
      throw new Error(`${manifest["site-packages"]}: ${response.status}`);
    }
    return response.arrayBuffer();
  });
  const python = await loadPyodide({ indexURL: base + "pyodide/", packages: [] });
  const loaded = performance.now();
  const purelib = python.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
  python.unpackArchive(await packages, "zip", { extractDir: purelib });
  python.runPython("import importlib; importlib.invalidate_caches()");
  const unpacked = performance.now();
  // Import what every run needs now, while the page shows "starting".
  python.runPython("import checker.learner.browser, pytest, coverage");
  const seconds = (from, to) => Math.round(to - from) / 1000;
  postMessage({
    type: "ready",
    seconds: seconds(started, performance.now()),
    steps: {
      start: seconds(started, loaded),
      packages: seconds(loaded, unpacked),
      imports: seconds(unpacked, performance.now()),
    },
  });
  return python;
}

function write(python, exercise) {
  if (written.has(exercise.number)) {
    return;
  }
  for (const [name, text] of Object.entries(exercise.files)) {
    const path = "/course/" + name;
    python.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
    python.FS.writeFile(path, text);
  }
  written.add(exercise.number);
}

onmessage = async (event) => {
  const message = event.data;
  try {
    ready = ready || boot(message.base);
    const pyodide = await ready;
    if (message.type !== "grade") {
      return;
    }
    write(pyodide, message.exercise);
    const browser = pyodide.pyimport("checker.learner.browser");
    const number = message.exercise.number;
    postMessage({ type: "stopped", texts: JSON.parse(browser.stopped(number)) });
    const edited = pyodide.toPy(message.edited);
    const stopped = pyodide.toPy(message.stopped || {});
    const notify = (text) => postMessage({ type: "progress", ...JSON.parse(text) });
    const verdict = JSON.parse(browser.grade.callKwargs(number, edited, notify, { stopped }));
    edited.destroy();
    stopped.destroy();
    browser.destroy();
    postMessage({ type: "verdict", ...verdict });
  } catch (error) {
    postMessage({ type: "error", message: String(error && error.message ? error.message : error) });
  }
};
