// Which carrier shipped a package, and its public tracking page (issue 5 §2: "link to the carrier's
// tracking page when the carrier is known"). A distributor reports a ship-method code (often from a
// long code list); we know a few codes and the tracking-number shapes of the big carriers, and show
// no link rather than a wrong one for anything else.

export interface Carrier {
  name: string;
  trackingUrl(trackingNumber: string): string;
}

const FEDEX: Carrier = {
  name: 'FedEx',
  trackingUrl: (n) => `https://www.fedex.com/fedextrack/?trknbr=${encodeURIComponent(n)}`,
};
const UPS: Carrier = {
  name: 'UPS',
  trackingUrl: (n) => `https://www.ups.com/track?tracknum=${encodeURIComponent(n)}`,
};
const USPS: Carrier = {
  name: 'USPS',
  trackingUrl: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${encodeURIComponent(n)}`,
};
const PUROLATOR: Carrier = {
  name: 'Purolator',
  trackingUrl: (n) => `https://www.purolator.com/en/shipping/tracker?pin=${encodeURIComponent(n)}`,
};

/** [assumption] Ship-method codes seen in distributor samples: F* FedEx, U* UPS (FG = FedEx Ground). */
const BY_SHIP_METHOD: readonly [RegExp, Carrier][] = [
  [/^F[A-Z0-9]{0,3}$/i, FEDEX],
  [/^U[A-Z0-9]{0,3}$/i, UPS],
  [/^(USPS|PM|PS)$/i, USPS],
  [/^PUR/i, PUROLATOR],
];

/** Tracking-number shapes published by the carriers. */
const BY_TRACKING: readonly [RegExp, Carrier][] = [
  [/^1Z[0-9A-Z]{16}$/i, UPS],
  [/^(\d{12}|\d{15}|\d{20})$/, FEDEX],
  [/^(94|93|92|95)\d{20}$/, USPS],
];

export function carrierFor(shipMethod: string | undefined, trackingNumber: string): Carrier | undefined {
  const number = trackingNumber.replace(/\s+/g, '');
  const byMethod = shipMethod ? BY_SHIP_METHOD.find(([re]) => re.test(shipMethod.trim()))?.[1] : undefined;
  return byMethod ?? BY_TRACKING.find(([re]) => re.test(number))?.[1];
}
