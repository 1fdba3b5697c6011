/**
 * eventMatch / eventPage (src/db/queries/lists.ts, the non-anchored branches) and hop
 * (src/db/queries/explore.ts) written with @neo4j/cypher-builder, producing the same clauses and
 * the same parameter names (NamedParam) as the project's builders.
 */
import Cypher from '@neo4j/cypher-builder';
import { PERIOD_PRECISIONS, earliestStartReaching } from './repo/src/domain/precision.ts';
import { NODE_PROPERTIES } from './repo/src/db/mappers.ts';
import { nodeKinds, relationshipType } from './repo/src/db/queries/identifiers.ts';
import type { EventFilterInput, EventSort } from './repo/src/db/queries/lists.ts';
import type { HopSpec } from './repo/src/db/queries/explore.ts';

type Param = Cypher.NamedParam;
const P = (name: string, value: unknown): Param => new Cypher.NamedParam(name, value);
const node = (v: Cypher.Variable) => new Cypher.MapProjection(v, [...NODE_PROPERTIES]);
const date = (p: Cypher.Expr) => Cypher.date(p);

interface LibFragment {
  match: Cypher.Clause[];
  where: Cypher.Predicate[];
  parts?: (extra: (e: Cypher.Node) => Cypher.Clause) => Cypher.Clause;
  unique: boolean;
  e: Cypher.Node;
}

