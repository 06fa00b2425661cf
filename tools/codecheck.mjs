#!/usr/bin/env node
// codecheck — the rules of STYLE.md that the compiler does not enforce, checked on the
// tokens of every C file of src/ (comments and preprocessor lines skipped).
//   node tools/codecheck.mjs [FILE.c|FILE.h|FILE.po ...]   (default: src/**/*.{c,h}, po/*.po)
// Prints one "file:line: [rule] message" per violation and exits 1 if there is any.
// The rules (see `rules` below for their names):
//   fmt-literal  the format given to a printf-like function (html, html_v, arena_printf,
//                buf_printf, log_*, snprintf...) is a string literal, a translated literal
//                (_(r, "..."), F_(f, "..."), _n(r, "...", "...", n), N_("..."), i18n_get(l,
//                "...")...) or a choice
//                between such (c ? "a" : "b"); html_lit takes a literal only.
//   html-conv    formats given to html()/html_v() use only the writer's conversions:
//                %s %d %i %u %x %c %% (length h hh l ll z j on numbers, precision on %s only,
//                no flags, no width): anything else is misprinted or misreads arguments.
//   html-raw     html_raw_ is called through html_lit only.
//   stmt-arg     db_select_one/_many/_int64 and db_exec(_changes) get &Q_NAME (a DB_STMT of
//                this file), &st (a DB_SQL of the calling function), a choice between such,
//                or a statement pointer; never the address of anything else.
//   stmt-macro   a DbStmt is only defined with DB_STMT(...) at file scope or DB_SQL(st, ...)
//                inside the function that runs it: no other DbStmt object, compound literal,
//                cast, or write to a .sql/.name field.
//   sql-literal  the name and SQL of a DB_STMT or DB_SQL are string literals (or macros that
//                are string literals), nothing computed.
//   sql-runtime  no SQL text outside a DB_STMT or DB_SQL: an SQL-looking string literal anywhere else
//                (given to printf, buf, strcat...) means SQL assembled at run time; the raw
//                engine calls (sqlite3_exec/prepare, PQexec/PQprepare, db_exec_script) are
//                only used in src/db/ and with literal text (migrations run embedded files).
//   po-format    a translation has the same conversions, in the same order, as its msgid.
//   page-calls   a page file never calls another page file: a file of src/pages/F/ includes
//                no page header but F's own (pages/F/F.h), and that header declares request
//                handlers (page_*) only; what pages share lives in views/, html/, flows/ or
//                domain/. (A sample file may say which path it stands for with a comment
//                "codecheck-path: src/pages/F/NAME" in its first lines.)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);

// name -> index of the format argument
const PRINTF = {
  html: 1, html_v: 1, arena_printf: 1, arena_vprintf: 1, buf_printf: 1,
  log_line: 3, log_info: 0, log_warn: 0, log_bug: 0, log_fatal: 0,
  printf: 0, fprintf: 1, dprintf: 1, sprintf: 1, snprintf: 2,
  vprintf: 0, vfprintf: 1, vdprintf: 1, vsprintf: 1, vsnprintf: 2, asprintf: 1, vasprintf: 1,
};
const HTML_FMT = new Set(['html', 'html_v']);
// translators -> indexes of their message arguments (singular and plural)
const TRANSLATE = { _: [1], F_: [1], N_: [0], i18n_get: [1], _n: [1, 2], F_n: [1, 2], i18n_nget: [1, 2] };
const STMT_CALLS = { db_select_one: 1, db_select_many: 1, db_select_int64: 1, db_exec: 1, db_exec_changes: 1 };
const ENGINE_CALLS = new Set(['sqlite3_exec', 'sqlite3_prepare', 'sqlite3_prepare_v2',
  'sqlite3_prepare_v3', 'PQexec', 'PQprepare', 'PQexecParams', 'PQsendQuery', 'db_exec_script']);
// the only places where text that is not a literal reaches the engine, and why
const ALLOWED_ENGINE_TEXT = [
  { file: 'src/db/migrate.c', fn: 'apply_one', why: 'runs a schema file embedded at build time' },
];
// uppercase SQL, as written in statements; English prose does not match
const SQL_RE = /\b(SELECT\b[^]*\bFROM|INSERT\s+INTO|UPDATE\s+[a-z_]+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|UNIQUE)|ALTER\s+TABLE|DROP\s+(TABLE|INDEX)|WHERE\s+[a-z_.]+\s*(=|IN|IS|<|>)|ORDER\s+BY|GROUP\s+BY)\b/;

const problems = [];
const formatMsgids = new Set(); // translated literals used as formats (checked in the .po files)
function report(file, line, rule, msg) {
  problems.push({ file, line, rule, msg });
}

