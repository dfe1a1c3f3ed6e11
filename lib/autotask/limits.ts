// Autotask REST limits, one place (API.md §2.2, §3). Change a number here, never inline.

/** API version pinned: versionInformation now also lists V2.0, whose zoneInformation is a 404 (API.md §0, §6.4). */
export const API_VERSION = 'V1.0';

/** Any webservices host answers zoneInformation; webservices2 by convention, no auth headers (API.md §1.2). */
export const ZONE_LOOKUP_URL = 'https://webservices2.autotask.net/atservicesrest/V1.0/zoneInformation';

/** Credentials only ever go to https hosts under this suffix (issue 2 §2; PipedreamHQ/pipedream PR #20388). */
export const TRUSTED_HOST_SUFFIX = '.autotask.net';

/** MaxRecords 1–500: rows per page, default and maximum (API.md §2.2). */
export const PAGE_SIZE_MAX = 500;

/** At most 500 OR conditions per query, each `in` element counting as one (API.md §2.2). */
export const OR_CONDITIONS_MAX = 500;

/** 3 concurrent requests per integration code + entity endpoint; a 4th gets `Itgenatr005` (API.md §3). */
export const CONCURRENCY_PER_ENTITY = 3;

/** Tenant-wide hourly request threshold when ThresholdInformation has not been read yet (API.md §3). */
export const HOURLY_THRESHOLD_DEFAULT = 10_000;

/** Rolling window of the threshold: 60 minutes (API.md §3, `requestThresholdTimeframe`). */
export const THRESHOLD_WINDOW_MS = 60 * 60_000;

/**
 * This extension's share of the tenant's hourly threshold. The threshold is shared by every
 * integration on the tenant (API.md §6.6), so we take a fifth and leave the rest to others.
 */
export const BUDGET_SHARE = 0.2;

/**
 * No new work starts while the tenant's measured usage is above this fraction: from 50 % Autotask
 * adds latency to every call, for every integration (API.md §3 "Usage latency").
 */
export const TENANT_CEILING = 0.5;

/** ThresholdInformation counts as a call (API.md §3): read it at most this often. */
export const THRESHOLD_SAMPLE_INTERVAL_MS = 5 * 60_000;
