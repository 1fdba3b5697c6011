/**
 * A strict reader of the XML this project writes, for tests: it checks well-formedness (one root,
 * tags closed in order, quoted attributes, known entities, no characters XML forbids) and builds
 * a small tree. Then `readGraphml` checks what Gephi and Cytoscape rely on in a GraphML file:
 * the namespace, <key> declarations with ids, domains and types, one <graph> with edgedefault,
 * unique node ids, edges between declared nodes, <data> pointing at declared keys of the right
 * domain, with values of the declared type.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.:-]*/;
const FORBIDDEN = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function decode(text: string, at: number): string {
  return text.replace(/&([^;\s&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated entity near offset ${at}`);
    if (name in ENTITIES) return ENTITIES[name]!;
    const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(name);
    if (num) return String.fromCodePoint(num[1]!.startsWith('x') ? parseInt(num[1]!.slice(1), 16) : Number(num[1]));
    throw new Error(`unknown entity &${name}; near offset ${at}`);
  });
}

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('the document holds a character XML does not allow');
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const skip = (re: RegExp) => {
    const m = re.exec(xml.slice(i));
    if (m) i += m[0].length;
    return m;
  };
  skip(/^\uFEFF/);
  if (xml.startsWith('<?xml', i)) {
    const end = xml.indexOf('?>', i);
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  while (i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('</', i)) {
      i += 2;
      const name = skip(NAME)?.[0];
      skip(/^\s*/);
      if (xml[i] !== '>') throw new Error(`malformed end tag at offset ${i}`);
      i += 1;
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}> at offset ${i}`);
      continue;
    }
    if (xml[i] === '<') {
      i += 1;
      const name = skip(NAME)?.[0];
      if (!name) throw new Error(`malformed tag at offset ${i}`);
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const space = skip(/^\s*/)![0];
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (!space) throw new Error(`attributes of <${name}> need spaces between them (offset ${i})`);
        const attr = skip(NAME)?.[0];
        if (!attr) throw new Error(`malformed attribute in <${name}> at offset ${i}`);
        const value = skip(/^\s*=\s*("([^"<]*)"|'([^'<]*)')/);
        if (!value) throw new Error(`attribute ${attr} of <${name}> is not a quoted value (offset ${i})`);
        if (attr in element.attributes) throw new Error(`attribute ${attr} given twice in <${name}>`);
        element.attributes[attr] = decode(value[2] ?? value[3] ?? '', i);
      }
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new Error(`a second root element <${name}>`);
      else root = element;
      if (xml.startsWith('/>', i)) i += 2;
      else {
        i += 1;
        stack.push(element);
      }
      continue;
    }
    const end = xml.indexOf('<', i);
    const text = xml.slice(i, end < 0 ? xml.length : end);
    if (text.includes('>') && /]]>/.test(text)) throw new Error(`"]]>" in text at offset ${i}`);
    const parent = stack.at(-1);
    if (!parent) {
      if (text.trim()) throw new Error(`text outside the root element at offset ${i}`);
    } else parent.text += decode(text, i);
    i = end < 0 ? xml.length : end;
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

export interface GraphmlGraph {
  keys: Map<string, { for: string; name: string; type: string }>;
  nodes: Map<string, Record<string, string>>;
  edges: { source: string; target: string; data: Record<string, string> }[];
}

/** Reads a GraphML document as the tools do, throwing on anything they would refuse. */
export function readGraphml(xml: string): GraphmlGraph {
  const root = parseXml(xml);
  if (root.name !== 'graphml') throw new Error(`the root is <${root.name}>, not <graphml>`);
  if (root.attributes.xmlns !== 'http://graphml.graphdrawing.org/xmlns') throw new Error('the GraphML namespace is missing');
  const keys = new Map<string, { for: string; name: string; type: string }>();
  for (const k of root.children.filter((c) => c.name === 'key')) {
    const { id, for: domain, 'attr.name': name, 'attr.type': type } = k.attributes;
    if (!id || !domain || !name || !type) throw new Error(`a <key> lacks id, for, attr.name or attr.type: ${JSON.stringify(k.attributes)}`);
    if (!['node', 'edge', 'graph', 'all'].includes(domain)) throw new Error(`key ${id} is for "${domain}"`);
    if (!['boolean', 'int', 'long', 'float', 'double', 'string'].includes(type)) throw new Error(`key ${id} has type "${type}"`);
    if (keys.has(id)) throw new Error(`key ${id} is declared twice`);
    keys.set(id, { for: domain, name, type });
  }
  const graphs = root.children.filter((c) => c.name === 'graph');
  if (graphs.length !== 1) throw new Error(`${graphs.length} <graph> elements`);
  const graph = graphs[0]!;
  if (!['directed', 'undirected'].includes(graph.attributes.edgedefault ?? '')) throw new Error('the graph has no edgedefault');
  const data = (el: XmlElement, domain: string) => {
    const out: Record<string, string> = {};
    for (const d of el.children.filter((c) => c.name === 'data')) {
      const key = keys.get(d.attributes.key ?? '');
      if (!key) throw new Error(`<data key="${d.attributes.key}"> names no declared key`);
      if (key.for !== domain && key.for !== 'all') throw new Error(`key ${d.attributes.key} is for ${key.for}, used on a ${domain}`);
      if (['int', 'long'].includes(key.type) && !/^-?\d+$/.test(d.text)) throw new Error(`"${d.text}" is not an ${key.type} (${key.name})`);
      if (['float', 'double'].includes(key.type) && !Number.isFinite(Number(d.text))) throw new Error(`"${d.text}" is not a ${key.type} (${key.name})`);
      if (key.type === 'boolean' && !['true', 'false'].includes(d.text)) throw new Error(`"${d.text}" is not a boolean`);
      out[key.name] = d.text;
    }
    return out;
  };
  const nodes = new Map<string, Record<string, string>>();
  for (const n of graph.children.filter((c) => c.name === 'node')) {
    const id = n.attributes.id;
    if (!id) throw new Error('a node without an id');
    if (nodes.has(id)) throw new Error(`node ${id} appears twice`);
    nodes.set(id, data(n, 'node'));
  }
  const edges: GraphmlGraph['edges'] = [];
  for (const e of graph.children.filter((c) => c.name === 'edge')) {
    const { source, target } = e.attributes;
    if (!source || !target || !nodes.has(source) || !nodes.has(target)) throw new Error(`edge ${source} -> ${target} does not join two declared nodes`);
    edges.push({ source, target, data: data(e, 'edge') });
  }
  const other = graph.children.filter((c) => !['node', 'edge', 'data', 'desc'].includes(c.name));
  if (other.length) throw new Error(`unexpected <${other[0]!.name}> in <graph>`);
  return { keys, nodes, edges };
}
