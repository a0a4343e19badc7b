/** lib/api/request-edge.ts: what the HTTP edge answers before Next (issue 14: malformed %, 431s, client address). */
import { describe, expect, it } from 'vitest';
import { clientAddress, clientErrorBody, methodProblem, rawErrorResponse, requestTargetProblem } from '@/lib/api/request-edge';

describe('requestTargetProblem', () => {
  it.each([
    ['/api/events/%', /"%" at character 13/],
    ['/event/%zz', /"%zz" at character 8 is not %XX/],
    ['/place/%E0%A4%A', /"%A" at character 14/],
    ['/place/%E0%A4', /%E0%A4 are not valid UTF-8/],
    ['/place/%C0%AF', /not valid UTF-8/],
    ['/article/a%2', /"%2"/],
  ])('%s → a 400 body naming the problem', (target, message) => {
    const p = requestTargetProblem(target);
    expect(p?.error).toMatch(/^malformed percent-encoding in the URL path: /);
    expect(p?.error).toMatch(message);
    expect(p?.issues).toEqual([{ path: 'path', message: expect.stringMatching(message) }]);
  });

  it.each(['/', '/api/events', '/place/geonames%3A123', '/place/%D8%AD%D9%84%D8%A8', '/api/events?q=%', '/?q=%zz', '/a%25b'])('%s is fine', (target) => {
    expect(requestTargetProblem(target)).toBeNull();
  });
});

describe('clientAddress', () => {
  it("the socket's address; a client-sent X-Forwarded-For is ignored unless the proxy is trusted", () => {
    expect(clientAddress('10.0.0.5', '1.2.3.4', false)).toBe('10.0.0.5');
    expect(clientAddress('::ffff:127.0.0.1', undefined, false)).toBe('127.0.0.1');
    expect(clientAddress('::1', undefined, true)).toBe('::1');
    expect(clientAddress(undefined, undefined, false)).toBe('unknown');
  });

  it('trusted proxy: the right-most X-Forwarded-For entry (what the proxy appended), not what the client claimed', () => {
    expect(clientAddress('10.0.0.1', 'spoofed, 6.6.6.6,  203.0.113.7 ', true)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.1', ['1.1.1.1', '2001:db8::1'], true)).toBe('2001:db8::1');
    expect(clientAddress('10.0.0.1', 'garbage!', true)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '', true)).toBe('10.0.0.1');
  });
});

describe('rawErrorResponse', () => {
  it('an oversized request line or headers → a complete 431 with a JSON body and the given headers', () => {
    const raw = rawErrorResponse('HPE_HEADER_OVERFLOW', { 'X-Content-Type-Options': 'nosniff' });
    const [head, body] = raw.split('\r\n\r\n') as [string, string];
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(head).toContain('X-Content-Type-Options: nosniff');
    expect(head).toContain('Connection: close');
    expect(head).toContain(`Content-Length: ${new TextEncoder().encode(body).length}`);
    expect(JSON.parse(body)).toEqual({ error: expect.stringMatching(/too large/), issues: [] });
  });

  it('other parser errors → 400 naming the code; timeouts → 408', () => {
    expect(clientErrorBody('HPE_INVALID_METHOD')).toEqual({ status: 400, body: { error: expect.stringMatching(/HPE_INVALID_METHOD/), issues: [] } });
    expect(clientErrorBody('ERR_HTTP_REQUEST_TIMEOUT').status).toBe(408);
    expect(rawErrorResponse(undefined, {}).startsWith('HTTP/1.1 400 Bad Request\r\n')).toBe(true);
  });
});

describe('methodProblem', () => {
  it.each(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('%s is served', (m) => {
    expect(methodProblem(m)).toBeNull();
  });
  it.each(['TRACE', 'PROPFIND', 'MKCOL', 'M-SEARCH', 'PURGE', 'get', undefined])('%s → a 405 body naming it', (m) => {
    const p = methodProblem(m);
    expect(p?.error).toMatch(/^method .* not allowed: this server answers GET, HEAD, POST/);
    expect(p?.issues[0]?.path).toBe('method');
  });
});
