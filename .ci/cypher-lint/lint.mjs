// Lints every statement of every cypher/*.cypher file with Neo4j's own Cypher front end
// (@neo4j-cypher/language-support), the parser and semantic analysis that Neo4j's tools use.
//
// File convention (the same one the C# adapter's CypherScript parser reads):
//   // name: some-statement        starts a statement (names are unique within a file)
//   // params: $a, $b              the parameters the statement uses ("none" when there are none)
//   ...Cypher...;                  the statement, ending with ';'
// Comment lines before the first "// name:" are the file's header.
//
// Fails (exit 1) with file:line messages on EVERY diagnostic of the front end: errors (severity 1) and warnings
// (severity 2), which include deprecations (e.g. importing WITH and CALL without a scope clause, deprecated since
// Neo4j 5.23), performance warnings (e.g. a comma MATCH that builds a cartesian product) and unknown labels,
// relationship types or property keys (our own files must only use our model). Also on: any $parameter not
// declared in the statement's "// params:" line, a declared parameter the statement never uses, APOC (not
// installed on Neo4j Community), and property keys outside our model on pattern variables (checked here, since
// the front end does not flag them). Before linting our files it lints a few known-bad statements and fails if
// any of them is NOT flagged, so a change of the package that silences a class of warnings cannot pass unseen.
// Prints "cypher-lint: N statements in M files: 0 errors, 0 deprecations, 0 performance warnings, 0 other
// problems" on success.
//
// Usage: node lint.mjs [cypher-dir]   (default: ../../cypher relative to this script)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const cypherDir = resolve(process.argv[2] ?? join(here, '..', '..', 'cypher'));

// Our graph model: GraphLabels in src/KnowledgeGraph.Core/Storage/GraphLabels.cs plus the adapter's own
// Entity super-label and the meta node that marks a database as ours.
const labels = ['Person', 'Institution', 'Place', 'Claim', 'Article', 'Entity', 'KnowledgeGraphMeta'];
const relationshipTypes = ['SAID', 'DENIED', 'REPORTED_BY', 'ABOUT', 'MENTIONS', 'PUBLISHED_BY', 'MEMBER_OF', 'LEADS'];
const propertyKeys = [
  // every node
  'id',
  // entities
  'kind', 'name', 'aliases', 'aliasText', 'nameFold', 'aliasesFold', 'role', 'country', 'stub',
  // claims
  'text', 'textFold',
  // maintained counts (load-documents.cypher#refresh-*): claims and entities
  'saidCount', 'deniedCount', 'contested', 'corroboration', 'firstReported', 'lastReported', 'statementCount', 'mentionCount',
  // articles
  'file', 'title', 'publisher', 'publisherFold', 'url', 'publishedAt', 'author', 'contentHash', 'fingerprint',
  // statements (SAID/DENIED)
  'evidence', 'evidenceFold', 'articleId', 'start', 'end', 'date', 'reportedBy', 'rule',
  // meta node
  'key', 'version',
];

// Keys of the $rows maps that load-documents.cypher reads as row.x: the front end cannot tell a map key from a
// property key, so they are declared to it, but they are not allowed on nodes or relationships.
const rowKeys = ['personId', 'institutionId', 'relation', 'speakerId', 'claimId', 'targetId', 'entityId', 'stance'];

// Built-in procedures and functions of Neo4j 5, from the package's recorded registry; APOC is dropped because
// Neo4j Community does not ship it, so a file using it would fail on the server we deploy.
const withoutApoc = (scoped) => Object.fromEntries(Object.entries(scoped).map(([version, registry]) => [
  version,
  Object.fromEntries(Object.entries(registry).filter(([name]) => !name.startsWith('apoc.'))),
]));
const procedures = withoutApoc(testData.mockSchema.procedures);
const functions = withoutApoc(testData.mockSchema.functions);

/** Splits a file into named statements with their first line numbers and declared parameters. */
export function parseCypherFile(text, file) {
  const lines = text.split('\n');
  const statements = [];
  const problems = [];
  let current = null;
  const finish = (endLine) => {
    if (!current) return;
    const body = current.lines.join('\n').trim();
    if (!body.endsWith(';')) {
      problems.push(`${file}:${current.line}: statement '${current.name}' does not end with ';'`);
    }
    current.text = body.replace(/;\s*$/, '');
    if (current.text.length === 0) problems.push(`${file}:${current.line}: statement '${current.name}' is empty`);
    if (current.params === null) problems.push(`${file}:${current.line}: statement '${current.name}' has no '// params:' line`);
    current.endLine = endLine;
    statements.push(current);
    current = null;
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const name = /^\/\/\s*name:\s*(\S+)\s*$/.exec(line);
    const params = /^\/\/\s*params:\s*(.*)$/.exec(line);
    if (name) {
      finish(index);
      if (statements.some((s) => s.name === name[1])) problems.push(`${file}:${index + 1}: statement name '${name[1]}' is used twice`);
      current = { name: name[1], line: index + 1, params: null, lines: [], bodyLine: null };
    } else if (params && current && current.bodyLine === null) {
      const declared = params[1].trim();
      current.params = declared === 'none' ? [] : declared.split(',').map((p) => p.trim().replace(/^\$/, '')).filter(Boolean);
    } else if (line.startsWith('//')) {
      // comment: header or explanation
    } else if (current) {
      if (current.bodyLine === null && line.length > 0) current.bodyLine = index + 1;
      if (current.bodyLine !== null) current.lines.push(raw);
    } else if (line.length > 0) {
      problems.push(`${file}:${index + 1}: Cypher before the first '// name:' marker`);
    }
  });
  finish(lines.length);
  return { statements, problems };
}

