/** The complete resolver map. */
import type { Resolvers } from '../generated/resolvers-types.js';
import { connectionResolvers } from '../pagination.js';
import { actorResolvers } from './actor.js';
import { articleResolvers } from './article.js';
import { commonResolvers } from './common.js';
import { eventResolvers } from './event.js';
import { exploreResolvers } from './explore.js';
import { ingestResolvers } from './ingest.js';
import { mutationResolvers } from './mutation.js';
import { placeResolvers } from './place.js';
import { queryResolvers } from './query.js';
import { reviewResolvers } from './review.js';
import { scalarResolvers } from './scalars.js';
import { statementResolvers } from './statement.js';

const connections = Object.fromEntries(
  ['PlaceConnection', 'EntityConnection', 'OrganizationConnection', 'GovernmentConnection', 'ForceConnection', 'PersonConnection', 'StatementConnection', 'ArticleConnection'].map(
    (name) => [name, connectionResolvers()],
  ),
);

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...commonResolvers,
  ...placeResolvers,
  ...actorResolvers,
  ...eventResolvers,
  ...statementResolvers,
  ...articleResolvers,
  ...queryResolvers,
  ...connections,
  ...ingestResolvers,
  GraphNode: exploreResolvers.GraphNode,
  GraphEdge: exploreResolvers.GraphEdge,
  EventGroup: exploreResolvers.EventGroup,
  Fact: reviewResolvers.Fact,
  FactConnection: reviewResolvers.FactConnection,
  ReviewConflict: reviewResolvers.ReviewConflict,
  HistoryEntry: reviewResolvers.HistoryEntry,
  Relationship: { ...commonResolvers.Relationship, ...reviewResolvers.Relationship },
  Query: { ...queryResolvers.Query, ...exploreResolvers.Query, ...reviewResolvers.Query },
  Mutation: { ...mutationResolvers.Mutation, ...ingestResolvers.Mutation, ...reviewResolvers.Mutation },
};
