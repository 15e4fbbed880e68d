// Starts GraphiQL against this server's /graphql endpoint, with an example query about the seed article.
(function () {
  'use strict';
  var defaultQuery = [
    '# Welcome to Diplograph: who did what to whom in diplomacy, and on what evidence.',
    '# Press the play button (or Ctrl-Enter) to run this query; open the docs on the left to explore.',
    '',
    'query MexicoPeru {',
    '  relation(between: ["MX", "PE"]) {',
    '    summary { diplomaticTies standing }',
    '    events(first: 5) {',
    '      nodes {',
    '        summary',
    '        occurred { date wording }',
    '        eventCode { code name }',
    '        evidence { text }',
    '      }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultEditorToolsVisibility: true
  }));
})();
