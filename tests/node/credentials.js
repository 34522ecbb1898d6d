// The Alibaba Cloud credentials SDK for Node (@alicloud/credentials, a client this project did
// not write) reading what TokenDesk hands out. Started by run.sh, one mode per run:
//
//   node credentials.js uri      ALIBABA_CLOUD_CREDENTIALS_URI from `tokendesk-cli serve`: read a
//                                credential, then again after serve's refresh
//   node credentials.js profile  the default chain with ALIBABA_CLOUD_PROFILE set to an External
//                                profile written by `configure-aliyun`, then what the SDK wrote
//                                back into ~/.aliyun/config.json
//   node credentials.js exec     inside `tokendesk-cli exec`: the URI and the variables it set
//
// Prints one "ok ..." or "FAIL ..." line per check and exits 1 when any check failed. Prints no
// secret: only lengths and the public AccessKeyId.
'use strict';

const fs = require('fs');
const path = require('path');
const os = require('os');

const depsDir = process.env.TOKENDESK_NODE_DEPS;
const sdk = require(path.join(depsDir, 'node_modules', '@alicloud', 'credentials'));
const Credential = sdk.default;

let failures = 0;
function check(condition, what) {
    console.log(`${condition ? 'ok' : 'FAIL'} ${what}`);
    if (!condition)
        failures++;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const nonEmpty = (value) => typeof value === 'string' && value.length > 0;

function checkCredential(credential, label) {
    check(nonEmpty(credential.accessKeyId), `${label}: AccessKeyId ${credential.accessKeyId}`);
    check(nonEmpty(credential.accessKeySecret),
          `${label}: AccessKeySecret present (${(credential.accessKeySecret || '').length} chars)`);
    check(nonEmpty(credential.securityToken),
          `${label}: SecurityToken present (${(credential.securityToken || '').length} chars)`);
}

// The URI provider as the SDK builds it from ALIBABA_CLOUD_CREDENTIALS_URI. Its session holds
// the Expiration the SDK parsed, which the public Credential model does not expose.
async function readUri(provider, label) {
    const credential = await provider.getCredentials();
    checkCredential(credential, label);
    const expiration = Date.parse(provider.session.expiration);
    const left = Math.round((expiration - Date.now()) / 1000);
    check(Number.isFinite(expiration) && left > 0,
          `${label}: Expiration ${provider.session.expiration} is in the future (${left} s left)`);
    check(credential.providerName === 'credential_uri', `${label}: provider ${credential.providerName}`);
    return credential;
}

async function uriMode() {
    const uri = process.env.ALIBABA_CLOUD_CREDENTIALS_URI;
    check(nonEmpty(uri), `ALIBABA_CLOUD_CREDENTIALS_URI is set`);

    // The documented way: new Credential({type: 'credentials_uri'}), the URI from the environment.
    const viaConfig = new Credential(new sdk.Config({ type: 'credentials_uri' }));
    const model = await viaConfig.getCredential();
    checkCredential(model, 'Credential({type: credentials_uri})');
    check(model.type === 'credentials_uri', `Credential type ${model.type}`);

    const provider = sdk.URICredentialsProvider.builder().build();
    const first = await readUri(provider, 'first read');
    check(first.accessKeyId === model.accessKeyId, 'both reads before the refresh see one credential');

    // serve refreshes once less than half the 20 s lifetime is left. The SDK asks the URI again
    // on every call for a credential this short-lived (its stale time is 15 min), so polling it
    // sees the refresh within about 10 s. Bounded: at most 30 s.
    const deadline = Date.now() + 30000;
    let second = first;
    while (second.accessKeyId === first.accessKeyId && Date.now() < deadline) {
        await sleep(1000);
        second = await provider.getCredentials();
    }
    check(second.accessKeyId !== first.accessKeyId,
          `after serve's refresh the SDK reads a new AccessKeyId (${second.accessKeyId})`);
    await readUri(provider, 'read after the refresh');
}

async function profileMode() {
    const name = process.env.ALIBABA_CLOUD_PROFILE;
    const configPath = path.join(os.homedir(), '.aliyun', 'config.json');
    const before = JSON.parse(fs.readFileSync(configPath, 'utf8'));
    const profileBefore = before.profiles.find((p) => p.name === name);
    check(profileBefore && profileBefore.mode === 'External', `profile ${name} is External before the SDK runs`);
    check(profileBefore && !('access_key_id' in profileBefore) && !('sts_token' in profileBefore),
          'configure-aliyun wrote no credential into the profile');

    // The default chain, as an SDK client gets it with no configuration at all.
    const credential = new Credential();
    const model = await credential.getCredential();
    checkCredential(model, 'default chain');
    check(model.providerName === 'default/cli_profile',
          `default chain took the CLI profile (${model.providerName})`);

    // What the SDK writes back (measured with 2.4.7): the STS credential, into the profile.
    const after = JSON.parse(fs.readFileSync(configPath, 'utf8'));
    const profile = after.profiles.find((p) => p.name === name);
    const added = Object.keys(profile).filter((key) => !(key in profileBefore));
    console.log(`info: keys the SDK added to profile ${name}: ${added.join(', ') || '(none)'}`);
    console.log(`info: sts_expiration written as ${typeof profile.sts_expiration} ` +
                `${JSON.stringify(profile.sts_expiration)}`);
    check(profile.access_key_id === model.accessKeyId,
          'the SDK wrote the STS AccessKeyId back into config.json');
    check(profile.access_key_secret === model.accessKeySecret && profile.sts_token === model.securityToken,
          'the SDK wrote the STS AccessKeySecret and SecurityToken back into config.json');
    check(profile.process_command === profileBefore.process_command && profile.mode === 'External',
          'the profile is still External with the same process_command');
    check(after.profiles.length === before.profiles.length, 'no profile was added or removed');
    const mode = (fs.statSync(configPath).mode & 0o777).toString(8);
    console.log(`info: config.json mode after the SDK wrote it: 0${mode}`);
}

async function execMode() {
    check(!('TOKENDESK_APP_SECRET' in process.env), 'TOKENDESK_APP_SECRET is not in the environment');
    const provider = sdk.URICredentialsProvider.builder().build();
    const viaUri = await readUri(provider, 'exec: URI');
    check(viaUri.accessKeyId === process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
          'the URI serves the credential exec put in ALIBABA_CLOUD_ACCESS_KEY_ID');
    // What the default chain picks when exec has set both the static variables and the URI.
    const chain = await new Credential().getCredential();
    checkCredential(chain, 'exec: default chain');
    console.log(`info: under exec the default chain uses ${chain.providerName}`);
}

// exec --uri-only: no static credential in the environment, so the default chain itself reaches
// the URI (and refreshes through it).
async function execUriOnlyMode() {
    check(!('ALIBABA_CLOUD_ACCESS_KEY_ID' in process.env), 'no static key in the environment');
    check(!('TOKENDESK_APP_SECRET' in process.env), 'TOKENDESK_APP_SECRET is not in the environment');
    const chain = await new Credential().getCredential();
    checkCredential(chain, 'exec --uri-only: default chain');
    check(chain.providerName === 'default/credential_uri',
          `the default chain reads the URI (${chain.providerName})`);
}

const modes = { uri: uriMode, profile: profileMode, exec: execMode, 'exec-uri-only': execUriOnlyMode };
const mode = modes[process.argv[2]];
if (!mode) {
    console.error('usage: node credentials.js uri|profile|exec|exec-uri-only');
    process.exit(2);
}
// No test may hang: the SDK's own timeouts are 5-10 s per request.
const watchdog = setTimeout(() => {
    console.log('FAIL timed out after 60 s');
    process.exit(1);
}, 60000);
mode().then(
    () => {
        clearTimeout(watchdog);
        process.exit(failures ? 1 : 0);
    },
    (error) => {
        clearTimeout(watchdog);
        console.log(`FAIL ${error.message}`);
        process.exit(1);
    });
