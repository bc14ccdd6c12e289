// Mounts GraphiQL against this server's /graphql, opening with one tab per investigator question.
(function () {
  'use strict';
  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
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