function usedParameters(text) {
  // Strip string literals and backticked names first so that '$' inside them is not taken as a parameter.
  const stripped = text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""');
  return [...new Set([...stripped.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
}

// The front end does not flag unknown property keys, so this does, for variables bound in node or relationship
// patterns: (n:Label ...), [r:TYPE ...], (n {key: ...}). Map variables (row.x from UNWIND) are not checked.
function unknownProperties(text) {
  // CALL (a, b) { … } scope clauses look like node patterns to the regexes below: they are removed first.
  const code = text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''").replace(/\/\/.*$/gm, '').replace(/\bCALL\s*\([^)]*\)/gi, 'CALL');
  const variables = new Set([...code.matchAll(/(?<![A-Za-z0-9_])[([]\s*([A-Za-z_][A-Za-z0-9_]*)\s*[:{)\]]/g)].map((m) => m[1]));
  const problems = [];
  for (const m of code.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\b/g)) {
    if (variables.has(m[1]) && !propertyKeys.includes(m[2])) problems.push(`${m[1]}.${m[2]}`);
  }
  for (const m of code.matchAll(/(?<![A-Za-z0-9_])[([]\s*[A-Za-z_0-9]*\s*(?::\s*[A-Za-z_|:]+)?\s*\{([^}]*)\}/g)) {
    for (const k of m[1].matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*:/g)) if (!propertyKeys.includes(k[1])) problems.push(k[1]);
  }
  return [...new Set(problems)];
}

function lintStatement(statement, file) {
  const problems = [];
  const push = (text) => problems.push({ kind: 'other problem', text });
  const where = (offsetLine) => `${file}:${statement.bodyLine + offsetLine}`;
  const declared = statement.params ?? [];
  const used = usedParameters(statement.text);
  for (const p of used) if (!declared.includes(p)) push(`${where(0)}: '${statement.name}' uses $${p}, which its '// params:' line does not declare`);
  for (const p of declared) if (!used.includes(p)) push(`${where(0)}: '${statement.name}' declares $${p} but never uses it`);
  for (const p of unknownProperties(statement.text)) push(`${where(0)}: '${statement.name}' uses property ${p}, which is not one of our property keys`);
  if (/\bapoc\./i.test(statement.text)) push(`${where(0)}: '${statement.name}' calls APOC, which Neo4j Community does not ship`);

  for (const d of frontEnd(statement.text, declared)) {
    problems.push({ kind: d.kind, text: `${where(d.line)}:${d.column}: ${d.kind} in '${statement.name}': ${d.message}` });
  }
  return problems;
}

/** Every diagnostic of Neo4j's front end for one statement, each classified. */
function frontEnd(text, declared) {
  const dbSchema = {
    labels, relationshipTypes, propertyKeys: [...propertyKeys, ...rowKeys], procedures, functions,
    parameters: Object.fromEntries(declared.map((p) => [p, 'declared'])),
  };
  return lintCypherQuery(text, dbSchema).diagnostics.map((d) => ({
    kind: classify(d),
    message: d.message,
    line: d.range.start.line,
    column: d.range.start.character + 1,
  }));
}

function classify(d) {
  if (d.severity === 1) return 'error';
  if (/deprecated/i.test(d.message)) return 'deprecation';
  if (/cartesian product|performance|unbounded|eager|index|exhaustive|larger than/i.test(d.message)) return 'performance warning';
  return 'other problem';
}

// The lint is only as strict as the package's diagnostics: these must come back flagged with the kind given.
const mustFlag = [
  ['deprecation', 'MATCH (n:Claim) CALL { WITH n RETURN n.id AS x } RETURN x', []],
  ['performance warning', 'MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) RETURN a, b', ['a', 'b']],
  ['error', 'MATCH (n:Claim RETURN n', []],
  ['other problem', 'MATCH (n:NoSuchLabel) RETURN n', []],
];

const problems = [];
for (const [kind, text, declared] of mustFlag) {
  if (!frontEnd(text, declared).some((d) => d.kind === kind)) {
    problems.push({ kind: 'other problem', text: `lint self-check: the front end no longer reports a ${kind} for: ${text}` });
  }
}

const files = readdirSync(cypherDir).filter((f) => f.endsWith('.cypher')).sort();
let statementCount = 0;
const other = (text) => ({ kind: 'other problem', text });
if (files.length === 0) problems.push(other(`${cypherDir}: no .cypher files found`));
for (const name of files) {
  const file = relative(process.cwd(), join(cypherDir, name));
  const { statements, problems: parseProblems } = parseCypherFile(readFileSync(join(cypherDir, name), 'utf8'), file);
  problems.push(...parseProblems.map(other));
  if (statements.length === 0) problems.push(other(`${file}:1: no '// name:' statements in this file`));
  for (const statement of statements) {
    statementCount++;
    problems.push(...lintStatement(statement, file));
  }
}
for (const p of problems) console.error(p.text);
const count = (kind) => problems.filter((p) => p.kind === kind).length;
console.log(`cypher-lint: ${statementCount} statements in ${files.length} files: ${count('error')} errors, ${count('deprecation')} deprecations, `
  + `${count('performance warning')} performance warnings, ${count('other problem')} other problems`);
process.exit(problems.length === 0 ? 0 : 1);
