/*
 * The exercise editor: CodeMirror 6 with Python highlighting (for .py files), bundled by esbuild with
 * run.js into the site's runtime folder (`nox -s browser-runtime`), loaded only when a
 * learner opens the editor of an exercise (see docs/assets/course.js).
 *
 * Keyboard: the usual editing keys; Tab indents, and Escape then Tab leaves the editor
 * (CodeMirror's tab focus mode); Ctrl-Enter (Cmd-Enter) runs the exercise.
 */
import { basicSetup, EditorView } from "codemirror";
import { python } from "@codemirror/lang-python";
import { indentWithTab } from "@codemirror/commands";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { keymap } from "@codemirror/view";
import { tags } from "@lezer/highlight";

// The colours of the site's own code blocks (docs/assets/course.css), chosen for WCAG AA
// contrast in the light and the dark scheme; CodeMirror's default is for light only.
const colour = (name) => `var(--md-code-hl-${name}-color)`;
const siteColours = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword], color: colour("keyword") },
  { tag: [tags.string, tags.special(tags.string)], color: colour("string") },
  { tag: [tags.number, tags.bool, tags.null], color: colour("number") },
  { tag: tags.comment, color: colour("comment"), fontStyle: "italic" },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: colour("function") },
  { tag: [tags.definition(tags.variableName), tags.className], color: colour("constant") },
  { tag: [tags.operator, tags.punctuation], color: colour("operator") },
  { tag: tags.meta, color: colour("special") },
]);
const siteTheme = EditorView.theme({
  "&": { color: "var(--md-code-fg-color)", backgroundColor: "var(--md-code-bg-color)" },
  ".cm-content": { caretColor: "var(--md-code-fg-color)", fontFamily: "var(--md-code-font-family)" },
  ".cm-gutters": {
    color: colour("comment"),
    backgroundColor: "var(--md-code-bg-color)",
    borderRight: "1px solid var(--md-default-fg-color--lighter)",
  },
  ".cm-activeLineGutter, .cm-activeLine": { backgroundColor: "var(--md-accent-fg-color--transparent)" },
});

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
      options.python ? python() : [],
      syntaxHighlighting(siteColours),
      siteTheme,
      // Long lines wrap: the editor never scrolls sideways, nor inside the page.
      EditorView.lineWrapping,
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