// --- tokens ---------------------------------------------------------------------------

function tokenize(src) {
  const toks = [];
  let i = 0, line = 1, bol = true;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === '\n') { line++; i++; bol = true; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') { i++; continue; }
    if (c === '\\' && src[i + 1] === '\n') { i += 2; line++; continue; }
    if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      const end = e < 0 ? n : e + 2;
      for (let k = i; k < end; k++) if (src[k] === '\n') line++;
      i = end; continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '#' && bol) { // a preprocessor line, with its continuations
      const startLine = line;
      let text = '';
      while (i < n && src[i] !== '\n') {
        if (src[i] === '\\' && src[i + 1] === '\n') { i += 2; line++; text += ' '; continue; }
        if (src[i] === '/' && src[i + 1] === '*') {
          const e = src.indexOf('*/', i + 2);
          const end = e < 0 ? n : e + 2;
          for (let k = i; k < end; k++) if (src[k] === '\n') line++;
          i = end; text += ' '; continue;
        }
        if (src[i] === '/' && src[i + 1] === '/') { while (i < n && src[i] !== '\n') i++; break; }
        text += src[i++];
      }
      toks.push({ t: 'pp', v: text, line: startLine });
      continue;
    }
    bol = false;
    if (c === '"' || c === "'") {
      let j = i + 1, v = '';
      while (j < n && src[j] !== c) {
        if (src[j] === '\\') { v += src[j] + src[j + 1]; j += 2; continue; }
        if (src[j] === '\n') break;
        v += src[j++];
      }
      toks.push({ t: c === '"' ? 'str' : 'chr', v, line });
      i = j + 1; continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_]/.test(src[j])) j++;
      const v = src.slice(i, j);
      // string prefixes: u8"..", L".."
      if ((v === 'u8' || v === 'L' || v === 'u' || v === 'U') && src[j] === '"') { i = j; continue; }
      toks.push({ t: 'id', v, line });
      i = j; continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1]))) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_.]/.test(src[j])) j++;
      toks.push({ t: 'num', v: src.slice(i, j), line });
      i = j; continue;
    }
    const three = src.slice(i, i + 3), two = src.slice(i, i + 2);
    if (three === '...' || three === '<<=' || three === '>>=') { toks.push({ t: 'p', v: three, line }); i += 3; continue; }
    if (['->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '##'].includes(two)) {
      toks.push({ t: 'p', v: two, line }); i += 2; continue;
    }
    toks.push({ t: 'p', v: c, line }); i++;
  }
  return toks;
}

// Object-like macros whose body is string literals only (SQL fragments, column lists).
const strMacros = new Map();   // NAME -> body tokens
const strFnMacros = new Map(); // NAME(a, b) -> {params, body tokens}
function collectMacros(toks) {
  for (const tk of toks) {
    if (tk.t !== 'pp') continue;
    const f = /^#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)\(([^)]*)\)\s*(.*)$/.exec(tk.v);
    if (f) {
      const params = f[2].split(',').map((x) => x.trim());
      strFnMacros.set(f[1], { params, body: tokenize(f[3]).filter((x) => x.t !== 'pp') });
      continue;
    }
    const m = /^#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$/.exec(tk.v);
    if (m) strMacros.set(m[1], tokenize(m[2]).filter((x) => x.t !== 'pp'));
  }
}
// The text of tokens that are string literals, macros made of them (object- or function-
// like, with string arguments) and PRI* length macros; null for anything else.
function stringOf(toks, env = {}, seen = new Set()) {
  let s = '', any = false;
  for (let k = 0; k < toks.length; k++) {
    const tk = toks[k];
    if (tk.t === 'str') { s += tk.v; any = true; continue; }
    if (tk.t !== 'id') return null;
    if (tk.v in env) { s += env[tk.v]; any = true; continue; }
    const p = priText(tk.v);
    if (p !== null) { s += p; continue; }
    if (seen.has(tk.v)) return null;
    if (strFnMacros.has(tk.v) && toks[k + 1]?.v === '(') {
      const { params, body } = strFnMacros.get(tk.v);
      const { args, end } = callArgs(toks, k + 1);
      if (args.length !== params.length) return null;
      const inner = {};
      for (let i = 0; i < params.length; i++) {
        const v = stringOf(args[i], env, seen);
        if (v === null) return null;
        inner[params[i]] = v;
      }
      const t = stringOf(body, inner, new Set([...seen, tk.v]));
      if (t === null) return null;
      s += t; any = true; k = end; continue;
    }
    if (strMacros.has(tk.v)) {
      const t = stringOf(strMacros.get(tk.v), {}, new Set([...seen, tk.v]));
      if (t === null) return null;
      s += t; any = true; continue;
    }
    return null;
  }
  return any ? s : null;
}
function macroText(name) {
  return strMacros.has(name) ? stringOf(strMacros.get(name), {}, new Set([name])) : null;
}
const PRI = /^(PRI|SCN)([diouxX])(8|16|32|64|MAX|PTR|LEAST\d+|FAST\d+)$/;
function priText(v) {
  const m = PRI.exec(v);
  if (!m) return null;
  return (m[3] === '64' || m[3] === 'MAX' || m[3] === 'PTR' ? 'l' : '') + m[2];
}

