// The forged and malformed message corpus (issue 7 §2), generated from the protocol itself so a
// message added to lib/messaging/protocol.ts is attacked without editing this file (it only needs a
// valid sample below). Every case names what it tries; none may reach a handler.
import { z } from 'zod';
import { MAX_MESSAGE_BYTES } from '../../../lib/messaging/router';
import { protocol } from '../../../lib/messaging/protocol';
import type { MessageName, SenderKind } from '../../../lib/messaging/protocol';
import { PATH_TRICK_NAMES } from './path-tricks';
import type { PathTrickName } from './path-tricks';

/**
 * Valid payloads chosen by hand (an attacker's credentials, ids of the demo tenant). Every other
 * message gets one generated from its schema (sampleOf); a message for which neither works fails the
 * corpus test — add it here.
 */
const CHOSEN_PAYLOADS: Partial<Record<MessageName, unknown>> & Record<string, unknown> = {
  'page.report': { kind: 'purchaseOrder', id: 1042 },
  'connection.status': {},
  'autotask.connect': {
    userName: 'attacker@evil.example',
    secret: 'attacker-secret',
    integrationCode: 'ATTACKERCODE',
  },
  'autotask.reconnect': {
    userName: 'attacker@evil.example',
    secret: 'attacker-secret',
    integrationCode: 'ATTACKERCODE',
  },
  'distributor.connect': {
    distributor: 'tdsynnex',
    account: {
      customerNo: '999999',
      userId: 'attacker@evil.example',
      password: 'attacker-password',
      region: 'US',
      environment: 'production',
    },
  },
  'distributor.reconnect': { distributor: 'tdsynnex', secrets: { password: 'attacker-password' } },
  'vendors.list': { distributor: 'tdsynnex' },
  'vendors.select': { distributor: 'tdsynnex', companyId: 666 },
  'connection.disconnect': { account: 'autotask' },
  'settings.get': {},
  'settings.update': { runScheduledHere: true },
  'templates.list': {},
  'templates.runNow': { id: 'product-sync' },
  'purchaseOrder.get': { poId: 1042 },
  'purchaseOrder.find': { query: 'PO-1042' },
  'log.recent': { limit: 10 },
  'log.forKey': { key: 'PO-1042', limit: 20 },
  'log.retention': { days: 7 },
  'log.supportReport': { entryIds: [1] },
};

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
};

/** The smallest plausible value a JSON schema accepts (required fields only). */
function sample(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const alternative = schema.anyOf ?? schema.oneOf;
  if (alternative) return sample(alternative.find((a) => a.type !== 'null') ?? alternative[0]!);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [key, sample(schema.properties?.[key] ?? {})]),
      );
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 0, 1) }, () => sample(schema.items ?? {}));
    case 'integer':
    case 'number':
      return Math.max(1042, schema.minimum ?? -Infinity, (schema.exclusiveMinimum ?? -Infinity) + 1);
    case 'boolean':
      return true;
    case 'string': {
      const text = '5432101'.padEnd(schema.minLength ?? 0, '0');
      return schema.maxLength !== undefined ? text.slice(0, schema.maxLength) : text;
    }
    default:
      return {};
  }
}

