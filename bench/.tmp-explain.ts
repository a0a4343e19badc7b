import { buildPgEventQuery } from '../lib/store/postgis-query';
import pg from 'pg';
async function main() {
  const c = new pg.Client(process.env.URL!); await c.connect();
  const q = { bbox: (process.env.B ?? "37.2,33.1,38.7,34.6").split(",").map(Number), limit: Number(process.env.L ?? 1000), includeBackground: false } as any;
  const { text, values } = buildPgEventQuery(q, null, 'grid');
  for (let i=0;i<3;i++) await c.query(text, values);
  const r = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + text, values);
  const lines = r.rows.map((x: any) => x['QUERY PLAN']);
  console.log(lines.slice(0, 14).join('\n')); console.log('...'); console.log(lines.slice(-4).join('\n'));
  let t = performance.now(); const rr = await c.query(text, values); console.log('wall', performance.now()-t, rr.rows.length);
  t = performance.now(); rr.rows.map((x: any) => JSON.parse(x.json)); console.log('parse', performance.now()-t);
  await c.end();
}
main();
