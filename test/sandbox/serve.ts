// `npm run sandbox [-- --port 9443]`: both simulators with the demo tenant behind one loopback HTTPS
// port, for trying the extension by hand (README "Sandbox").
import { parseArgs } from 'node:util';
import { startSandbox } from './server';
import { DEMO } from '../e2e/harness/demo-accounts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8443' } } });
const port = Number(values.port);
const sandbox = await startSandbox({ port, seed: 'demo' }).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is in use; choose another: npm run sandbox -- --port ${port + 1}`);
  process.exit(1);
});
const rules = sandbox.hostResolverRules;

console.log(`Sandbox listening on https://127.0.0.1:${sandbox.port} (self-signed certificate)

Start Chromium with the built extension and the production host names mapped here:
  chromium --user-data-dir=$(mktemp -d) --ignore-certificate-errors \\
    --load-extension=$PWD/.output/chrome-mv3 \\
    "--host-resolver-rules=${rules}" \\
    "https://ww22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042"

Stand-in Autotask pages:
  PO page           https://ww22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042
  PO page in iframe https://ww22.autotask.net/Autotask/Popups/Inventory/PurchaseOrderFrame.aspx?purchaseOrderID=1042
APIs:
  Autotask REST     https://webservices22.autotask.net/atservicesrest/ (zone lookup on any webservices<N> host)
  TD SYNNEX XML     https://ec.us.tdsynnex.com/SynnexXML/PriceAvailability and /SynnexXML/PO

Demo credentials (options page):
  Autotask   API user name ${DEMO.autotask.userName}
             API secret ${DEMO.autotask.secret}
             API integration code ${DEMO.autotask.integrationCode}
  TD SYNNEX  Customer number ${DEMO.tdsynnex.customerNo}, EC Express user ID ${DEMO.tdsynnex.userId},
             EC Express password ${DEMO.tdsynnex.password}, Region US, Environment Production

Ctrl-C stops it.`);

const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
