// ~150 XSS payloads for product names, descriptions and PO fields (issue 7 §1). Each carries its
// number: run anywhere, it calls alert(n) (a dialog the e2e test sees) or loads
// https://xss.autotask.net/__xss/n (a request the sandbox records) — so an executed payload is
// counted, whichever context ran it.
export const BEACON_HOST = 'xss.autotask.net';
const beacon = (n: number) => `https://${BEACON_HOST}/__xss/${n}`;

const VECTORS: ((n: number) => string)[] = [
  (n) => `<script>alert(${n})</script>`,
  (n) => `<img src=x onerror=alert(${n})>`,
  (n) => `<svg onload=alert(${n})>`,
  (n) => `<iframe srcdoc="<script>parent.alert(${n})</script>"></iframe>`,
  (n) => `"><script>alert(${n})</script>`,
  (n) => `'><img src=x onerror=alert(${n})>`,
  (n) => `javascript:alert(${n})`,
  (n) => `<a href="javascript:alert(${n})">open</a>`,
  (n) => `<body onload=alert(${n})>`,
  (n) => `<details open ontoggle=alert(${n})>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=alert(${n})>`,
  (n) => `{{constructor.constructor('alert(${n})')()}}`,
  (n) => `\${alert(${n})}`,
  (n) => `<input autofocus onfocus=alert(${n})>`,
  (n) => `<video><source onerror=alert(${n})></video>`,
  (n) => `<object data="javascript:alert(${n})"></object>`,
  (n) => `<embed src="javascript:alert(${n})">`,
  (n) => `<style>@import '${beacon(n)}';</style>`,
  (n) => `<link rel=stylesheet href=${beacon(n)}>`,
  (n) => `<img src="${beacon(n)}">`,
  (n) => `<meta http-equiv="refresh" content="0;url=${beacon(n)}">`,
  (n) => `<scr<script>ipt>alert(${n})</scr</script>ipt>`,
  (n) => `<marquee onstart=alert(${n})>x</marquee>`,
  (n) => `<select autofocus onfocus=alert(${n})></select>`,
  (n) => `<textarea autofocus onfocus=alert(${n})></textarea>`,
  (n) => `<div style="background:url(${beacon(n)})">x</div>`,
  (n) => `<base href="${beacon(n)}/">`,
  (n) => `<form action="${beacon(n)}"><button autofocus>go</button></form>`,
  (n) => `<template><img src=x onerror=alert(${n})></template>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=alert(${n})>">`,
];

const WRAPPERS: ((payload: string) => string)[] = [
  (p) => p,
  (p) => `ThinkPad ${p} 14"`,
  (p) =>
    p
      .toUpperCase()
      .replace(/ALERT\((\d+)\)/g, 'alert($1)')
      .replace(/HTTPS:\/\/XSS\.AUTOTASK\.NET\/__XSS\//g, `https://${BEACON_HOST}/__xss/`),
  (p) => `</td></tr></table>${p}`,
  (p) => `\u0000${p}\u200b`,
];

export interface Payload {
  n: number;
  text: string;
}

export const PAYLOADS: Payload[] = WRAPPERS.flatMap((wrap, w) =>
  VECTORS.map((vector, v) => {
    const n = 1000 + w * 100 + v;
    return { n, text: wrap(vector(n)) };
  }),
);
