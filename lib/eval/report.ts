/**
 * Text and JSON rendering of geoparsing scores for the eval CLI.
 * In: a GeoReport (+ per-article scores for the error listing). Out: strings, nothing printed here.
 */
import type { ArticleScore, GeoReport } from './geo';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
const km = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

export function formatGeoReport(label: string, r: GeoReport, seconds: number): string {
  const lines = [
    `Geoparsing — ${label}: ${r.articles} articles, ${r.gold} gold toponyms, ${r.predicted} predicted (${seconds.toFixed(1)} s)`,
    `  toponyms        precision ${pct(r.precision)}   recall ${pct(r.recall)}   F1 ${pct(r.f1)}`,
    `  resolution      accuracy@tol ${pct(r.accuracyAtTol)}   Acc@161km ${pct(r.acc161)}   (of ${r.truePositives} matched)`,
    `  error km        mean ${km(r.meanKm)}   median ${km(r.medianKm)}   AUC ${r.auc.toFixed(3)} (lower is better)`,
    `  metonymy        ${r.metonymy.total === 0 ? 'n/a (no gold metonymy)' : `${pct(r.metonymy.accuracy)} (${r.metonymy.correct}/${r.metonymy.total})`}`,
    `  demonyms        ${r.demonyms.total === 0 ? 'n/a (none in gold)' : `recall ${pct(r.demonyms.recall)} (${r.demonyms.found}/${r.demonyms.total}; reported isLocation=false, scored apart from toponyms)`}`,
    `  errors          missed ${r.errors.missed}, spurious ${r.errors.spurious}, wrong entry ${r.errors.wrongEntry}, wrong kind ${r.errors.wrongKind}, metonymy mapped as place ${r.errors.metonymyMapped}`,
  ];
  return lines.join('\n');
}

/** The first `n` errors of each type, with enough context to act on. */
export function formatErrors(scores: readonly ArticleScore[], n: number): string {
  const missed = scores.flatMap((s) => s.missed.map((g) => `  missed    "${g.name}" (${s.title.slice(0, 50)})`));
  const spurious = scores.flatMap((s) => s.spurious.map((m) => `  spurious  "${m.text}" → ${m.place ? `${m.place.name}, ${m.place.country} (${m.place.kind})` : 'unresolved'} (${s.title.slice(0, 50)})`));
  const wrong = scores.flatMap((s) =>
    s.matched
      .filter((p) => !p.correct)
      .map((p) => `  wrong     "${p.mention.text}" → ${p.mention.place?.name}, ${p.mention.place?.country} (${p.mention.place?.kind}) ${Math.round(p.errorKm)} km off (tol ${p.gold.tol_km}) — ${p.mention.why[0] ?? ''}`),
  );
  const met = scores.flatMap((s) => s.metonymy.filter((m) => !m.correct).map((m) => `  metonymy  "${m.phrase}" ${m.mappedAsPlace ? 'reported as a place' : 'not flagged'}`));
  return [...missed.slice(0, n), ...spurious.slice(0, n), ...wrong.slice(0, n), ...met.slice(0, n)].join('\n');
}
