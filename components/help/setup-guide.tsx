// The setup guide of the bundled help page (issue 2 §4). Facts from reference/autotask/API.md §1.1,
// kept as prose here because it is read by people, not code; one section per distributor of the
// registry, listing the fields its Options card asks for.
import { distributorSection } from '../ui/hint-actions';
import type { ConnectionField, DistributorInfo } from '../../lib/distributor/module';
import { DISTRIBUTORS } from '../../lib/distributor/registry';

function FieldLine({ field }: { field: ConnectionField }) {
  return (
    <li>
      <strong>{field.label}</strong>
      {field.kind === 'select' && field.options?.length
        ? `: one of ${field.options.map((option) => option.label).join(', ')}`
        : null}
      {field.kind === 'secret' ? ' (kept encrypted, never shown again)' : null}
      {field.help ? ` — ${field.help}` : null}
    </li>
  );
}

function DistributorAccount({ info, step }: { info: DistributorInfo; step: number }) {
  return (
    <>
      <h3 id={`${distributorSection(info.id)}-account`}>
        {step}. {info.label} account
      </h3>
      <p>Ask your {info.label} account manager for API access. The Options page asks for:</p>
      <ul>
        {info.fields.map((field) => (
          <FieldLine key={field.name} field={field} />
        ))}
      </ul>
      <p>
        A test or sandbox environment, where offered, talks to the distributor&apos;s test system: orders
        placed there are not real; use it to try the extension first.
      </p>
    </>
  );
}

export function SetupGuide() {
  return (
    <section aria-labelledby="setup-heading" id="setup">
      <h2 id="setup-heading">Setup</h2>

      <h3 id="autotask-api-user">1. Create the Autotask API user</h3>
      <ol>
        <li>
          In Autotask, go to Admin › Account Settings &amp; Users › Resources/Users, and add a resource of
          license type <strong>API User (system)</strong>.
        </li>
        <li>
          Give it the security level <strong>API User (API-only)</strong> (or a copy of it). Do not use{' '}
          <em>API User (system) Can&apos;t Read Costs (API-only)</em>: with it, Autotask returns product costs
          empty, and price comparisons and product sync cannot work.
        </li>
        <li>
          On the user&apos;s Security tab, generate the <strong>secret</strong> and note the user name (an
          email address). API users cannot log into Autotask and do not use single sign-on.
        </li>
        <li>
          Under API Tracking Identifier, choose a <strong>custom (internal integration)</strong> identifier
          and copy it: this is the <strong>API integration code</strong> the Options page asks for.
        </li>
      </ol>

      <h3 id="autotask-permissions">2. Permissions the API user needs</h3>
      <p>
        The security level must allow reading and writing Products, Product Vendors, Purchase Orders, Purchase
        Order Items and Purchase Order Item Receiving, reading Inventory Locations and Companies (vendors). If
        the level restricts a line of business, Autotask quietly returns no rows instead of an error. Connect
        checks each entity and lists what is missing.
      </p>

      {DISTRIBUTORS.map((info, index) => (
        <DistributorAccount key={info.id} info={info} step={3 + index} />
      ))}

      <h3 id="connect">{3 + DISTRIBUTORS.length}. Connect</h3>
      <p>
        Open Options, fill in the Autotask section and press Connect: the extension finds your Autotask zone,
        shows “Connected to Autotask tenant …” and lists any missing permissions. Then connect each
        distributor you order from ({DISTRIBUTORS.map((info) => info.label).join(', ')}) and pick the Autotask
        vendor company that stands for it: a purchase order goes to the distributor whose vendor company it is
        for, and one company can stand for one distributor only. Secrets are encrypted in the extension and
        never shown again; Reconnect asks for them anew.
      </p>

      <h3 id="scheduled">{4 + DISTRIBUTORS.length}. Scheduled templates</h3>
      <p>
        Turn on “Run scheduled templates in this browser” in one browser only. The Autotask API budget is
        shared by the whole company, so every extra browser running the schedules would spend it again.
      </p>
    </section>
  );
}