// printf-like functions declared in the tree (__attribute__((format(printf, N, M)))): their
// format is checked like html()'s; those whose definition writes with html_v()/html() take
// the HTML writer's conversions only.
function collectWrappers(toks) {
  for (let i = 0; i < toks.length; i++) {
    if (!(toks[i].v === 'format' && toks[i + 1]?.v === '(' && toks[i + 2]?.v === 'printf' && toks[i + 3]?.v === ',' && toks[i + 4]?.t === 'num')) continue;
    // back to the attribute, then to the parameter list before it
    let k = i;
    while (k > 0 && toks[k].v !== '__attribute__') k--;
    if (toks[k - 1]?.v !== ')') continue;
    let d = 0, open = k - 1;
    for (; open >= 0; open--) {
      if (toks[open].v === ')') d++;
      else if (toks[open].v === '(') { d--; if (d === 0) break; }
    }
    const name = toks[open - 1]?.t === 'id' ? toks[open - 1].v : null;
    if (name && !(name in PRINTF)) PRINTF[name] = Number(toks[i + 4].v) - 1;
  }
  // definitions of those that write HTML
  for (let i = 0; i < toks.length; i++) {
    const name = toks[i].v;
    if (toks[i].t !== 'id' || !(name in PRINTF) || HTML_FMT.has(name) || toks[i + 1]?.v !== '(') continue;
    const { end } = callArgs(toks, i + 1);
    if (toks[end + 1]?.v !== '{') continue;
    const { end: close } = callArgs(toks, end + 1);
    for (let k = end + 2; k < close; k++) {
      if ((toks[k].v === 'html_v' || toks[k].v === 'html') && toks[k + 1]?.v === '(') { HTML_FMT.add(name); break; }
    }
  }
}

// tokens of a parenthesised argument list starting at toks[i] === '(' -> {args, end}
function callArgs(toks, i) {
  const args = [];
  let cur = [], depth = 0, j = i;
  for (; j < toks.length; j++) {
    const tk = toks[j];
    if (tk.t === 'pp') continue;
    if (tk.t === 'p' && (tk.v === '(' || tk.v === '[' || tk.v === '{')) {
      depth++;
      if (depth === 1) continue;
    } else if (tk.t === 'p' && (tk.v === ')' || tk.v === ']' || tk.v === '}')) {
      depth--;
      if (depth === 0) { args.push(cur); break; }
    } else if (depth === 1 && tk.t === 'p' && tk.v === ',') {
      args.push(cur); cur = []; continue;
    }
    cur.push(tk);
  }
  if (args.length === 1 && args[0].length === 0) args.length = 0;
  return { args, end: j };
}

function stripParens(a) {
  while (a.length >= 2 && a[0].v === '(' && a[a.length - 1].v === ')') {
    // only if the outer parens match each other
    let d = 0, ok = true;
    for (let k = 0; k < a.length; k++) {
      if (a[k].v === '(') d++;
      else if (a[k].v === ')') { d--; if (d === 0 && k < a.length - 1) { ok = false; break; } }
    }
    if (!ok) break;
    a = a.slice(1, -1);
  }
  return a;
}

// The texts a format argument can have, or null when it is not literal.
// strict: string literals only (no translation, no choice)
function literalTexts(arg, strict = false) {
  arg = stripParens(arg);
  if (!arg.length) return null;
  // c ? A : B
  if (!strict) {
    let d = 0, q = -1, colon = -1, nested = 0;
    for (let k = 0; k < arg.length; k++) {
      const v = arg[k].t === 'p' ? arg[k].v : null;
      if (v === '(' || v === '[') d++;
      else if (v === ')' || v === ']') d--;
      else if (d === 0 && v === '?') { if (q < 0) q = k; else nested++; }
      else if (d === 0 && v === ':' && q >= 0) { if (nested) nested--; else { colon = k; break; } }
    }
    if (q >= 0 && colon > q) {
      const a = literalTexts(arg.slice(q + 1, colon));
      const b = literalTexts(arg.slice(colon + 1));
      return a && b ? [...a, ...b] : null;
    }
    // a translated literal
    if (arg[0].t === 'id' && arg[0].v in TRANSLATE && arg[1] && arg[1].v === '(') {
      const { args, end } = callArgs(arg, 1);
      if (end !== arg.length - 1) return null;
      const out = [];
      for (const k of TRANSLATE[arg[0].v]) {
        const t = args[k] && literalTexts(args[k], true);
        if (!t) return null;
        out.push(...t);
      }
      return out;
    }
  }
  const t = stringOf(arg);
  return t === null ? null : [t];
}