function sampleOf(name: MessageName): unknown {
  const schema = protocol[name].payload;
  try {
    const value = sample(z.toJSONSchema(schema, { unrepresentable: 'any' }) as JsonSchema);
    return schema.safeParse(value).success ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A valid payload for every message that has one (chosen, else generated). */
export const VALID_PAYLOADS: Partial<Record<string, unknown>> = Object.fromEntries(
  (Object.keys(protocol) as MessageName[])
    .map((name) => [name, CHOSEN_PAYLOADS[name] ?? sampleOf(name)] as const)
    .filter(([, value]) => value !== undefined),
);

/** Sender kinds as the router classifies them, plus the senders that are no kind at all. */
export type SenderName =
  | 'extensionPage'
  | 'framedSidebar'
  | 'contentScript'
  | 'webPage'
  | 'otherExtension'
  | 'lookalikeHost'
  | 'plainHttp'
  | 'apiHost'
  | 'otherPort'
  | 'userInfoUrl'
  | 'aboutBlankFrame'
  | 'dataUrl'
  | 'blobUrl'
  | 'contentWithoutTab'
  | 'originMismatch'
  | 'noSender'
  | PathTrickName;

export const KIND_OF: Partial<Record<SenderName, SenderKind>> = {
  extensionPage: 'extension',
  framedSidebar: 'sidebar',
  contentScript: 'content',
};

export interface Case {
  /** What is attempted, for the failure message. */
  what: string;
  category:
    | 'wrong sender'
    | 'replay'
    | 'wrong shape'
    | 'extra field'
    | 'huge payload'
    | 'unknown name'
    | 'prototype pollution';
  sender: SenderName;
  /** Sent as is (a string: JSON text parsed at send time, so `__proto__` becomes an own key). */
  message: unknown;
}

const names = Object.keys(protocol) as MessageName[];
const allowed = (name: MessageName) => protocol[name].from as readonly SenderKind[];
const ALL_SENDERS: SenderName[] = [
  'extensionPage',
  'framedSidebar',
  'contentScript',
  'webPage',
  'otherExtension',
  'lookalikeHost',
  'plainHttp',
  'apiHost',
  'otherPort',
  'userInfoUrl',
  'aboutBlankFrame',
  'dataUrl',
  'blobUrl',
  'contentWithoutTab',
  'originMismatch',
  'noSender',
  ...PATH_TRICK_NAMES, // issue 11 §2: our pages with a trick in the path, or framed where they must not be
];

/** A sender the message is allowed from, so that only the payload is wrong. */
function rightSender(name: MessageName): SenderName {
  const kinds = allowed(name);
  return kinds.includes('extension')
    ? 'extensionPage'
    : kinds.includes('sidebar')
      ? 'framedSidebar'
      : 'contentScript';
}

function wrongTypes(value: unknown): unknown[] {
  const all = [42, -1, 1.5, 'text', '', true, null, [], {}, [1, 2], { nested: { deeper: 1 } }];
  return all.filter(
    (candidate) => typeof candidate !== typeof value || Array.isArray(candidate) !== Array.isArray(value),
  );
}

export function missingSample(): MessageName[] {
  return names.filter((name) => !(name in VALID_PAYLOADS));
}

export function buildCorpus(): Case[] {
  const cases: Case[] = [];
  for (const name of names) {
    const valid = VALID_PAYLOADS[name];
    if (valid === undefined) continue;
    const sender = rightSender(name);
    const msg = (payload: unknown) => ({ name, payload });

    // Every sender the protocol does not allow for this message, the valid payload included.
    for (const from of ALL_SENDERS) {
      const kind = KIND_OF[from];
      if (kind && allowed(name).includes(kind)) continue;
      cases.push({
        what: `${name} from ${from}`,
        category: 'wrong sender',
        sender: from,
        message: msg(valid),
      });
    }
    // An acting message an extension page sent, captured and replayed from the page's contexts.
    if (!allowed(name).includes('content')) {
      for (const from of ['contentScript', 'webPage'] as const) {
        cases.push({
          what: `replay of ${name} from ${from}`,
          category: 'replay',
          sender: from,
          message: msg(valid),
        });
      }
    }

    // Wrong shapes with the right sender.
    for (const payload of [undefined, null, 'x', 7, [], [valid]]) {
      cases.push({
        what: `${name} payload ${JSON.stringify(payload)}`,
        category: 'wrong shape',
        sender,
        message: msg(payload),
      });
    }
    if (valid && typeof valid === 'object') {
      for (const [field, value] of Object.entries(valid)) {
        const { [field]: _dropped, ...rest } = valid as Record<string, unknown>;
        if (!protocol[name].payload.safeParse(rest).success)
          cases.push({
            what: `${name} without ${field}`,
            category: 'wrong shape',
            sender,
            message: msg(rest),
          });
        for (const wrong of wrongTypes(value)) {
          const payload = { ...(valid as object), [field]: wrong };
          if (protocol[name].payload.safeParse(payload).success) continue; // e.g. an optional field
          cases.push({
            what: `${name}.${field} = ${JSON.stringify(wrong)}`,
            category: 'wrong shape',
            sender,
            message: msg(payload),
          });
        }
      }
    }
    cases.push({ what: `${name} without an envelope`, category: 'wrong shape', sender, message: valid });
    cases.push({
      what: `${name} as a string`,
      category: 'wrong shape',
      sender,
      message: JSON.stringify(msg(valid)),
    });

    // Extra fields: in the payload, in the envelope, and an extra "sender" claim.
    cases.push({
      what: `${name} with an extra payload field`,
      category: 'extra field',
      sender,
      message: msg({ ...(valid as object), admin: true }),
    });
    cases.push({
      what: `${name} with an extra envelope field`,
      category: 'extra field',
      sender,
      message: { ...msg(valid), from: 'extension' },
    });
    cases.push({
      what: `${name} claiming a sender`,
      category: 'extra field',
      sender: 'contentScript',
      message: { ...msg(valid), sender: { kind: 'extension' } },
    });

    // Huge: one field just over the router's limit, and many small fields.
    const huge = 'A'.repeat(MAX_MESSAGE_BYTES + 1);
    cases.push({
      what: `${name} with a huge string`,
      category: 'huge payload',
      sender,
      message: msg({ ...(valid as object), blob: huge }),
    });
    cases.push({
      what: `${name} with 20,000 keys`,
      category: 'huge payload',
      sender,
      message: msg(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]))),
    });

    // Prototype pollution: own `__proto__` / `constructor` keys, as JSON.parse (and structured clone) make them.
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const rest = JSON.stringify(valid).slice(1);
      const payloadJson = `{"${key}":{"polluted":"yes","isAdmin":true}${rest === '}' ? '' : ','}${rest}`;
      cases.push({
        what: `${name} with ${key} in the payload`,
        category: 'prototype pollution',
        sender,
        message: JSON.parse(`{"name":${JSON.stringify(name)},"payload":${payloadJson}}`),
      });
      cases.push({
        what: `${name} with ${key} in the envelope`,
        category: 'prototype pollution',
        sender,
        message: JSON.parse(
          `{"${key}":{"polluted":"yes"},"name":${JSON.stringify(name)},"payload":${JSON.stringify(valid)}}`,
        ),
      });
    }
  }

  // Names the protocol does not declare, including the keys every object inherits.
  const unknown = [
    'order.submit',
    'orders.submit',
    'vault.read',
    'secrets.get',
    'eval',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'PAGE.REPORT',
    'page.report ',
    '',
    'a'.repeat(101),
  ];
  for (const name of unknown) {
    for (const sender of ['extensionPage', 'contentScript', 'framedSidebar'] as const) {
      cases.push({
        what: `unknown name ${JSON.stringify(name.slice(0, 30))} from ${sender}`,
        category: 'unknown name',
        sender,
        message: { name, payload: {} },
      });
    }
  }
  for (const message of [
    null,
    undefined,
    42,
    'page.report',
    [],
    {},
    { name: 42, payload: {} },
    { payload: {} },
  ]) {
    cases.push({
      what: `envelope ${JSON.stringify(message)}`,
      category: 'wrong shape',
      sender: 'contentScript',
      message,
    });
  }
  return cases;
}

/** Every control message (valid payload, an allowed sender): the harness must let these through. */
export function controls(): { name: MessageName; sender: SenderName; payload: unknown }[] {
  return names
    .filter((name) => VALID_PAYLOADS[name] !== undefined)
    .map((name) => ({ name, sender: rightSender(name), payload: VALID_PAYLOADS[name] }));
}
