/**
 * Which site a link really opens. Every host decision (the reader's number check, the registry's
 * official domains) goes through the WHATWG URL parser, the one browsers use, never through string
 * cutting: a user name before an @ (https://www.pbcdci.cn:443@evil.top/ opens evil.top), ports,
 * percent-escapes, backslashes, full-width and ideographic dots, IDN and trailing dots are read the
 * way the browser will read them. Pure: runs at build time and in the browser.
 */

export interface WebAddress {
  /** The scheme with its colon, lower case: 'https:', 'weixin:', 'intent:'. */
  protocol: string;
  /** The host as the browser will look it up: ASCII (punycode), lower case, no trailing dot. '' when the scheme has none. */
  host: string;
  /** A port written out that is not the scheme's default ('' otherwise: https://x:443/ is https://x/). */
  port: string;
  /** A user name or password before an @: the part that makes a link look like a different site. */
  hasUserInfo: boolean;
}

/** A scheme is letters, digits, + and - before a colon; "www.x.cn:443" and "localhost:8080" are hosts with ports. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+-]*:(?!\d)/;

/**
 * Reads an address as a browser's address bar would: "//host/…" and a bare "host/…" become
 * https. Returns null when no browser could open it (an invalid host, an empty authority).
 */
export function readWebAddress(written: string): WebAddress | null {
  let text = written.trim();
  if (!text) return null;
  if (text.startsWith('//')) text = `https:${text}`;
  else if (!SCHEME.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return {
    protocol: url.protocol,
    host: url.hostname.replace(/\.$/, ''),
    port: url.port,
    hasUserInfo: url.username !== '' || url.password !== '',
  };
}

/** Whether an address is an ordinary web page (http or https, no user info, no odd port). */
export function isPlainWebPage(address: WebAddress): boolean {
  return (address.protocol === 'https:' || address.protocol === 'http:') && address.host !== '' && !address.hasUserInfo && address.port === '';
}

/** The host without a leading "www.": www.pbcdci.cn and pbcdci.cn are the same site. */
export function siteOf(host: string): string {
  return host.replace(/^www\d{0,3}\./, '');
}

/** Whether `host` is `domain` itself or one of its sub-domains (not merely ending in the same letters: evilpbcdci.cn is not pbcdci.cn). */
export function isOnDomain(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return host === d || host.endsWith(`.${d}`);
}
