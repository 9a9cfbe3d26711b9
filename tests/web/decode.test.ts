// Charsets: the header's, the page's own declaration, UTF-8 otherwise; and the small helpers of the API.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fetchPages, isUrl, userAgent, USER_AGENT_PRODUCT } from '../../src/web/index.js';
import { page, removeTemp, settings, startServer, tempCache, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(removeTemp);

const fetchText = async (path: string) => {
  const [result] = await fetchPages([{ url: server!.url(path), kind: 'article' }], settings(tempCache()));
  return result.ok ? result.text : result.reason;
};

describe('fetchPages decoding', () => {
  it('decodes an ISO-8859-1 page by the Content-Type charset, as windows-1252 like browsers', async () => {
    // 0x93 and 0x94 are curly quotes in windows-1252, which the web reads every ISO-8859-1 page as.
    const body = Buffer.concat([Buffer.from('<p>Zürich, 5 °C, ', 'latin1'), Buffer.from([0x93, 0x77, 0x65, 0x74, 0x94]), Buffer.from('</p>')]);
    server = await startServer({ '/latin1': page(body, 'text/html; charset=ISO-8859-1') });
    expect(await fetchText('/latin1')).toBe('<p>Zürich, 5 °C, “wet”</p>');
  });

  it('decodes by a <meta charset> or <meta http-equiv> when the header names none', async () => {
    const meta = '<html><head><meta charset="windows-1252"></head><body>Café – 3 €</body></html>';
    const equiv = '<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-15"></head><body>Œuvre 3 €</body></html>';
    server = await startServer({
      '/meta': page(Buffer.from(meta.replace('–', '\x96').replace('€', '\x80'), 'latin1'), 'text/html'),
      '/equiv': page(Buffer.from(equiv.replace('Œ', '\xbc').replace('€', '\xa4'), 'latin1'), 'text/html'),
    });
    expect(await fetchText('/meta')).toBe(meta);
    expect(await fetchText('/equiv')).toBe(equiv);
  });

  it('reads UTF-8 when nothing is declared, and drops a byte order mark', async () => {
    server = await startServer({ '/bom': page(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>naïve</p>')]), 'text/html') });
    expect(await fetchText('/bom')).toBe('<p>naïve</p>');
  });
});

describe('web helpers', () => {
  it('isUrl takes http: and https: addresses only', () => {
    expect(['http://example.com/a', 'HTTPS://example.com', 'https://example.com:8443/x?y=1'].map(isUrl)).toEqual([true, true, true]);
    expect(['ftp://example.com/a', 'file:///etc/passwd', 'example.com/a', 'news/a.html', 'http://', 'C:\\news\\a.html'].map(isUrl)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('userAgent names the product, its version and what it is', () => {
    expect(USER_AGENT_PRODUCT).toBe('verify');
    expect(userAgent('1.2.3')).toBe('verify/1.2.3 (fact-consistency checker for news coverage)');
  });
});
