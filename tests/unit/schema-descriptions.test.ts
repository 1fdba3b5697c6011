/**
 * The schema documents itself: every type, field, argument, input field, enum value and directive
 * of schema/*.graphql carries a description (what GraphiQL's docs pane shows), and a field an
 * interface declares keeps the interface's text, arguments included, in every implementing type.
 */
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  Kind,
  parse,
  print,
  type DocumentNode,
  type InputValueDefinitionNode,
  type StringValueNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const described = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

function argumentProblems(owner: string, args: readonly GraphQLArgument[]): string[] {
  return args.filter((a) => !described(a.description)).map((a) => `${owner}(${a.name}:) has no description`);
}

/** Fields (and their arguments) whose text differs from the interface field they implement. */
function interfaceProblems(typeName: string, field: GraphQLField<unknown, unknown>, iface: string, declared: GraphQLField<unknown, unknown>): string[] {
  const problems: string[] = [];
  if (described(declared.description) && field.description !== declared.description) {
    problems.push(`${typeName}.${field.name} has a description that differs from ${iface}.${field.name}`);
  }
  for (const arg of field.args) {
    const declaredArg = declared.args.find((a) => a.name === arg.name);
    if (declaredArg && described(declaredArg.description) && arg.description !== declaredArg.description) {
      problems.push(`${typeName}.${field.name}(${arg.name}:) has a description that differs from ${iface}.${field.name}(${arg.name}:)`);
    }
  }
  return problems;
}

/** Everything undocumented in a schema, and every implementation whose text strays from its interface. */
export function descriptionProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!described(type.description)) problems.push(`${type.name} has no description`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const owner = `${type.name}.${field.name}`;
        if (!described(field.description)) problems.push(`${owner} has no description`);
        problems.push(...argumentProblems(owner, field.args));
        for (const iface of type.getInterfaces()) {
          const declared = iface.getFields()[field.name];
          if (declared) problems.push(...interfaceProblems(type.name, field, iface.name, declared));
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) problems.push(`${type.name}.${field.name} has no description`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!described(value.description)) problems.push(`${type.name}.${value.name} has no description`);
      }
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    if (!described(directive.description)) problems.push(`@${directive.name} has no description`);
    problems.push(...argumentProblems(`@${directive.name}`, directive.args));
  }
  return problems.sort();
}

const problemsOf = (doc: DocumentNode) => descriptionProblems(buildASTSchema(doc));

/**
 * The document with the description of one definition replaced (`text`) or removed (undefined).
 * `path` is `Type`, `Type.field`, `Type.field(arg:)`, `Input.field` or `Enum.VALUE`; type
 * extensions (`extend type Query`) are searched for members too.
 */
function withDescription(doc: DocumentNode, path: string, text: string | undefined): DocumentNode {
  const match = /^(\w+)(?:\.(\w+)(?:\((\w+):\))?)?$/.exec(path);
  if (!match) throw new Error(`not a schema path: ${path}`);
  const [, typeName, member, arg] = match;
  let edited = 0;
  const edit = <T extends { description?: StringValueNode }>(node: T): T => {
    edited++;
    return { ...node, description: text === undefined ? undefined : { kind: Kind.STRING, value: text } };
  };
  type Member = { name: { value: string }; description?: StringValueNode; arguments?: readonly InputValueDefinitionNode[] };
  const editMembers = (members: readonly Member[] | undefined) =>
    members?.map((m) => {
      if (m.name.value !== member) return m;
      if (!arg) return edit(m);
      return { ...m, arguments: m.arguments?.map((a) => (a.name.value === arg ? edit(a) : a)) };
    });
  const definitions = doc.definitions.map((definition) => {
    if (definition.kind === Kind.DIRECTIVE_DEFINITION || !('name' in definition) || definition.name?.value !== typeName) return definition;
    if (!member) return definition.kind.endsWith('Definition') ? edit(definition as typeof definition & { description?: StringValueNode }) : definition;
    const d = definition as typeof definition & { fields?: readonly Member[]; values?: readonly Member[] };
    return { ...d, ...(d.fields ? { fields: editMembers(d.fields) } : {}), ...(d.values ? { values: editMembers(d.values) } : {}) };
  });
  if (edited !== 1) throw new Error(`expected one description at ${path}, found ${edited}`);
  return { ...doc, definitions } as DocumentNode;
}

