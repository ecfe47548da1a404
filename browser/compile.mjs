/*
 * Build step of `nox -s browser-runtime`, in Node: install the wheels into a Pyodide of
 * the very version the site serves, compile them to bytecode there, and pack the result
 * as one zip for the browser to unpack into its site-packages. The browser then imports
 * pytest and the checker without compiling them first, and fetches one file, not ten.
 *
 *     node browser/compile.mjs PYODIDE_PACKAGE_FOLDER WHEELS_FOLDER OUTPUT_ZIP
 *
 * The bytecode is "unchecked-hash" (PEP 552): valid whatever the files' times once
 * unpacked, as the sources beside it never change.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [packageFolder, wheelsFolder, output] = process.argv.slice(2).map((p) => resolve(p));
const { loadPyodide } = await import(pathToFileURL(join(packageFolder, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL: packageFolder + "/" });
const site = "/build/site-packages";
pyodide.FS.mkdirTree(site);
for (const name of readdirSync(wheelsFolder).filter((n) => n.endsWith(".whl")).sort()) {
  const bytes = new Uint8Array(readFileSync(join(wheelsFolder, name)));
  pyodide.unpackArchive(bytes, "wheel", { extractDir: site });
}
pyodide.runPython(`
import compileall, py_compile, re, shutil
# Not pygments' hundreds of lexers and styles: pytest imports none of them here.
ok = compileall.compile_dir(${JSON.stringify(site)}, quiet=1,
    rx=re.compile(r"pygments/(lexers|styles)/"),
    invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
if not ok:
    raise SystemExit("some files did not compile")
shutil.make_archive("/build/out", "zip", ${JSON.stringify(site)})
`);
writeFileSync(output, pyodide.FS.readFile("/build/out.zip"));
