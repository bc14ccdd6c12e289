// GraphiQL page: opens with one tab per example question (examples.js) and queries /graphql on this host.
(function () {
  'use strict';
  const post = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });

  // Names of the operations a document defines (comments and strings skipped, which is all a name scan needs).
  function operationNames(query) {
    const code = query.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n]*/g, ' ');
    const names = [];
    const pattern = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;
    let match;
    while ((match = pattern.exec(code)) !== null) names.push(match[1]);
    return names;
  }

  // Right after a tab switch GraphiQL can still send the previous tab's operation name with the new tab's query,
  // which the server rightly refuses ("Document does not contain an operation named …"). Send the name only when
  // the document defines it; with a single operation send that one.
  function fetcher(params, options) {
    if (params && params.operationName && typeof params.query === 'string') {
      const names = operationNames(params.query);
      if (names.indexOf(params.operationName) < 0) {
        params = Object.assign({}, params, { operationName: names.length === 1 ? names[0] : undefined });
      }
    }
    return post(params, options);
  }

  const tabs = window.KnowledgeGraphExamples.map(function (example) {
    return { query: example.query };
  });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: false,
    shouldPersistHeaders: false,
  }));
})();
