import { buildASTSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CASUALTY_GROUPS,
  DATE_PRECISIONS,
  ENTITY_KINDS,
  EVENT_TYPES,
  FORCE_TYPES,
  GOVERNMENT_LEVELS,
  NODE_KINDS,
  ORGANIZATION_TYPES,
  PLACE_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  STANCE_NAMES,
  SUB_EVENT_TYPES,
  eventTypeOf,
} from '../../src/domain/taxonomy.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const schema = buildASTSchema(loadTypeDefs());
const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name).sort();

describe('the GraphQL enums mirror src/domain/taxonomy.ts', () => {
  it.each([
    ['NodeKind', NODE_KINDS],
    ['EntityKind', ENTITY_KINDS],
    ['EventType', EVENT_TYPES],
    ['SubEventType', SUB_EVENT_TYPES],
    ['DatePrecision', DATE_PRECISIONS],
    ['CasualtyGroup', CASUALTY_GROUPS],
    ['Stance', STANCE_NAMES],
    ['RelationshipType', RELATIONSHIP_TYPE_NAMES],
    ['PlaceType', PLACE_TYPES],
    ['OrganizationType', ORGANIZATION_TYPES],
    ['GovernmentLevel', GOVERNMENT_LEVELS],
    ['ForceType', FORCE_TYPES],
  ])('%s', (name, list) => {
    expect(values(name)).toEqual([...list].sort());
  });
});

describe('ACLED taxonomy', () => {
  it('files each sub-event type under its event type', () => {
    expect(eventTypeOf('REMOTE_EXPLOSIVE_LANDMINE_IED')).toBe('EXPLOSIONS_REMOTE_VIOLENCE');
    expect(eventTypeOf('ABDUCTION_FORCED_DISAPPEARANCE')).toBe('VIOLENCE_AGAINST_CIVILIANS');
    expect(eventTypeOf('ARRESTS')).toBe('STRATEGIC_DEVELOPMENTS');
    expect(new Set(SUB_EVENT_TYPES).size).toBe(SUB_EVENT_TYPES.length);
  });
});