export function eventMatchLib(filter: EventFilterInput): LibFragment {
  const e = new Cypher.NamedNode('e');
  const prop = (k: string) => e.property(k);
  const where: Cypher.Predicate[] = [];
  const params: Record<string, Param> = {};
  const param = (name: string, value: unknown) => (params[name] ??= P(name, value));
  let match: Cypher.Clause[];
  let driver: 'place' | 'perpetrator' | 'article' | 'label';
  if (filter.placeId) {
    const root = new Cypher.NamedNode('root');
    const pl = new Cypher.NamedNode('pl');
    match = [
      new Cypher.Match(new Cypher.Pattern(root, { labels: 'Place', properties: { id: param('placeId', filter.placeId) } })),
      new Cypher.Match(new Cypher.Pattern(pl, { labels: 'Place' }).related({ type: 'LOCATED_IN', length: { min: 0, max: 12 } }).to(root)),
      new Cypher.Match(new Cypher.Pattern(e, { labels: 'Event' }).related({ type: 'OCCURRED_IN' }).to(pl)),
    ];
    driver = 'place';
  } else if (filter.perpetratorId) {
    match = [new Cypher.Match(new Cypher.Pattern({ labels: 'Node', properties: { id: param('perpetratorId', filter.perpetratorId) } }).related({ type: 'PERPETRATED' }).to(e, { labels: 'Event' }))];
    driver = 'perpetrator';
  } else if (filter.articleId) {
    match = [new Cypher.Match(new Cypher.Pattern({ labels: 'Article', properties: { id: param('articleId', filter.articleId) } }).related({ type: 'REPORTS' }).to(e, { labels: 'Event' }))];
    driver = 'article';
  } else {
    match = [new Cypher.Match(new Cypher.Pattern(e, { labels: 'Event' }))];
    driver = 'label';
  }
  const exists = (pattern: Cypher.Pattern) => new Cypher.Exists(pattern);
  if (filter.from) {
    const from = param('from', filter.from);
    if (driver !== 'label') where.push(Cypher.gte(prop('dateEnd'), date(from)));
  }
  if (filter.to) where.push(Cypher.lte(prop('date'), date(param('to', filter.to))));
  if (filter.eventTypes?.length) where.push(Cypher.in(prop('eventType'), param('eventTypes', filter.eventTypes)));
  if (filter.subEventTypes?.length) where.push(Cypher.in(prop('subEventType'), param('subEventTypes', filter.subEventTypes)));
  if (filter.perpetratorId && driver !== 'perpetrator') {
    where.push(exists(new Cypher.Pattern({ labels: 'Node', properties: { id: param('perpetratorId', filter.perpetratorId) } }).related({ type: 'PERPETRATED' }).to(e)));
  }
  if (filter.targetId) {
    where.push(exists(new Cypher.Pattern(e).related({ type: 'TARGETED' }).to({ labels: 'Node', properties: { id: param('targetId', filter.targetId) } })));
  }
  if (filter.actorId) {
    const actor = param('actorId', filter.actorId);
    where.push(
      Cypher.or(
        exists(new Cypher.Pattern({ labels: 'Node', properties: { id: actor } }).related({ type: 'PERPETRATED' }).to(e)),
        exists(new Cypher.Pattern(e).related({ type: 'TARGETED' }).to({ labels: 'Node', properties: { id: actor } })),
      ),
    );
  }
  if (filter.articleId && driver !== 'article') {
    where.push(exists(new Cypher.Pattern({ labels: 'Article', properties: { id: param('articleId', filter.articleId) } }).related({ type: 'REPORTS' }).to(e)));
  }
  if (filter.placeId && driver !== 'place') throw new Error('unreachable');
  if (filter.minFatalities !== undefined && filter.minFatalities !== null) {
    where.push(Cypher.gte(Cypher.coalesce(prop(filter.reviewed === true ? 'reviewedFatalities' : 'fatalities'), new Cypher.Literal(0)), param('minFatalities', filter.minFatalities)));
  }
  if (filter.near) {
    const centre = Cypher.point(new Cypher.Map({ latitude: param('nearLat', filter.near.latitude), longitude: param('nearLon', filter.near.longitude) }));
    where.push(Cypher.lte(Cypher.point.distance(prop('location'), centre), param('nearMeters', filter.near.radiusKm * 1000)));
  }
  if (filter.reviewed === true) where.push(Cypher.in(prop('reviewState'), new Cypher.Literal(['CONFIRMED', 'CORRECTED'])));
  else if (filter.reviewed === false) where.push(Cypher.isNull(prop('reviewState')));
  else if (driver === 'label' && !filter.near) where.push(Cypher.neq(Cypher.coalesce(prop('reviewState'), new Cypher.Literal('')), new Cypher.Literal('REJECTED')));
  if (filter.from && driver === 'label') {
    // Disjoint parts: dated in the range, or of a longer precision, begun before it and reaching into it.
    const from = params.from!;
    const floors = PERIOD_PRECISIONS.map((p) => [p, P(`${p.toLowerCase()}From`, earliestStartReaching(filter.from!, p))] as const);
    const parts = (extra: (e: Cypher.Node) => Cypher.Clause) =>
      new Cypher.Union(
        Cypher.utils.concat(new Cypher.Match(new Cypher.Pattern(e, { labels: 'Event' })).where(Cypher.and(Cypher.gte(prop('date'), date(from)), ...where)), extra(e)),
        ...floors.map(([p, floor]) =>
          Cypher.utils.concat(
            new Cypher.Match(new Cypher.Pattern(e, { labels: 'Event' })).where(
              Cypher.and(Cypher.eq(prop('datePrecision'), new Cypher.Literal(p)), Cypher.gte(prop('date'), date(floor)), Cypher.lt(prop('date'), date(from)), Cypher.gte(prop('dateEnd'), date(from)), ...where),
            ),
            extra(e),
          ),
        ),
      ).all();
    return { match: [new Cypher.Call(parts(() => new Cypher.Return(e)), [])], where: [], parts, unique: true, e };
  }
  return { match, where, unique: driver === 'label', e };
}

