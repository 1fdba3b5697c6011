/**
 * Controlled vocabularies of the domain. The GraphQL enums in schema/ mirror these lists;
 * tests/unit/taxonomy.test.ts fails when the two drift apart.
 */

export const ENTITY_KINDS = ['Organization', 'Government', 'Place', 'Force', 'Person'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Kinds that can act: perpetrate, be targeted, speak. */
export const ACTOR_KINDS = ['Organization', 'Government', 'Force', 'Person'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const NODE_KINDS = [...ENTITY_KINDS, 'Event', 'Statement', 'Article'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const PLACE_TYPES = [
  'COUNTRY',
  'REGION',
  'GOVERNORATE',
  'DISTRICT',
  'SUBDISTRICT',
  'CITY',
  'TOWN',
  'VILLAGE',
  'AREA',
  'SITE',
] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export const ORGANIZATION_TYPES = [
  'ARMED_GROUP',
  'MINISTRY',
  'AGENCY',
  'MEDIA',
  'INTERNATIONAL',
  'POLITICAL_PARTY',
  'NGO',
  'OTHER',
] as const;

export const GOVERNMENT_LEVELS = ['NATIONAL', 'REGIONAL', 'LOCAL'] as const;

export const FORCE_TYPES = ['MILITARY', 'POLICE', 'PARAMILITARY', 'COUNTER_TERRORISM', 'COALITION', 'OTHER'] as const;

/** ACLED event types and, for each, its sub-event types. */
export const ACLED_TAXONOMY = {
  BATTLES: ['ARMED_CLASH', 'GOVERNMENT_REGAINS_TERRITORY', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY'],
  EXPLOSIONS_REMOTE_VIOLENCE: [
    'CHEMICAL_WEAPON',
    'AIR_DRONE_STRIKE',
    'SUICIDE_BOMB',
    'SHELLING_ARTILLERY_MISSILE_ATTACK',
    'REMOTE_EXPLOSIVE_LANDMINE_IED',
    'GRENADE',
  ],
  VIOLENCE_AGAINST_CIVILIANS: ['SEXUAL_VIOLENCE', 'ATTACK', 'ABDUCTION_FORCED_DISAPPEARANCE'],
  PROTESTS: ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS'],
  RIOTS: ['VIOLENT_DEMONSTRATION', 'MOB_VIOLENCE'],
  STRATEGIC_DEVELOPMENTS: [
    'AGREEMENT',
    'ARRESTS',
    'CHANGE_TO_GROUP_ACTIVITY',
    'DISRUPTED_WEAPONS_USE',
    'HEADQUARTERS_OR_BASE_ESTABLISHED',
    'LOOTING_PROPERTY_DESTRUCTION',
    'NON_VIOLENT_TRANSFER_OF_TERRITORY',
    'OTHER',
  ],
} as const;
export type EventType = keyof typeof ACLED_TAXONOMY;
export type SubEventType = (typeof ACLED_TAXONOMY)[EventType][number];
export const EVENT_TYPES = Object.keys(ACLED_TAXONOMY) as EventType[];
export const SUB_EVENT_TYPES = Object.values(ACLED_TAXONOMY).flat() as SubEventType[];

/** The ACLED event type a sub-event type belongs to. */
export function eventTypeOf(sub: SubEventType): EventType {
  for (const type of EVENT_TYPES) {
    if ((ACLED_TAXONOMY[type] as readonly string[]).includes(sub)) return type;
  }
  throw new Error(`unknown sub-event type ${sub}`);
}

/** ACLED's labels, for export in ACLED's own spelling. */
export const ACLED_LABELS: Record<EventType | SubEventType, string> = {
  BATTLES: 'Battles',
  EXPLOSIONS_REMOTE_VIOLENCE: 'Explosions/Remote violence',
  VIOLENCE_AGAINST_CIVILIANS: 'Violence against civilians',
  PROTESTS: 'Protests',
  RIOTS: 'Riots',
  STRATEGIC_DEVELOPMENTS: 'Strategic developments',
  ARMED_CLASH: 'Armed clash',
  GOVERNMENT_REGAINS_TERRITORY: 'Government regains territory',
  NON_STATE_ACTOR_OVERTAKES_TERRITORY: 'Non-state actor overtakes territory',
  CHEMICAL_WEAPON: 'Chemical weapon',
  AIR_DRONE_STRIKE: 'Air/drone strike',
  SUICIDE_BOMB: 'Suicide bomb',
  SHELLING_ARTILLERY_MISSILE_ATTACK: 'Shelling/artillery/missile attack',
  REMOTE_EXPLOSIVE_LANDMINE_IED: 'Remote explosive/landmine/IED',
  GRENADE: 'Grenade',
  SEXUAL_VIOLENCE: 'Sexual violence',
  ATTACK: 'Attack',
  ABDUCTION_FORCED_DISAPPEARANCE: 'Abduction/forced disappearance',
  PEACEFUL_PROTEST: 'Peaceful protest',
  PROTEST_WITH_INTERVENTION: 'Protest with intervention',
  EXCESSIVE_FORCE_AGAINST_PROTESTERS: 'Excessive force against protesters',
  VIOLENT_DEMONSTRATION: 'Violent demonstration',
  MOB_VIOLENCE: 'Mob violence',
  AGREEMENT: 'Agreement',
  ARRESTS: 'Arrests',
  CHANGE_TO_GROUP_ACTIVITY: 'Change to group/activity',
  DISRUPTED_WEAPONS_USE: 'Disrupted weapons use',
  HEADQUARTERS_OR_BASE_ESTABLISHED: 'Headquarters or base established',
  LOOTING_PROPERTY_DESTRUCTION: 'Looting/property destruction',
  NON_VIOLENT_TRANSFER_OF_TERRITORY: 'Non-violent transfer of territory',
  OTHER: 'Other',
};

export const DATE_PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Who was affected, when a casualty figure names no actor (ACLED's civilian/armed split). */
export const CASUALTY_GROUPS = ['CIVILIANS', 'SECURITY_FORCES', 'MILITANTS', 'UNSPECIFIED'] as const;
export type CasualtyGroup = (typeof CASUALTY_GROUPS)[number];

/** Stances of a statement, each with its CAMEO code (GDELT). */
export const STANCES = {
  CONDEMNATION: '111',
  CONDOLENCE: '018',
  SOLIDARITY: '053',
  SUPPORT: '051',
  CONCERN: '012',
  CALL_FOR_ACTION: '020',
  CLAIM_OF_RESPONSIBILITY: '015',
  DENIAL: '016',
  OTHER: '010',
} as const;
export type Stance = keyof typeof STANCES;
export const STANCE_NAMES = Object.keys(STANCES) as Stance[];

/**
 * Relationship types of the graph. Direction is always (from)-[TYPE]->(to) as listed.
 * Curators may link and unlink these through the API; the writer owns the rest.
 */
export const RELATIONSHIP_TYPES = {
  LOCATED_IN: { from: ['Place'], to: ['Place'] },
  UNDER: { from: ['Force'], to: ['Government', 'Force', 'Organization'] },
  PART_OF: { from: ['Organization', 'Force', 'Government'], to: ['Organization', 'Government', 'Force'] },
  HOLDS_OFFICE: { from: ['Person'], to: ['Government', 'Organization', 'Force'] },
  MEMBER_OF: { from: ['Person'], to: ['Organization', 'Force', 'Government'] },
  GOVERNS: { from: ['Government'], to: ['Place'] },
  SEATED_IN: { from: ['Government', 'Organization', 'Force'], to: ['Place'] },
  BASED_IN: { from: ['Organization', 'Force', 'Person'], to: ['Place'] },
  OCCURRED_IN: { from: ['Event'], to: ['Place'] },
  PERPETRATED: { from: ['Organization', 'Government', 'Force', 'Person'], to: ['Event'] },
  TARGETED: { from: ['Event'], to: ['Organization', 'Government', 'Force', 'Person', 'Place'] },
  MADE: { from: ['Organization', 'Government', 'Force', 'Person'], to: ['Statement'] },
  ABOUT: { from: ['Statement'], to: ['Event', 'Organization', 'Government', 'Force', 'Person', 'Place'] },
  TOWARD: { from: ['Statement'], to: ['Organization', 'Government', 'Force', 'Person', 'Place'] },
  SUPPORTS: { from: ['Organization', 'Government', 'Force', 'Person'], to: ['Organization', 'Government', 'Force', 'Person'] },
  OPPOSES: { from: ['Organization', 'Government', 'Force', 'Person'], to: ['Organization', 'Government', 'Force', 'Person'] },
  COOPERATES_WITH: { from: ['Organization', 'Government', 'Force'], to: ['Organization', 'Government', 'Force'] },
  PUBLISHED: { from: ['Organization'], to: ['Article'] },
  REPORTS: { from: ['Article'], to: ['Event', 'Statement'] },
  MENTIONS: { from: ['Article'], to: ['Organization', 'Government', 'Place', 'Force', 'Person'] },
  NEAR: { from: ['Place'], to: ['Place'] },
} as const satisfies Record<string, { from: readonly NodeKind[]; to: readonly NodeKind[] }>;
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];
