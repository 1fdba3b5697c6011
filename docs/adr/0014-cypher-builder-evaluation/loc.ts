/** Lines of code (non-blank, not only comment) and non-whitespace characters (comments left out) of named top-level declarations. */
import ts from './repo/node_modules/typescript/lib/typescript.js';
import { readFileSync } from 'node:fs';
function measure(file: string, names: string[], dropLines: (line: string) => boolean = () => false) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let lines = 0, chars = 0;
  for (const st of sf.statements) {
    const name = (st as any).name?.text ?? ((st as any).declarationList?.declarations?.[0]?.name?.text);
    if (!names.includes(name)) continue;
    const code = text.slice(st.getStart(sf, false), st.end).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const line of code.split('\n')) {
      if (!line.trim() || dropLines(line)) continue;
      lines++;
      chars += line.replace(/\s+/g, '').length;
    }
  }
  return { lines, chars };
}
// Ours: the same scope as the library version (the anchor branches of eventMatch serve eventsByParent, not eventPage: left out).
let inAnchor = false;
const dropAnchor = (line: string) => {
  if (line.includes("if (anchor?.kind === 'place')")) { inAnchor = true; return true; }
  if (inAnchor && line.includes('} else if (filter.placeId)')) { inAnchor = false; return false; }
  return inAnchor;
};
const ours = measure('./repo/src/db/queries/lists.ts', ['eventMatch', 'periodOverlapMatch', 'whereClause', 'eventOrder', 'DISTANCE', 'union', 'eventPage']);
inAnchor = false;
const oursNoAnchor = measure('./repo/src/db/queries/lists.ts', ['eventMatch', 'periodOverlapMatch', 'whereClause', 'eventOrder', 'DISTANCE', 'union', 'eventPage'], dropAnchor);
const lib = measure('./lib-builders.ts', ['eventMatchLib', 'eventPageLib', 'P', 'node', 'date', 'LibFragment']);
const hopOurs = measure('./repo/src/db/queries/explore.ts', ['hop']);
const hopLib = measure('./lib-builders.ts', ['hopLib']);
console.log(JSON.stringify({ eventPage: { ours, oursNoAnchor, lib }, hop: { ours: hopOurs, lib: hopLib } }, null, 1));
