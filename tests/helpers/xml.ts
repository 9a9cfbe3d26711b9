// A strict reader for the XML the JUnit formatter writes: elements, double- or single-quoted attributes, text,
// the five named entities and character references, an XML declaration. Anything else (a stray `<` or `&`, a
// mismatched or unclosed tag, a character XML 1.0 forbids, a duplicate attribute) throws, as a conforming parser
// would. No DTDs, comments, CDATA or processing instructions: the formatter writes none.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded. */
  text: string;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string): XmlElement {
  const bad = NOT_XML_CHARACTER.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed in XML 1.0`);
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${at}: ${JSON.stringify(xml.slice(at, at + 30))}`);
  };
  const name = () => {
    NAME.lastIndex = at;
    const m = NAME.exec(xml) ?? fail('expected a name');
    at += m[0].length;
    return m[0];
  };
  const space = () => {
    while (/[ \t\r\n]/.test(xml[at] ?? '')) at++;
  };
  const decode = (raw: string) => {
    if (/[<]/.test(raw)) fail('raw < in text or attribute');
    return raw.replace(/&([^;]*);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) return fail('bare &');
      if (ref in ENTITIES) return ENTITIES[ref];
      const code = /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? Number(ref.slice(1)) : fail(`unknown entity ${whole}`);
      const character = String.fromCodePoint(code);
      if (NOT_XML_CHARACTER.test(character)) fail(`reference to a forbidden character ${whole}`);
      return character;
    });
  };
  const element = (): XmlElement => {
    if (xml[at] !== '<') fail('expected <');
    at++;
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = at;
      space();
      if (xml.startsWith('/>', at)) {
        at += 2;
        return { name: tag, attributes, children: [], text: '' };
      }
      if (xml[at] === '>') {
        at++;
        break;
      }
      if (at === before) fail('expected white space before an attribute');
      const key = name();
      space();
      if (xml[at] !== '=') fail('expected =');
      at++;
      space();
      const quote = xml[at];
      if (quote !== '"' && quote !== "'") fail('expected a quoted value');
      const end = xml.indexOf(quote, at + 1);
      if (end === -1) fail('unterminated attribute');
      if (key in attributes) fail(`duplicate attribute ${key}`);
      // A conforming parser turns a raw tab or line break in an attribute into a space.
      attributes[key] = decode(xml.slice(at + 1, end).replace(/[\t\n\r]/g, ' '));
      at = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const next = xml.indexOf('<', at);
      if (next === -1) fail(`unclosed <${tag}>`);
      text += decode(xml.slice(at, next));
      at = next;
      if (xml.startsWith('</', at)) {
        at += 2;
        if (name() !== tag) fail(`mismatched end tag for <${tag}>`);
        space();
        if (xml[at] !== '>') fail('expected >');
        at++;
        return { name: tag, attributes, children, text };
      }
      children.push(element());
    }
  };
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>/.exec(xml);
  if (declaration) at = declaration[0].length;
  space();
  const root = element();
  space();
  if (at !== xml.length) fail('content after the root element');
  return root;
}

/** Every element under `root` (itself included) with this name, in document order. */
export function elementsNamed(root: XmlElement, name: string): XmlElement[] {
  return [...(root.name === name ? [root] : []), ...root.children.flatMap((child) => elementsNamed(child, name))];
}
