// Whether a feed's XML is whole. feedsmith's parser is lenient: a truncated download or a mismatched tag still
// parses, and items would be silently lost or merged. This checks the structure only (tags balanced, one root,
// comments, CDATA and declarations closed) and leaves entities and names to the parser, so a sloppy but whole
// feed is still read. One pass with indexOf and a sticky pattern: linear in the length of the text.

const NAME = /[^\s/>=<"'!?]+/y;
const MAX_SHOWN = 40;

/** Where and why `text` is not well-formed XML ('line 9: </item> expected, found </channel>'), or undefined. */
export function xmlProblem(text: string): string | undefined {
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  const fail = (at: number, why: string) => `line ${lineAt(text, at)}: ${why}`;
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', i)) {
    const skip = skipSpecial(text, lt);
    if (skip !== undefined) {
      if (skip.end < 0) return fail(lt, `${skip.what} is not closed`);
      i = skip.end;
      continue;
    }
    const closing = text[lt + 1] === '/';
    const name = nameAt(text, lt + (closing ? 2 : 1));
    if (!name) return fail(lt, "a '<' that starts no tag (write it as &lt;)");
    if (closing) {
      const gt = text.indexOf('>', lt);
      if (gt < 0 || text.slice(lt + 2 + name.length, gt).trim()) return fail(lt, `the closing tag </${shown(name)}> is broken`);
      const expected = open.pop();
      if (expected === undefined) return fail(lt, `</${shown(name)}> closes no open element`);
      if (expected !== name) return fail(lt, `</${shown(expected)}> expected, found </${shown(name)}>`);
      i = gt + 1;
      continue;
    }
    const end = tagEnd(text, lt + 1 + name.length);
    if (end < 0) return fail(lt, `the tag <${shown(name)}> is not closed`);
    if (!open.length && ++roots > 1) return fail(lt, `a second root element <${shown(name)}>`);
    if (text[end - 2] !== '/') open.push(name);
    i = end;
  }
  if (open.length) return fail(text.length, `<${shown(open[open.length - 1])}> is not closed (the file may be cut short)`);
  return roots ? undefined : fail(0, 'no element');
}

/** Comments, CDATA sections, processing instructions and declarations: what they are and the index after them (-1: unclosed). */
function skipSpecial(text: string, lt: number): { what: string; end: number } | undefined {
  const after = (close: string, from: number) => {
    const at = text.indexOf(close, from);
    return at < 0 ? -1 : at + close.length;
  };
  if (text.startsWith('<!--', lt)) return { what: 'a comment', end: after('-->', lt + 4) };
  if (text.startsWith('<![CDATA[', lt)) return { what: 'a CDATA section', end: after(']]>', lt + 9) };
  if (text.startsWith('<?', lt)) return { what: 'a processing instruction', end: after('?>', lt + 2) };
  if (text[lt + 1] !== '!') return undefined;
  // <!DOCTYPE …>, whose internal subset in [ ] may itself hold '>'.
  const gt = text.indexOf('>', lt);
  const bracket = text.indexOf('[', lt);
  if (bracket < 0 || (gt >= 0 && gt < bracket)) return { what: 'a declaration', end: gt < 0 ? -1 : gt + 1 };
  const close = text.indexOf(']', bracket);
  return { what: 'a declaration', end: close < 0 ? -1 : after('>', close) };
}

/** The index after the '>' that ends a start tag whose attributes begin at `from`; quoted values may hold '>'. -1: none. */
function tagEnd(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '>') return j + 1;
    if (c === '<') return -1;
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, j + 1);
      if (close < 0) return -1;
      j = close;
    }
  }
  return -1;
}

function nameAt(text: string, at: number): string | undefined {
  NAME.lastIndex = at;
  return NAME.exec(text)?.[0];
}

// Names go into a one-line message: control and format characters are shown as '?'.
const UNPRINTABLE = /[\p{Cc}\p{Cf}]/gu;
const shown = (name: string) => (name.length > MAX_SHOWN ? `${name.slice(0, MAX_SHOWN)}…` : name).replace(UNPRINTABLE, '?');

function lineAt(text: string, at: number): number {
  let line = 1;
  for (let n = text.indexOf('\n'); n >= 0 && n < at; n = text.indexOf('\n', n + 1)) line++;
  return line;
}
