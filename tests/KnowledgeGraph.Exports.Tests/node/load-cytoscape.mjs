// Loads a Cytoscape.js elements file the way a page would (cy.add) and prints what cytoscape saw, as JSON.
// Usage: node load-cytoscape.mjs <file.cyjs>
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node load-cytoscape.mjs <file.cyjs>');
  process.exit(2);
}

const doc = JSON.parse(readFileSync(file, 'utf8'));
const cy = cytoscape({ headless: true, styleEnabled: false });
cy.add(doc.elements);

const dangling = cy.edges().filter((e) => e.source().empty() || e.target().empty()).length;
const names = {};
cy.nodes().forEach((n) => { names[n.id()] = n.data('name'); });
const evidence = {};
cy.edges().forEach((e) => { if (e.data('evidence') !== undefined) evidence[e.id()] = e.data('evidence'); });

process.stdout.write(JSON.stringify({
  nodes: cy.nodes().length,
  edges: cy.edges().length,
  dangling,
  names,
  evidence,
}));
