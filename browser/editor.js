/*
 * The exercise editor: CodeMirror 6 with Python highlighting, bundled by esbuild into the
 * site's runtime folder (`nox -s browser-runtime`), loaded only when a learner opens the
 * editor of an exercise (see docs/assets/course.js).
 *
 * Keyboard: the usual editing keys; Tab indents, and Escape then Tab leaves the editor
 * (CodeMirror's tab focus mode); Ctrl-Enter (Cmd-Enter) runs the exercise.
 */
import { basicSetup, EditorView } from "codemirror";
import { python } from "@codemirror/lang-python";
import { indentWithTab } from "@codemirror/commands";
import { keymap } from "@codemirror/view";

export function createEditor(parent, text, options) {
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      keymap.of([
        { key: "Mod-Enter", run: () => { options.onRun(); return true; } },
        indentWithTab,
      ]),
      basicSetup,
      python(),
      EditorView.contentAttributes.of({ "aria-label": options.label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) {
          options.onChange(update.state.doc.toString());
        }
      }),
    ],
  });
  return {
    get: () => view.state.doc.toString(),
    set: (value) =>
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } }),
    focus: () => view.focus(),
  };
}