export function eventPageLib(filter: EventFilterInput, sort: EventSort, offset: number, limit: number): Cypher.CypherResult {
  const f = eventMatchLib(filter);
  const e = f.e;
  const offsetP = P('offset', offset);
  const limitP = P('limit', limit + 1);
  const fatalities = filter.reviewed === true ? 'reviewedFatalities' : 'fatalities';
  const distance = new Cypher.NamedVariable('distance');
  const distanceExpr = filter.near
    ? Cypher.divide(Cypher.point.distance(e.property('location'), Cypher.point(new Cypher.Map({ latitude: P('nearLat', filter.near.latitude), longitude: P('nearLon', filter.near.longitude) }))), new Cypher.Literal(1000.0))
    : Cypher.Null;
  const order = (clause: Cypher.With): Cypher.With => {
    switch (sort) {
      case 'DATE_ASC':
        return clause.orderBy([e.property('date'), 'ASC'], [e.property('id'), 'ASC']);
      case 'FATALITIES_DESC':
        return clause.orderBy([Cypher.coalesce(e.property(fatalities), new Cypher.Literal(0)), 'DESC'], [e.property('date'), 'DESC'], [e.property('id'), 'ASC']);
      case 'DISTANCE_ASC':
        return clause.orderBy([distance, 'ASC'], [e.property('date'), 'DESC'], [e.property('id'), 'ASC']);
      default:
        return clause.orderBy([e.property('date'), 'DESC'], [e.property('id'), 'ASC']);
    }
  };
  const byDistance = sort === 'DISTANCE_ASC';
  const match =
    f.parts && (sort === 'DATE_DESC' || sort === 'DATE_ASC')
      ? [new Cypher.Call(f.parts((x) => order(new Cypher.With(x)).limit(Cypher.plus(offsetP, limitP)).return(x)), [])]
      : f.match;
  const last = match[match.length - 1] as Cypher.Match;
  if (f.where.length && last instanceof Cypher.Match) last.where(Cypher.and(...f.where));
  const withClause = byDistance ? new Cypher.With(e, [distanceExpr, distance]) : new Cypher.With(e);
  if (!f.unique) withClause.distinct();
  order(withClause).skip(offsetP).limit(limitP).return([node(e), 'node'], [byDistance ? distance : distanceExpr, 'distance']);
  return Cypher.utils.concat(...match, withClause).build();
}

export function hopLib(frontier: string[], seen: string[], spec: HopSpec, limit: number, perNode: number): Cypher.CypherResult {
  const types = spec.types.map(relationshipType);
  if (!types.length) throw new Error('unknown relationship type list []');
  const kinds = nodeKinds(spec.kinds ?? []);
  const n = new Cypher.NamedNode('n');
  const m = new Cypher.NamedNode('m');
  const id = new Cypher.NamedVariable('id');
  const found = new Cypher.NamedVariable('found');
  const lists = new Cypher.NamedVariable('lists');
  const capped = new Cypher.NamedVariable('capped');
  // A Param whose value is null is printed as the literal NULL (one statement text per combination
  // of absent dates, each planned on its own): these two are declared without a value, and given at build.
  const from = new Cypher.NamedParam('from');
  const to = new Cypher.NamedParam('to');
  const perNodeP = P('perNode', perNode);
  const conditions: Cypher.Predicate[] = [Cypher.neq(m, n)];
  if (kinds.length) conditions.push(m.hasLabel(Cypher.labelExpr.or(...kinds)));
  if (spec.from !== null || spec.to !== null) {
    conditions.push(
      Cypher.or(
        Cypher.not(m.hasLabel('Event')),
        Cypher.and(Cypher.or(Cypher.isNull(from), Cypher.gte(m.property('dateEnd'), Cypher.date(from))), Cypher.or(Cypher.isNull(to), Cypher.lte(m.property('date'), Cypher.date(to)))),
      ),
    );
  }
  const inner = new Cypher.Match(new Cypher.Pattern(n).related({ type: Cypher.labelExpr.or(...types), direction: 'undirected' }).to(m, { labels: 'Node' }))
    .where(Cypher.and(...conditions))
    .with(m)
    .limit(perNodeP)
    .return([Cypher.collect(m), found]);
  return new Cypher.Unwind([P('frontier', frontier), id])
    .match(new Cypher.Pattern(n, { labels: 'Node', properties: { id } }))
    .call(inner, [n])
    .with([Cypher.gte(Cypher.max(Cypher.size(found)), perNodeP), capped], [Cypher.collect(found), lists])
    .unwind([lists, found])
    .unwind([found, m])
    .with(capped, m)
    .distinct()
    .where(Cypher.not(Cypher.in(m.property('id'), P('seen', seen))))
    .with(capped, m)
    .orderBy(m.property('id'))
    .limit(P('limit', limit))
    .return(capped, [Cypher.collect(node(m)), 'nodes'])
    .build({ extraParams: { from: spec.from, to: spec.to } });
}
