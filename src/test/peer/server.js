// PostGraphile 4.14 over Diplograph's PostgreSQL database: the engine a team would otherwise generate over the same
// tables, set up as its documentation advises for production (simplified names, no query log, no GraphiQL, schema
// introspected once). The benchmark starts it; it binds to 127.0.0.1 and exits when its parent closes stdin.
// Usage: node server.js postgres://user@127.0.0.1:PORT/db HTTP_PORT
const http = require('http');
const { postgraphile } = require('postgraphile');
const path = require('path');
const PgSimplifyInflectorPlugin = require('@graphile-contrib/pg-simplify-inflector');
const { makePgSmartTagsFromFilePlugin } = require('postgraphile/plugins');

const [databaseUrl, port] = process.argv.slice(2);
const middleware = postgraphile(databaseUrl, 'public', {
  appendPlugins: [PgSimplifyInflectorPlugin,
    makePgSmartTagsFromFilePlugin(path.join(__dirname, 'postgraphile.tags.json5'))],
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  disableQueryLog: true,
  graphiql: false,
  watchPg: false,
  retryOnInitFail: false,
  extendedErrors: ['errcode'],
});
http.createServer(middleware).listen(Number(port), '127.0.0.1', () => console.log(`PostGraphile ready on ${port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
