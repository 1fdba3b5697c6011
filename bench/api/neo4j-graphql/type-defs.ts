/**
 * Type definitions for @neo4j/graphql v7 over the very same graph our server reads: the node
 * labels, properties and relationship types written by src/db/writer.ts. Each domain type is a
 * `@node` (its label is its name: :Place, :Event, ...; :Node, :Entity and :Actor are extra labels
 * the library does not need to know), relationships are `@relationship` fields with the
 * provenance lists as relationship properties, and the shared kinds are interfaces (Entity,
 * Actor) so "perpetrators" or "targets" can be of any kind, as in our schema.
 *
 * What the library cannot generate is added with `@cypher` fields, the documented escape hatch:
 * shortest paths, a monthly timeline, and an events-in-a-place-subtree list. The benchmark uses the
 * generated API wherever one exists (operations.ts says which operation uses what).
 */
export const typeDefs = /* GraphQL */ `
  "Provenance of a relationship, as the writer stores it."
  type Provenance @relationshipProperties {
    key: String
    sources: [String!]
    sentences: [String!]
    confidences: [Float!]
    confidence: Float
  }

  "A person's office (HOLDS_OFFICE); since/until are stored as strings by the writer."
  type OfficeProps @relationshipProperties {
    key: String
    title: String
    since: String
    until: String
    sources: [String!]
    sentences: [String!]
    confidence: Float
  }

  interface Entity {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    wikidataId: String
    description: String
  }

  "Both interfaces cannot declare the same relationship field (the library rejects the schema), so mentionedIn is declared only on the types."
  interface Actor {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    wikidataId: String
    description: String
    perpetrated: [Event!]! @declareRelationship
    targetedBy: [Event!]! @declareRelationship
    made: [Statement!]! @declareRelationship
  }

  type Place implements Entity @node {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    wikidataId: String
    description: String
    placeType: String
    location: Point
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN, properties: "Provenance")
    locatedIn: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT, properties: "Provenance")
    contains: [Place!]! @relationship(type: "LOCATED_IN", direction: IN, properties: "Provenance")
    events: [Event!]! @relationship(type: "OCCURRED_IN", direction: IN, properties: "Provenance")
    governedBy: [Government!]! @relationship(type: "GOVERNS", direction: IN, properties: "Provenance")
    targetedBy: [Event!]! @relationship(type: "TARGETED", direction: IN, properties: "Provenance")
  }

  type Organization implements Entity & Actor @node {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    wikidataId: String
    description: String
    organizationType: String
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN, properties: "Provenance")
    perpetrated: [Event!]! @relationship(type: "PERPETRATED", direction: OUT, properties: "Provenance")
    targetedBy: [Event!]! @relationship(type: "TARGETED", direction: IN, properties: "Provenance")
    made: [Statement!]! @relationship(type: "MADE", direction: OUT, properties: "Provenance")
    partOf: [Actor!]! @relationship(type: "PART_OF", direction: OUT, properties: "Provenance")
    components: [Actor!]! @relationship(type: "PART_OF", direction: IN, properties: "Provenance")
    basedIn: [Place!]! @relationship(type: "BASED_IN", direction: OUT, properties: "Provenance")
    officeHolders: [Person!]! @relationship(type: "HOLDS_OFFICE", direction: IN, properties: "OfficeProps")
    published: [Article!]! @relationship(type: "PUBLISHED", direction: OUT, properties: "Provenance")
    supports: [Actor!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Provenance")
    opposes: [Actor!]! @relationship(type: "OPPOSES", direction: OUT, properties: "Provenance")
    cooperatesWith: [Actor!]! @relationship(type: "COOPERATES_WITH", direction: OUT, properties: "Provenance")
  }

  type Government implements Entity & Actor @node {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    wikidataId: String
    description: String
    level: String
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN, properties: "Provenance")
    perpetrated: [Event!]! @relationship(type: "PERPETRATED", direction: OUT, properties: "Provenance")
    targetedBy: [Event!]! @relationship(type: "TARGETED", direction: IN, properties: "Provenance")
    made: [Statement!]! @relationship(type: "MADE", direction: OUT, properties: "Provenance")
    governs: [Place!]! @relationship(type: "GOVERNS", direction: OUT, properties: "Provenance")
    seatedIn: [Place!]! @relationship(type: "SEATED_IN", direction: OUT, properties: "Provenance")
    partOf: [Government!]! @relationship(type: "PART_OF", direction: OUT, properties: "Provenance")
    forces: [Force!]! @relationship(type: "UNDER", direction: IN, properties: "Provenance")
    organizations: [Organization!]! @relationship(type: "PART_OF", direction: IN, properties: "Provenance")
    officeHolders: [Person!]! @relationship(type: "HOLDS_OFFICE", direction: IN, properties: "OfficeProps")
    supports: [Actor!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Provenance")
    opposes: [Actor!]! @relationship(type: "OPPOSES", direction: OUT, properties: "Provenance")
    cooperatesWith: [Actor!]! @relationship(type: "COOPERATES_WITH", direction: OUT, properties: "Provenance")
  }

  type Force implements Entity & Actor @node {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    wikidataId: String
    description: String
    forceType: String
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN, properties: "Provenance")
    perpetrated: [Event!]! @relationship(type: "PERPETRATED", direction: OUT, properties: "Provenance")
    targetedBy: [Event!]! @relationship(type: "TARGETED", direction: IN, properties: "Provenance")
    made: [Statement!]! @relationship(type: "MADE", direction: OUT, properties: "Provenance")
    under: [Actor!]! @relationship(type: "UNDER", direction: OUT, properties: "Provenance")
    partOf: [Actor!]! @relationship(type: "PART_OF", direction: OUT, properties: "Provenance")
    components: [Actor!]! @relationship(type: "PART_OF", direction: IN, properties: "Provenance")
    basedIn: [Place!]! @relationship(type: "BASED_IN", direction: OUT, properties: "Provenance")
    officeHolders: [Person!]! @relationship(type: "HOLDS_OFFICE", direction: IN, properties: "OfficeProps")
    supports: [Actor!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Provenance")
    opposes: [Actor!]! @relationship(type: "OPPOSES", direction: OUT, properties: "Provenance")
    cooperatesWith: [Actor!]! @relationship(type: "COOPERATES_WITH", direction: OUT, properties: "Provenance")
  }

  type Person implements Entity & Actor @node {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    wikidataId: String
    description: String
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN, properties: "Provenance")
    perpetrated: [Event!]! @relationship(type: "PERPETRATED", direction: OUT, properties: "Provenance")
    targetedBy: [Event!]! @relationship(type: "TARGETED", direction: IN, properties: "Provenance")
    made: [Statement!]! @relationship(type: "MADE", direction: OUT, properties: "Provenance")
    holdsOffice: [Actor!]! @relationship(type: "HOLDS_OFFICE", direction: OUT, properties: "OfficeProps")
    memberOf: [Actor!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Provenance")
    supports: [Actor!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Provenance")
    opposes: [Actor!]! @relationship(type: "OPPOSES", direction: OUT, properties: "Provenance")
  }

  "One source's casualty figures (internal node of the writer, under HAS_CLAIM)."
  type CasualtyClaim @node {
    id: ID!
    group: String
    actorId: String
    killed: Float
    injured: Float
    abducted: Float
    arrested: Float
    articleId: String
    sentence: String
    confidence: Float
  }

  type Event @node {
    id: ID!
    kind: String!
    label: String
    description: String
    eventType: String!
    subEventType: String!
    date: Date!
    datePrecision: String
    civilianTargeting: Boolean
    location: Point
    "Reconciled figures stored by the writer (ADR 4)."
    fatalities: Float
    fatalitiesLow: Float
    fatalitiesHigh: Float
    injured: Float
    injuredLow: Float
    injuredHigh: Float
    groupKeys: [String!]
    groupNames: [String!]
    groupActors: [String!]
    groupKilled: [Float!]
    groupInjured: [Float!]
    groupAbducted: [Float!]
    groupArrested: [Float!]
    occurredIn: [Place!]! @relationship(type: "OCCURRED_IN", direction: OUT, properties: "Provenance")
    perpetrators: [Actor!]! @relationship(type: "PERPETRATED", direction: IN, properties: "Provenance")
    targets: [Entity!]! @relationship(type: "TARGETED", direction: OUT, properties: "Provenance")
    claims: [CasualtyClaim!]! @relationship(type: "HAS_CLAIM", direction: OUT)
    statements: [Statement!]! @relationship(type: "ABOUT", direction: IN, properties: "Provenance")
    reportedBy: [Article!]! @relationship(type: "REPORTS", direction: IN, properties: "Provenance")
  }

  union StatementSubject = Event | Place | Organization | Government | Force | Person

  type Statement @node {
    id: ID!
    kind: String!
    stance: String!
    quote: String
    summary: String
    date: Date
    speaker: [Actor!]! @relationship(type: "MADE", direction: IN, properties: "Provenance")
    about: [StatementSubject!]! @relationship(type: "ABOUT", direction: OUT, properties: "Provenance")
    toward: [Entity!]! @relationship(type: "TOWARD", direction: OUT, properties: "Provenance")
    reportedBy: [Article!]! @relationship(type: "REPORTS", direction: IN, properties: "Provenance")
  }

  type Article @node {
    id: ID!
    kind: String!
    title: String
    url: String
    published: Date!
    language: String
    text: String
    contentHash: String
    publisher: [Organization!]! @relationship(type: "PUBLISHED", direction: IN, properties: "Provenance")
    reportsEvents: [Event!]! @relationship(type: "REPORTS", direction: OUT, properties: "Provenance")
    reportsStatements: [Statement!]! @relationship(type: "REPORTS", direction: OUT, properties: "Provenance")
    mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT, properties: "Provenance")
  }

  """
  Full-text search over the same index our server uses (entity_search, on the :Entity label, over
  the folded name and aliases). The library only accepts String fields in @fulltext (the aliases
  are a list), but it uses the field list only to create indexes; queries go to the named index as
  it exists.
  """
  type EntityNode @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_search", fields: ["name"], queryName: "searchEntities" }]) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
  }

  "Nearest equivalents of what the generated API cannot express (see operations.ts)."
  type PathStep {
    from: ID!
    type: String!
    forward: Boolean!
    to: ID!
  }

  type Path {
    length: Int!
    nodeIds: [ID!]!
    steps: [PathStep!]!
  }

  "A node of a neighbourhood, as our server's explorer draws it."
  type HoodNode {
    id: ID!
    kind: String!
    label: String
    depth: Int!
  }

  "A link among the nodes of a neighbourhood."
  type HoodEdge {
    id: ID!
    type: String!
    source: ID!
    target: ID!
  }

  type Hood {
    truncated: Boolean!
    nodes: [HoodNode!]!
    edges: [HoodEdge!]!
  }

  type TimelineBucket {
    start: String!
    events: Int!
    fatalities: Float!
    injured: Float!
  }

  type Query {
    "All shortest paths between two nodes over the domain relationships (no path query is generated)."
    shortestPaths(from: ID!, to: ID!, limit: Int = 5): [Path!]!
      @cypher(
        statement: """
        MATCH (a:Node {id: $from}), (b:Node {id: $to})
        MATCH p = allShortestPaths((a)-[:LOCATED_IN|UNDER|PART_OF|HOLDS_OFFICE|MEMBER_OF|GOVERNS|SEATED_IN|BASED_IN|OCCURRED_IN|PERPETRATED|TARGETED|MADE|ABOUT|TOWARD|SUPPORTS|OPPOSES|COOPERATES_WITH|NEAR*..4]-(b))
        WITH p LIMIT $limit
        RETURN {
          length: length(p),
          nodeIds: [n IN nodes(p) | n.id],
          steps: [i IN range(0, length(p) - 1) | {
            from: nodes(p)[i].id,
            type: type(relationships(p)[i]),
            forward: startNode(relationships(p)[i]) = nodes(p)[i],
            to: nodes(p)[i + 1].id
          }]
        } AS path
        """
        columnName: "path"
      )
    "Our server's neighbourhood (2 hops, at most 200 nodes) as one statement with the same answer: each hop reads at most 4 x room + 1 relationships of each frontier node, keeps the new nodes in order of id, and stops at the first hop that overflows; then every link among the nodes drawn."
    neighbourhood(id: ID!): Hood
      @cypher(
        statement: """
        MATCH (root:Node {id: $id})
        CALL (root) {
          MATCH (root)-[:LOCATED_IN|UNDER|PART_OF|HOLDS_OFFICE|MEMBER_OF|GOVERNS|SEATED_IN|BASED_IN|OCCURRED_IN|PERPETRATED|TARGETED|MADE|ABOUT|TOWARD|SUPPORTS|OPPOSES|COOPERATES_WITH|NEAR]-(m:Node) WHERE m <> root
          WITH m LIMIT 797
          RETURN collect(m) AS l1
        }
        CALL (root, l1) {
          UNWIND l1 AS m
          WITH DISTINCT m
          ORDER BY m.id LIMIT 200
          RETURN collect(m) AS f1
        }
        WITH root, f1[..199] AS h1, size(l1) >= 797 OR size(f1) > 199 AS t1
        WITH root, h1, t1, 199 - size(h1) AS room2
        OPTIONAL CALL (root, h1, t1, room2) {
          WITH root, h1, room2 WHERE NOT t1 AND size(h1) > 0
          UNWIND h1 AS x
          CALL (x) {
            MATCH (x)-[:LOCATED_IN|UNDER|PART_OF|HOLDS_OFFICE|MEMBER_OF|GOVERNS|SEATED_IN|BASED_IN|OCCURRED_IN|PERPETRATED|TARGETED|MADE|ABOUT|TOWARD|SUPPORTS|OPPOSES|COOPERATES_WITH|NEAR]-(m:Node) WHERE m <> x
            WITH m LIMIT 797
            RETURN collect(m) AS l
          }
          WITH root, h1, room2, l[..(4 * room2 + 1)] AS l
          WITH root, h1, room2, max(size(l)) >= 4 * room2 + 1 AS capped, collect(l) AS lists
          UNWIND lists AS l
          UNWIND l AS m
          WITH DISTINCT root, h1, room2, capped, m
          WHERE m <> root AND NOT m IN h1
          WITH room2, capped, m ORDER BY m.id LIMIT 200
          WITH room2, capped, collect(m) AS f
          RETURN capped OR size(f) > room2 AS t2, f[..room2] AS h2
        }
        WITH root, h1, coalesce(h2, []) AS h2, t1 OR coalesce(t2, false) AS truncated
        WITH root, h1, h2, truncated, [root] + h1 + h2 AS drawn
        CALL (drawn) {
          UNWIND drawn AS a
          MATCH (a)-[r:LOCATED_IN|UNDER|PART_OF|HOLDS_OFFICE|MEMBER_OF|GOVERNS|SEATED_IN|BASED_IN|OCCURRED_IN|PERPETRATED|TARGETED|MADE|ABOUT|TOWARD|SUPPORTS|OPPOSES|COOPERATES_WITH|NEAR]->(b) WHERE b IN drawn
          RETURN collect(r)[..800] AS rels
        }
        RETURN {
          truncated: truncated,
          nodes: [m IN [root] | {id: m.id, kind: m.kind, label: CASE m.kind WHEN 'Event' THEN coalesce(m.label, replace(toLower(m.subEventType), '_', ' ') + ' ' + toString(m.date)) WHEN 'Statement' THEN replace(toLower(m.stance), '_', ' ') + CASE WHEN m.date IS NULL THEN '' ELSE ' ' + toString(m.date) END WHEN 'Article' THEN coalesce(m.title, 'article ' + toString(m.published)) ELSE m.name END, depth: 0}]
            + [m IN h1 | {id: m.id, kind: m.kind, label: CASE m.kind WHEN 'Event' THEN coalesce(m.label, replace(toLower(m.subEventType), '_', ' ') + ' ' + toString(m.date)) WHEN 'Statement' THEN replace(toLower(m.stance), '_', ' ') + CASE WHEN m.date IS NULL THEN '' ELSE ' ' + toString(m.date) END WHEN 'Article' THEN coalesce(m.title, 'article ' + toString(m.published)) ELSE m.name END, depth: 1}]
            + [m IN h2 | {id: m.id, kind: m.kind, label: CASE m.kind WHEN 'Event' THEN coalesce(m.label, replace(toLower(m.subEventType), '_', ' ') + ' ' + toString(m.date)) WHEN 'Statement' THEN replace(toLower(m.stance), '_', ' ') + CASE WHEN m.date IS NULL THEN '' ELSE ' ' + toString(m.date) END WHEN 'Article' THEN coalesce(m.title, 'article ' + toString(m.published)) ELSE m.name END, depth: 2}],
          edges: [r IN rels | {
            id: startNode(r).id + '|' + type(r) + '|' + endNode(r).id + CASE WHEN coalesce(r.key, '') = '' THEN '' ELSE '|' + r.key END,
            type: type(r), source: startNode(r).id, target: endNode(r).id
          }]
        } AS hood
        """
        columnName: "hood"
      )
    "Events per month of a perpetrator, with fatalities (aggregations cannot group by month)."
    perpetratorTimeline(perpetratorId: ID!): [TimelineBucket!]!
      @cypher(
        statement: """
        MATCH (:Node {id: $perpetratorId})-[:PERPETRATED]->(e:Event)
        WITH DISTINCT e
        WITH date.truncate('month', e.date) AS bucket, e
        WITH toString(bucket) AS start, count(e) AS events, sum(coalesce(e.fatalities, 0)) AS fatalities, sum(coalesce(e.injured, 0)) AS injured
        ORDER BY start
        RETURN {start: start, events: events, fatalities: fatalities, injured: injured} AS bucket
        """
        columnName: "bucket"
      )
  }
`;
