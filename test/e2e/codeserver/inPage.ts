/**
 * Code that runs inside the workbench page to read what the editor draws. Kept as plain
 * JavaScript source: it must not be type-checked against Node's globals nor rewritten by
 * the TypeScript loader (which adds helpers that do not exist in the page).
 */

/** `(editorSelector) => string[]`: the editor's visible lines, top to bottom, nbsp as space. */
const lines = `(sel) => {
  const editor = document.querySelector(sel);
  if (!editor) return [];
  const rows = Array.from(editor.querySelectorAll('.view-lines .view-line'));
  rows.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
  return rows.map((l) => (l.textContent || '').replace(/\\u00a0/g, ' '));
}`;

/**
 * \`(editorSelector, needle, occurrence) => {x, y, width, height} | null\`: where the nth
 * occurrence of needle is drawn. Monaco splits a line into token spans, so string offsets
 * are mapped back to text nodes.
 */
const textBox = `(sel, needle, occurrence) => {
  const editor = document.querySelector(sel);
  if (!editor) return null;
  let seen = 0;
  for (const line of editor.querySelectorAll('.view-lines .view-line')) {
    const nodes = [];
    let text = '';
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) { nodes.push({ node: walker.currentNode, start: text.length }); text += walker.currentNode.data; }
    text = text.replace(/\\u00a0/g, ' ');
    let at = text.indexOf(needle);
    while (at >= 0 && seen < occurrence) { seen++; at = text.indexOf(needle, at + 1); }
    if (at < 0) continue;
    const locate = (offset, isEnd) => {
      for (let i = nodes.length - 1; i >= 0; i--) {
        const n = nodes[i];
        if (offset > n.start || (!isEnd && offset === n.start)) return [n.node, offset - n.start];
      }
      return [nodes[0].node, 0];
    };
    const range = document.createRange();
    const s = locate(at, false), e = locate(at + needle.length, true);
    range.setStart(s[0], s[1]);
    range.setEnd(e[0], e[1]);
    const r = range.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }
  return null;
}`;

/**
 * \`(editorSelector) => {severity, text}[]\`: each squiggle and the characters it underlines
 * (those whose centre lies inside it), found by geometry as a person would see it.
 */
const squiggles = `(sel) => {
  const editor = document.querySelector(sel);
  if (!editor) return [];
  const rows = Array.from(editor.querySelectorAll('.view-lines .view-line'));
  const out = [];
  for (const sq of editor.querySelectorAll('.view-overlays [class*="squiggly-"]')) {
    const m = /squiggly-(error|warning|info|hint)/.exec(sq.className);
    const r = sq.getBoundingClientRect();
    const midY = r.top + r.height / 2;
    const line = rows.find((l) => { const b = l.getBoundingClientRect(); return b.top <= midY && midY < b.bottom; });
    if (!line) continue;
    let text = '';
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const c = range.getBoundingClientRect();
        const mid = c.left + c.width / 2;
        if (mid > r.left && mid < r.right) text += node.data[i];
      }
    }
    out.push({ severity: m ? m[1] : 'unknown', text: text.replace(/\\u00a0/g, ' ') });
  }
  return out;
}`;

/** \`(selector) => {label, level, top}[]\`: accessible labels of list rows (the Problems tree). */
const listRows = `(sel) => Array.from(document.querySelectorAll(sel)).map((e) => ({
  label: e.getAttribute('aria-label') || '', level: e.getAttribute('aria-level') || '', top: parseFloat(e.style.top) || 0,
}))`;

const functions = { lines, textBox, squiggles, listRows };

/** A page-side expression that calls one of the functions above with JSON arguments. */
export function callInPage(name: keyof typeof functions, ...args: (string | number)[]): string {
  return `(${functions[name]})(${args.map((a) => JSON.stringify(a)).join(', ')})`;
}
