// The setup guide of the bundled help page (issue 2 §4). Facts from reference/autotask/API.md §1.1 and
// the TD SYNNEX XML contract; kept as prose here because it is read by people, not code.

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

      <h3 id="tdsynnex-account">3. TD SYNNEX EC Express account</h3>
      <p>
        Ask your TD SYNNEX account manager for EC Express XML access. You need the customer number, the EC
        Express user ID and its password. Choose the region of your account (<strong>US</strong> or{' '}
        <strong>CA</strong>). The <strong>Test</strong> environment talks to TD SYNNEX&apos;s test system:
        orders placed there are not real; use it to try the extension first.
      </p>

      <h3 id="connect">4. Connect</h3>
      <p>
        Open Options, fill in the Autotask section and press Connect: the extension finds your Autotask zone,
        shows “Connected to Autotask tenant …” and lists any missing permissions. Then connect TD SYNNEX and
        pick the Autotask vendor company that stands for TD SYNNEX. Secrets are encrypted in the extension and
        never shown again; Reconnect asks for them anew.
      </p>

      <h3 id="scheduled">5. Scheduled templates</h3>
      <p>
        Turn on “Run scheduled templates in this browser” in one browser only. The Autotask API budget is
        shared by the whole company, so every extra browser running the schedules would spend it again.
      </p>
    </section>
  );
}