// The msgids of the translated literals in a format argument.
function translatedTexts(arg) {
  const out = [];
  for (let k = 0; k < arg.length; k++) {
    if (arg[k].t === 'id' && arg[k].v in TRANSLATE && arg[k + 1]?.v === '(') {
      const { args, end } = callArgs(arg, k + 1);
      for (const n of TRANSLATE[arg[k].v]) {
        const t = args[n] && literalTexts(args[n], true);
        if (t) out.push(...t);
      }
      k = end;
    }
  }
  return out;
}

// Each conversion of an html() format that the writer does not handle as printf would.
function htmlConvProblems(fmt) {
  const out = [];
  const re = /%([-+ #0']*)(\*|[0-9]+)?(\.(\*|[0-9]*))?(hh|h|ll|l|L|z|j|t|q)?(.?)/g;
  let m;
  while ((m = re.exec(fmt))) {
    const [all, flags, width, prec, , len, conv] = m;
    if (all === '%%') continue;
    if (!'sdiuxc'.includes(conv) || conv === '') { out.push(`%${conv || '(end)'} is not a conversion of the writer (${all})`); continue; }
    if (conv === '%' && (flags || width || prec || len)) { out.push(`${all}: malformed %%`); continue; }
    if (flags) out.push(`${all}: flags are ignored by the writer`);
    if (width) out.push(`${all}: a width is ignored by the writer${width === '*' ? ' and its * argument misread' : ''}`);
    if (prec && conv !== 's') out.push(`${all}: a precision is only supported on %s`);
    if (len && (conv === 's' || conv === 'c')) out.push(`${all}: wide characters are not supported`);
    else if (len && !['h', 'hh', 'l', 'll', 'z', 'j'].includes(len)) out.push(`${all}: length ${len} is not supported`);
  }
  return out;
}

// the conversions of a format, for comparing a msgid with its msgstr
function conversions(fmt) {
  const out = [];
  const re = /%(?:[0-9]+\$)?[-+ #0']*(?:\*|[0-9]+)?(?:\.(?:\*|[0-9]*))?(?:hh|h|ll|l|L|z|j|t|q)?(.?)/g;
  let m;
  while ((m = re.exec(fmt))) if (m[0] !== '%%') out.push(m[0]);
  return out;
}

// &Q_NAME of this file, &st of this function, c ? &Q_A : &Q_B, or a pointer variable (a
// parameter, or one chosen from a table of &Q_NAME): as no DbStmt exists but through DB_STMT
// or DB_SQL (stmt-macro), a pointer
// can only hold one of those. An address of anything else, a cast or a literal is refused.
function stmtRef(arg, stmts) {
  const a = stripParens(arg);
  if (a.length === 2 && a[0].v === '&' && a[1].t === 'id') return stmts.has(a[1].v);
  if (a.length === 1 && a[0].t === 'id') return true;
  let d = 0;
  for (let k = 0; k < a.length; k++) {
    const v = a[k].v;
    if (v === '(' || v === '[') d++;
    else if (v === ')' || v === ']') d--;
    else if (d === 0 && v === '?') {
      let dd = 0;
      for (let c = k + 1; c < a.length; c++) {
        const w = a[c].v;
        if (w === '(' || w === '[') dd++;
        else if (w === ')' || w === ']') dd--;
        else if (dd === 0 && w === ':') return stmtRef(a.slice(k + 1, c), stmts) && stmtRef(a.slice(c + 1), stmts);
      }
      return false;
    }
  }
  return false;
}

// --- one C file --------------------------------------------------------------------

function checkPageCalls(file, src) {
  const as = /codecheck-path: (src\/[\w\/]+\.[ch])\b/.exec(src.slice(0, 600))?.[1] ?? file;
  const m = /^src\/pages\/([a-z_]+)\/([a-z_]+)\.[ch]$/.exec(as);
  if (!m) return;
  const lines = src.split('\n');
  lines.forEach((l, k) => {
    const inc = /^\s*#\s*include\s+"pages\/([a-z_]+)\/([a-z_]+)\.h"/.exec(l);
    if (inc && (inc[1] !== m[1] || inc[2] !== m[1]))
      report(file, k + 1, 'page-calls', `a page of ${m[1]} includes only pages/${m[1]}/${m[1]}.h: what pages share goes to views/, html/, flows/ or domain/`);
  });
  if (!(as.endsWith('.h') && m[2] === m[1])) return;
  // declarations in the feature's page header: handlers only
  const code = src.replace(/\/\*[^]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  code.split('\n').forEach((l, k) => {
    const d = /^[A-Za-z_][\w \t*]*?\b([A-Za-z_]\w*)\s*\(/.exec(l);
    if (d && !l.startsWith('#') && !d[1].startsWith('page_'))
      report(file, k + 1, 'page-calls', `pages/${m[1]}/${m[1]}.h declares request handlers (page_*) only, not ${d[1]}()`);
  });
}

function checkC(file, src) {
  checkPageCalls(file, src);
  const toks = tokenize(src).filter((t) => t.t !== 'pp');
  const inDb = file.startsWith('src/db/');
  const isHtmlWriter = file === 'src/html/html.c' || file === 'src/html/html.h';

  // statements defined in this file with DB_STMT, and the token ranges of their initialisers
  const stmts = new Set();
  const stmtInit = [];
  // DB_PAGE_SORT(V, "name", W, K, ID, p1, p2, p3) (db/page.h) defines V_FIRST_ASC,
  // V_AFTER_ASC, V_FIRST_DESC and V_AFTER_DESC with DB_STMT: its name and SQL parts are string
  // literals (or string macros) and its parameter numbers integer literals
  for (let i = 0; i < toks.length; i++) {
    if (!(toks[i].t === 'id' && toks[i].v === 'DB_PAGE_SORT' && toks[i + 1]?.v === '(')) continue;
    const { args, end } = callArgs(toks, i + 1);
    stmtInit.push([i + 1, end]);
    const v = args[0];
    if (args.length !== 8 || v.length !== 1 || v[0].t !== 'id') {
      report(file, toks[i].line, 'sql-literal', 'DB_PAGE_SORT(V, "name", W, K, ID, p1, p2, p3) takes a name and eight parts');
      continue;
    }
    for (const s of ['_FIRST_ASC', '_AFTER_ASC', '_FIRST_DESC', '_AFTER_DESC']) stmts.add(v[0].v + s);
    for (const a of args.slice(1, 5))
      if (!literalTexts(a, true)) report(file, toks[i].line, 'sql-literal', 'the name and SQL parts of a DB_PAGE_SORT are string literals');
    for (const a of args.slice(5))
      if (a.length !== 1 || a[0].t !== 'num') report(file, toks[i].line, 'sql-literal', 'the parameter numbers of a DB_PAGE_SORT are integer literals');
  }
  for (let i = 0; i < toks.length; i++) {
    if (!(toks[i].t === 'id' && toks[i].v === 'DB_STMT' && toks[i + 1]?.v === '(')) continue;
    const { args, end } = callArgs(toks, i + 1);
    if (args.length === 1 && args[0].length === 1 && args[0][0].t === 'id') stmts.add(args[0][0].v);
    if (toks[end + 1]?.v !== '=' || toks[end + 2]?.v !== '{') {
      report(file, toks[i].line, 'sql-literal', 'DB_STMT(...) must be followed by = {.name = "...", .sql = "..."}');
      continue;
    }
    const { args: fields, end: close } = callArgs(toks, end + 2);
    stmtInit.push([end + 2, close]);
    const seen = new Set();
    for (const f of fields) {
      if (!f.length) continue;
      if (!(f[0].v === '.' && f[1]?.t === 'id' && f[2]?.v === '=')) {
        report(file, f[0].line, 'sql-literal', 'a DB_STMT is initialised with designated fields (.name, .sql)');
        continue;
      }
      const name = f[1].v;
      seen.add(name);
      if (name !== 'name' && name !== 'sql') continue;
      const texts = literalTexts(f.slice(3), true);
      if (!texts) report(file, f[0].line, 'sql-literal', `.${name} of a DB_STMT must be a string literal`);
    }
    if (!seen.has('sql') || !seen.has('name')) report(file, toks[i].line, 'sql-literal', 'a DB_STMT needs .name and .sql');
  }
  // DB_SQL(st, "name", "SQL") defines a statement inside a function body, for that function
  // alone: the token range of each body and the statements defined in it
  const localStmts = []; // {from, to, names}
  {
    let d = 0, body = null;
    for (let i = 0; i < toks.length; i++) {
      const tk = toks[i];
      if (tk.t === 'p' && d === 0 && tk.v === '{' && toks[i - 1]?.v === ')') {
        body = { from: i, to: toks.length, names: new Set() };
        localStmts.push(body);
      }
      if (tk.t === 'p' && (tk.v === '{' || tk.v === '(' || tk.v === '[')) d++;
      if (tk.t === 'p' && (tk.v === '}' || tk.v === ')' || tk.v === ']')) {
        d--;
        if (d === 0 && tk.v === '}' && body) { body.to = i; body = null; }
      }
      if (!(tk.t === 'id' && tk.v === 'DB_SQL' && toks[i + 1]?.v === '(')) continue;
      const { args, end } = callArgs(toks, i + 1);
      stmtInit.push([i + 1, end]);
      if (!body || d !== 1) {
        report(file, tk.line, 'stmt-macro', 'DB_SQL(st, "name", "SQL") defines a statement at the top level of the function that runs it (at file scope: DB_STMT)');
        continue;
      }
      if (toks[end + 1]?.v !== ';') report(file, tk.line, 'sql-literal', 'DB_SQL(st, "name", "SQL") is a statement of its own, ended by ;');
      if (args.length !== 3 || args[0].length !== 1 || args[0][0].t !== 'id') {
        report(file, tk.line, 'sql-literal', 'DB_SQL(st, "name", "SQL") takes a variable name, a name and the SQL');
        continue;
      }
      body.names.add(args[0][0].v);
      if (!literalTexts(args[1], true)) report(file, tk.line, 'sql-literal', 'the name of a DB_SQL must be a string literal');
      if (!literalTexts(args[2], true)) report(file, tk.line, 'sql-literal', 'the SQL of a DB_SQL must be a string literal');
    }
  }
  const stmtsAt = (k) => {
    const body = localStmts.find((b) => k > b.from && k < b.to);
    return body && body.names.size ? new Set([...stmts, ...body.names]) : stmts;
  };
  const sqlConsts = new Set(); // src/db/: static const char NAME[] = "SQL" run by the engine
  const inStmtInit = (k) => stmtInit.some(([a, b]) => k > a && k < b);

  // functions: name and parameters of the definition that encloses each token
  let depth = 0, fnName = null, fnParams = [], fnVariadic = false, headStart = 0;
  const pendingParams = []; // tokens since the last top-level ; or }
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    if (depth === 0 && tk.v === '{' && tk.t === 'p') {
      // a function definition: ... name ( params ) {
      let k = i - 1;
      if (toks[k]?.v === ')') {
        let d = 0, open = k;
        for (; open >= headStart; open--) {
          if (toks[open].v === ')') d++;
          else if (toks[open].v === '(') { d--; if (d === 0) break; }
        }
        if (toks[open - 1]?.t === 'id') {
          fnName = toks[open - 1].v;
          const { args } = callArgs(toks, open);
          fnParams = args.map((a) => a.filter((x) => x.t === 'id').pop()?.v).filter(Boolean);
          fnVariadic = args.some((a) => a.some((x) => x.v === '...' || x.v === 'va_list'));
        }
      }
    }
    if (tk.t === 'p' && (tk.v === '{' || tk.v === '(' || tk.v === '[')) depth++;
    if (tk.t === 'p' && (tk.v === '}' || tk.v === ')' || tk.v === ']')) {
      depth--;
      if (depth === 0 && tk.v === '}') { headStart = i + 1; if (toks[i + 1]?.v !== ';') fnName = null; }
    }
    if (depth === 0 && tk.v === ';') { headStart = i + 1; pendingParams.length = 0; }
    const passthrough = (arg) => arg.length === 1 && arg[0].t === 'id' && fnName && fnParams.includes(arg[0].v);

    // DbStmt objects
    if (tk.t === 'id' && tk.v === 'DbStmt') {
      const prev = toks[i - 1], next = toks[i + 1];
      const typedefOrTag = (prev?.v === 'struct' && next?.v === '{') || (prev?.v === '}' && next?.v === ';');
      let k = i + 1;
      while (toks[k]?.v === 'const') k++;
      const pointer = toks[k]?.v === '*';
      let b = i - 1;
      while (toks[b]?.v === 'const') b--;
      const cast = pointer && toks[b]?.v === '(' && toks[k + 1]?.v === ')' && !(toks[b - 1]?.t === 'id' && toks[b - 1].v !== 'sizeof');
      if (cast) report(file, tk.line, 'stmt-macro', 'no cast to a DbStmt pointer: take &Q_NAME of a DB_STMT');
      if (!typedefOrTag && !pointer) report(file, tk.line, 'stmt-macro', 'a DbStmt is defined with DB_STMT(Q_NAME) = {...} or DB_SQL(st, "name", "SQL") only');
    }
    // writes to a statement's fields outside DB_STMT
    if (tk.t === 'p' && (tk.v === '.' || tk.v === '->') && toks[i + 1]?.t === 'id' &&
        (toks[i + 1].v === 'sql') && toks[i + 2]?.v === '=' && !inStmtInit(i)) {
      report(file, tk.line, 'stmt-macro', 'a statement\'s .sql is only set in its DB_STMT or DB_SQL definition');
    }
    // SQL-looking literals outside statements
    const textTok = (x) => x && (x.t === 'str' || (x.t === 'id' && macroText(x.v) !== null));
    if (textTok(tk) && !textTok(toks[i - 1]) && !inStmtInit(i)) {
      // adjacent literals and string macros are one text
      let s = '', k = i;
      for (; textTok(toks[k]); k++) s += toks[k].t === 'str' ? toks[k].v : macroText(toks[k].v);
      if (SQL_RE.test(s)) {
        // allowed: literal text given straight to the engine inside src/db/
        let callee = null, d = 0;
        for (let b = i - 1; b >= 0; b--) {
          const v = toks[b].v;
          if (v === ')') d++;
          else if (v === '(') { if (d === 0) { callee = toks[b - 1]?.t === 'id' ? toks[b - 1].v : null; break; } d--; }
          else if (d === 0 && (v === ';' || v === '{' || v === '}')) break;
        }
        const named = inDb && toks[i - 1]?.v === '=' && toks[i - 2]?.v === ']' && toks[i - 3]?.v === '[' &&
          toks[i - 4]?.t === 'id' && toks[i - 5]?.v === 'char' && depth === 0;
        if (named) sqlConsts.add(toks[i - 4].v);
        if (!named && !(inDb && callee && ENGINE_CALLS.has(callee))) {
          report(file, tk.line, 'sql-runtime', 'SQL text outside a DB_STMT or DB_SQL definition (statements are static; never assembled at run time)');
        }
      }
    }
    if (tk.t !== 'id' || toks[i + 1]?.v !== '(') continue;
    // a declaration or definition of the function itself is not a call
    const prevTok = toks[i - 1];
    if (prevTok && (prevTok.t === 'id' && !['return', 'else', 'case', 'sizeof'].includes(prevTok.v) || prevTok.v === '*') && depth === 0) continue;
    const name = tk.v;

    if (name === 'html_raw_' && !isHtmlWriter) {
      report(file, tk.line, 'html-raw', 'write trusted markup with html_lit(h, "...")');
    }
    if (name in PRINTF || name === 'html_lit') {
      const idx = name === 'html_lit' ? 1 : PRINTF[name];
      const { args } = callArgs(toks, i + 1);
      const arg = args[idx];
      if (!arg) continue;
      if (passthrough(arg) && fnVariadic) continue; // a printf-like wrapper passing its format on
      const texts = literalTexts(arg, name === 'html_lit');
      if (!texts) {
        report(file, tk.line, 'fmt-literal', `the format of ${name}() must be a string literal${name === 'html_lit' ? '' : ' or a translated one (_(r, "..."))'}`);
        continue;
      }
      for (const t of translatedTexts(arg)) formatMsgids.add(unescape(t));
      if (HTML_FMT.has(name)) {
        for (const t of texts) for (const p of htmlConvProblems(t)) report(file, tk.line, 'html-conv', `${name}(): ${p}`);
      }
    }
    if (name in STMT_CALLS) {
      const { args } = callArgs(toks, i + 1);
      const arg = args[STMT_CALLS[name]];
      if (!arg) continue;
      const ok = stmtRef(arg, stmtsAt(i));
      if (!ok) report(file, tk.line, 'stmt-arg', `${name}() takes &Q_NAME (a DB_STMT of this file), &st (a DB_SQL of this function) or a statement pointer`);
    }
    if (ENGINE_CALLS.has(name)) {
      if (!inDb) {
        report(file, tk.line, 'sql-runtime', `${name}() is for src/db/ only: run statements with db_select_one/db_select_many/db_exec`);
        continue;
      }
      const { args } = callArgs(toks, i + 1);
      const arg = args[1];
      if (!arg) continue;
      const allowed = ALLOWED_ENGINE_TEXT.some((x) => x.file === file && x.fn === fnName);
      // the back ends pass the statement or script they were given
      const given = passthrough(stripParens(arg)) ||
        (stripParens(arg).length === 3 && stripParens(arg)[1].v === '->' && fnParams.includes(stripParens(arg)[0].v));
      const constant = stripParens(arg).length === 1 && sqlConsts.has(stripParens(arg)[0].v);
      if (!literalTexts(arg, true) && !allowed && !given && !constant) {
        report(file, tk.line, 'sql-runtime', `${name}() runs literal SQL text only`);
      }
    }
  }
}

// The text of a C or .po string literal's body: escapes (\n, \", \xHH, octal) decoded.
function unescape(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') { bytes.push(...Buffer.from(s[i], 'utf8')); continue; }
    const c = s[++i];
    const simple = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, "'": 39, '\\': 92, '?': 63 };
    if (c in simple) bytes.push(simple[c]);
    else if (c === 'x') {
      let h = '';
      while (h.length < 2 && /[0-9a-fA-F]/.test(s[i + 1] || '')) h += s[++i];
      bytes.push(parseInt(h, 16));
    } else if (/[0-7]/.test(c)) {
      let o = c;
      while (o.length < 3 && /[0-7]/.test(s[i + 1] || '')) o += s[++i];
      bytes.push(parseInt(o, 8));
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

// --- .po files -----------------------------------------------------------------------

function checkPo(file, src) {
  const lines = src.split('\n');
  let cur = null, entries = [], field = null;
  const unq = (s) => s.slice(1, -1);
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    let m;
    if ((m = /^msgid (".*")$/.exec(l))) {
      cur = { line: k + 1, id: unq(m[1]), strs: [], fuzzy: false };
      entries.push(cur); field = 'id';
    } else if ((m = /^msgid_plural (".*")$/.exec(l)) && cur) {
      cur.plural = unq(m[1]); field = 'plural';
    } else if ((m = /^msgstr(?:\[\d+\])? (".*")$/.exec(l)) && cur) {
      cur.strs.push(unq(m[1])); field = 'str';
    } else if ((m = /^(".*")$/.exec(l)) && cur) {
      if (field === 'id') cur.id += unq(m[1]);
      else if (field === 'plural') cur.plural += unq(m[1]);
      else if (field === 'str') cur.strs[cur.strs.length - 1] += unq(m[1]);
    }
  }
  for (const e of entries) {
    if (!e.id) continue; // the header
    if (!formatMsgids.has(unescape(e.id)) && !(e.plural && formatMsgids.has(unescape(e.plural)))) continue;
    const want = conversions(e.id).join(' ');
    for (const s of e.strs) {
      if (!s) continue; // untranslated: i18n-check reports it
      const got = conversions(s).join(' ');
      if (got !== want && !(e.plural && conversions(e.plural).join(' ') === got)) {
        report(file, e.line, 'po-format', `the translation has conversions "${got}" where the message has "${want}"`);
      }
    }
  }
}

// --- main ------------------------------------------------------------------------------

function walk(dir, out = []) {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.[ch]$/.test(n)) out.push(p);
  }
  return out;
}

let files = process.argv.slice(2);
if (!files.length) {
  files = walk(join(ROOT, 'src'));
  files.push(...readdirSync(join(ROOT, 'po')).filter((n) => n.endsWith('.po')).map((n) => join(ROOT, 'po', n)));
}
const sources = files.map((f) => {
  const abs = resolve(f);
  return { file: relative(ROOT, abs).startsWith('..') ? f : relative(ROOT, abs), src: readFileSync(abs, 'utf8') };
});
// string macros are shared through headers: collect them from every C file first
const pre = sources.filter((x) => /\.[ch]$/.test(x.file)).map((x) => tokenize(x.src));
if (process.argv.length > 2) {
  // a sample checked alone still sees the project's macros and printf-like functions
  for (const f of walk(join(ROOT, 'src'))) pre.push(tokenize(readFileSync(f, 'utf8')));
}
for (const t of pre) collectMacros(t);
for (const t of pre) collectWrappers(t.filter((x) => x.t !== 'pp'));
// a wrapper of a wrapper: once more, now that the first ones are known
for (const t of pre) collectWrappers(t.filter((x) => x.t !== 'pp'));
// a file's own macros come before those of other files with the same name (a local COLS)
for (const s of sources) {
  if (s.file.endsWith('.po')) continue;
  collectMacros(tokenize(s.src));
  checkC(s.file, s.src);
}
for (const s of sources) if (s.file.endsWith('.po')) checkPo(s.file, s.src);
problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
for (const p of problems) console.log(`${p.file}:${p.line}: [${p.rule}] ${p.msg}`);
if (problems.length) {
  console.log(`codecheck: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s)`);
  process.exit(1);
}
console.log(`codecheck: ${sources.length} files, no problems`);
