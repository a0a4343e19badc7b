// The baseline of bench/clusters.bench.ts: a bare node:http + supercluster server over the same points (the
// non-background placed events of a SQLite store) with the same options (lib/map/cluster-index.ts defaults).
// Usage: node bench/bare-clusters-server.mjs <db file> <port>; prints "ready <points> <build ms>" when listening.
import http from 'node:http';
import Database from 'better-sqlite3';
import Supercluster from 'supercluster';

const [file, port] = process.argv.slice(2);
const t0 = performance.now();
const rows = new Database(file, { readonly: true }).prepare('SELECT id, lon, lat, type FROM events WHERE background = 0 AND lat IS NOT NULL').raw().all();
const points = rows.map(([id, lng, lat, type]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { id, type } }));
const index = new Supercluster({ radius: 60, extent: 512, maxZoom: 16 }).load(points);
http
  .createServer((req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    const features = index.getClusters(q.get('bbox').split(',').map(Number), Number(q.get('z')));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'FeatureCollection', features }));
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`ready ${points.length} ${Math.round(performance.now() - t0)}`));