const withoutDescription = (doc: DocumentNode, path: string) => withDescription(doc, path, undefined);

const FIXTURE = parse(`
  "Has an id."
  interface Thing {
    "The id."
    id: ID!
    "Neighbours."
    near("How many." first: Int = 5): [Thing!]!
  }
  "A widget."
  type Widget implements Thing {
    "The id."
    id: ID!
    "Neighbours."
    near("How many." first: Int = 5): [Thing!]!
    "How it looks."
    look: Look
  }
  "Looks."
  enum Look {
    "Shiny."
    SHINY
    "Dull."
    DULL
  }
  "Which widgets."
  input WidgetFilter {
    "Only this look."
    look: Look
  }
  "Marks a field."
  directive @marked("Why." reason: String) on FIELD_DEFINITION
  "Reads."
  type Query {
    "Widgets."
    widgets("Which." filter: WidgetFilter): [Widget!]!
  }
`);

describe('schema descriptions', () => {
  it('are present on every type, field, argument, input field, enum value and directive of schema/*.graphql, and match their interface', () => {
    expect(problemsOf(loadTypeDefs())).toEqual([]);
  });

  it('the check passes a fully described fixture', () => {
    expect(problemsOf(FIXTURE)).toEqual([]);
  });

  it('the check names each kind of missing description in a fixture', () => {
    expect(problemsOf(withoutDescription(FIXTURE, 'Widget'))).toEqual(['Widget has no description']);
    expect(problemsOf(withoutDescription(FIXTURE, 'Widget.look'))).toEqual(['Widget.look has no description']);
    expect(problemsOf(withoutDescription(FIXTURE, 'Query.widgets(filter:)'))).toEqual(['Query.widgets(filter:) has no description']);
    expect(problemsOf(withoutDescription(FIXTURE, 'WidgetFilter.look'))).toEqual(['WidgetFilter.look has no description']);
    expect(problemsOf(withoutDescription(FIXTURE, 'Look.DULL'))).toEqual(['Look.DULL has no description']);
    expect(problemsOf(withDescription(FIXTURE, 'Look.SHINY', '  '))).toEqual(['Look.SHINY has no description']);
    expect(problemsOf(parse(print(FIXTURE).replace('"Marks a field."', '')))).toEqual(['@marked has no description']);
    expect(problemsOf(parse(print(FIXTURE).replace('"Why."', '')))).toEqual(['@marked(reason:) has no description']);
  });

  it('the check names an implementation whose text differs from its interface', () => {
    const drifted = withDescription(withDescription(FIXTURE, 'Widget.id', 'The widget id.'), 'Widget.near(first:)', 'How many widgets.');
    expect(problemsOf(drifted)).toEqual([
      'Widget.id has a description that differs from Thing.id',
      'Widget.near(first:) has a description that differs from Thing.near(first:)',
    ]);
  });

  it('the check fails on the real schema with any one description removed', () => {
    const real = loadTypeDefs();
    for (const path of ['Event', 'Event.fatalities', 'Query.events(filter:)', 'EventFilter.placeId', 'Stance.CONDOLENCE', 'Mutation.link(input:)']) {
      expect(problemsOf(withoutDescription(real, path)), path).toEqual([`${path} has no description`]);
    }
    // An implementing type's field: missing, so also no longer the interface's text.
    expect(problemsOf(withoutDescription(real, 'Place.aliases'))).toEqual([
      'Place.aliases has a description that differs from Entity.aliases',
      'Place.aliases has no description',
    ]);
  });
});
