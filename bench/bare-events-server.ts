/**
 * The bare baseline of bench/events-load.bench.ts: node:http + better-sqlite3 running the SAME statements the app
 * runs for each query (built by the bench from lib/store/sqlite-query.ts), features out as JSON. No framework, no
 * validation, no cache. Usage: tsx bench/bare-events-server.ts <db file> <queries.json> <port>; GET /q/<i>.
 */
import http from 'node:http';
import fs from 'node:fs';
import Database from 'better-sqlite3';

const [file, queriesFile, port] = process.argv.slice(2) as [string, string, string];
const db = new Database(file, { readonly: true });
const queries = (JSON.parse(fs.readFileSync(queriesFile, 'utf8')) as { sql: string; params: unknown[] }[]).map((q) => ({ st: db.prepare(q.sql).pluck(), params: q.params }));
http
  .createServer((req, res) => {
    const q = queries[Number(req.url?.split('/')[2])];
    if (!q) return void res.writeHead(404).end();
    const features = (q.st.all(...q.params) as string[]).map((j) => {
      const e = JSON.parse(j) as { id: string; place: { lat: number; lon: number } | null };
      return { type: 'Feature', id: e.id, geometry: e.place ? { type: 'Point', coordinates: [e.place.lon, e.place.lat] } : null, properties: e };
    });
    res.writeHead(200, { 'content-type': 'application/geo+json' }).end(JSON.stringify({ type: 'FeatureCollection', features }));
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'));
