<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AliyunConfig</name>
    <message>
        <source>It is not a JSON object (%1 at byte %2). Fix or move the file, then try again; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;profiles&quot; member is not a list. Fix or move the file, then try again; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The clipboard clear delay must be 0 (never) to %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning threshold must be %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh must start %1 to %2 minutes before expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual proxy needs a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy host name only, without http:// or a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy host cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual proxy needs a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy user name cannot contain &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timeout must be %1 to %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRows</name>
    <message>
        <source>A quoted field is not closed before the end of the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing field: %1 fields where %2 are expected (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many columns: %1 fields where %2 are expected (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row (line %1) must name each of the columns %2 once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unknown option(s): %1.</source>
        <translation>
            <numerusform>Unknown option: %1.</numerusform>
            <numerusform>Unknown options: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigureAliyun</name>
    <message>
        <source>Add or replace an External profile in ~/.aliyun/config.json whose process_command runs tokendesk-cli fetch with these request options and -o aliyun-process, so that the aliyun CLI and the Alibaba Cloud SDKs fetch a credential themselves when they need one. The app secret is never written: the command finds it in the --profile&apos;s keychain entry or in TOKENDESK_APP_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun profile to add or replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s region_id; default the replaced profile&apos;s, else cn-hangzhou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to edit; default ~/.aliyun/config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See tokendesk-cli configure-aliyun --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See tokendesk-cli configure-aliyun --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required: the aliyun profile to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--request-id cannot be fixed in a profile: every fetch needs a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the External profile &quot;%1&quot; to %2.
Try it: aliyun sts GetCallerIdentity --profile %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: without --profile the command finds the app secret only in TOKENDESK_APP_SECRET, which must then be set wherever the aliyun CLI or the SDK runs. A --profile with its secret in the keychain (tokendesk-cli secret set) needs nothing in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the aliyun CLI and the SDKs write the temporary credential they get back into this profile in %1. Where that matters, use tokendesk-cli serve or exec instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The gateway URL is not a valid URL; use e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway URL must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppKey is missing; it is on the app&apos;s page in the Taobao Open Platform console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppKey looks wrong: it must be one word of at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway URL must not carry a query (?...) or fragment (#...); use e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Time left before the credential stops working (hours:minutes:seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the credential&apos;s lifetime that is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialFormatter</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX shell (sh, bash, zsh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ossutil config section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliyun CLI profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains an unpaired surrogate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it begins with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 format (%2) cannot carry the %3 unchanged: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliyun External process output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialPanel</name>
    <message>
        <source>Issued for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant code (op_tenant_code) the credential was issued for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store (op_poi_id) the credential was issued for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene code the credential was issued for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code the credential was issued for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary AccessKey ID (starts with STS.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the access key ID (Ctrl+C in the field). The clipboard is cleared again after a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary AccessKey secret. Hidden until you show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the access key secret. It is hidden again after a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show access key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the access key secret (Ctrl+C in the field). The clipboard is cleared again after a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security (STS) token sent with every request. Hidden until you show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the security token. It is hidden again after a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the security token (Ctrl+C in the field). The clipboard is cleared again after a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint to use from the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public endpoint (Ctrl+C in the field). The clipboard is cleared again after a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy public endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint to use from inside the same cloud region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the internal endpoint (Ctrl+C in the field). The clipboard is cleared again after a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy internal endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the credential stops working, in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a new credential with the same request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get token again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole credential in a format for a shell, a .env file or a tool&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the credential from the window and from memory, and from the clipboard if it is still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blic endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayError</name>
    <message numerus="yes">
        <source>The app is rate limited by the gateway. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>The app is rate limited by the gateway. Wait %n second before trying again.</numerusform>
            <numerusform>The app is rate limited by the gateway. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The app is rate limited by the gateway. Wait a while before trying again, and call less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Try again in a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s IP address is not on the app&apos;s whitelist. Add this machine&apos;s public IP to the app&apos;s IP whitelist in the TOP console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lacks a permission for this API. Ask for the API permission in the TOP console, or add this machine&apos;s public IP to the app&apos;s IP whitelist if the sub-code names the whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote service failed on its side. Try again in a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote service rejected the request. Check the sub-code and message; retrying the same request will not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway does not know the API method. Check the gateway URL and that the app has this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is invalid: the app secret or the sign method is wrong. Check both in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway asked for a valid session. This API needs none; check the gateway URL and the API method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppKey is missing or wrong. Check it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp was refused. Check this machine&apos;s clock and time zone (the reply&apos;s Date header shows the gateway&apos;s time), then try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter is missing or invalid. Check the request fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter is missing or invalid. Check the field named by the gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway returned error %1, a fault on the service&apos;s side. Try again in a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway returned error %1. Check the sub-code and message, and the request ID if you contact support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Fetch history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past fetches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Activate a row to fill the request form with it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a fetch, or press Enter, to fill the request form with it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every entry from the history (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>read the app secret from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the app secret in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the app secret from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or unlock your keychain (gnome-keyring or KWallet) in this desktop session and try again; for automation set TOKENDESK_APP_SECRET instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time, so TokenDesk could not %1 it. It may be waiting for an unlock prompt; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so TokenDesk could not %1 it. Unlock the keychain (or allow TokenDesk when asked) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available, so TokenDesk could not %1 it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is reachable (no session bus, Secret Service or KWallet), so TokenDesk could not %1 it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed (QtKeychain error %1) while TokenDesk tried to %2 it. Check that the keychain is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the proxy password from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the proxy password in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the proxy password from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or unlock your keychain (gnome-keyring or KWallet) in this desktop session and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profile yet. Try TokenDesk on the built-in demo gateway, or add the AppKey of your TOP application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection: gateway, AppKey and sign method. The app secret stays in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op_tenant_code — 租户: the tenant code the credential is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant (op_tenant_code), required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op_poi_id — 门店: the store (POI) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store (op_poi_id), required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cene *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene_code — 来源场景: the source scene code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene (scene_code), required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage scene *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage_scene — 使用场景: what the credential will be used for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage scene (usage_scene), required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product_code — 云产品: the cloud product code, e.g. oss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product (product_code), required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request_id — a unique id for this request; a fresh one is made for each fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID (request_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token — optional; leave empty unless your integration gave you one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (token), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a temporary credential (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the request in flight (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential yet. Fill in the request and press Get token (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;nant *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;dential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pol&amp;icy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>standard output is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>expected a policy ({&quot;version&quot;, &quot;statement&quot;} or RAM&apos;s {&quot;Version&quot;, &quot;Statement&quot;}), a &quot;tokendesk-cli fetch -o json&quot; object with &quot;policy&quot;, or an API response with result.policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a policy document: it needs &quot;version&quot; and a &quot;statement&quot; list whose items have &quot;effect&quot;, &quot;action&quot; and &quot;resource&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a JSON object; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds the gateway&apos;s error_response, not a credential with a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response&apos;s result has no &quot;policy&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;policy&quot; is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2); only JSON is read, not XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The document is JSON (XML responses are not read): a policy in snake_case or RAM&apos;s
PascalCase, possibly as a JSON string; the output of &quot;tokendesk-cli fetch -o json&quot;
(its &quot;policy&quot;); or an API response, wrapped or simplified (its result.policy).

Decides as RAM does: actions match case-insensitively and resources
case-sensitively, with * and ? wildcards; a matching Deny wins over any Allow;
no matching statement is an implicit deny.

Prints one line naming the decision and the deciding statement (numbered from 1).
Exit codes: 0 Allow, 1 Deny or implicit deny, 2 usage error or unreadable document.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain whether a policy allows ACTION on RESOURCE, and which statement decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action, e.g. oss:GetObject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource, e.g. acs:oss:*:*:bucket/key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy document; standard input when absent or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See tokendesk-cli policy explain --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;policy&quot; needs a subcommand: explain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy command &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: give at most one FILE. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action ACTION is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resource RESOURCE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the policy from standard input (end it with Ctrl-D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy found in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: statement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEvaluator</name>
    <message>
        <source>Allow by statement %1 (Allow %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny by statement %1 (Deny %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit deny: no statement matches %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows every action of every service (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows every action of the %1 service (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to every resource (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyView</name>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the statements with an action or resource containing this text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy document as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the policy document as JSON, with the API&apos;s keys or with RAM&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the policy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can I…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can I…? Check an action on a resource against the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action as RAM names it, service:Action; matched case-insensitively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource as RAM names it, acs:service:region:account:path; matched case-sensitively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a valid settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>No profile named &quot;%1&quot;. Create it with: tokendesk-cli profile add %1 --gateway URL --app-key KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles. Press Delete to remove the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connection profiles; select one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new profile; it is kept once you save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected profile and its app secret from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Used as --profile NAME and as the keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP gateway URL the signed request is posted to (pick a known one or type any URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Plain http: the signed request and the credential it returns cross the network unencrypted. Use https unless this is a closed test network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app_key: the AppKey from the app&apos;s page in the Taobao Open Platform console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign_method: how each request is signed with the app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: the shape of the gateway&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simplify: ask for simplified JSON (only with format json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for simplified JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for simplified &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app secret that signs each request (the sign parameter); it is never sent and never shown again once stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the typed secret in the system keychain, replacing any stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store secret in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ore in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this profile&apos;s secret from the keychain and from this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the typed secret in memory until TokenDesk quits; nothing is written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use secret for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshingCredential</name>
    <message>
        <source>No credential has been fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway sent a credential that has no readable expiration or has already expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <source>Request inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request sent yet. After a fetch, the request as sent and the answer, with every credential blanked out, appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP status of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the request was sent and how long the answer took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s request_id: quote it when contacting support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request and the answer, with every credential blanked out, for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy redacted report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The param field, formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The param field as sent, indented (member order kept: the signature covers it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response, redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer as received, with the access key secret and the tokens blanked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy R&amp;edacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestOptions</name>
    <message>
        <source>Saved connection profile (gateway, app key, sign method, simplify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP gateway URL; default https://eco.taobao.com/router/rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hmac-sha256 (default), hmac or md5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for simplified JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire format; default json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op_tenant_code (tenant), required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op_poi_id (store), required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene_code (source scene), required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage_scene (usage scene), required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product_code (cloud product), required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request_id; default a fresh UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token, optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-request deadline; default 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sign method &quot;%1&quot;; use hmac-sha256, hmac or md5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json or xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds between 0 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of --%1 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML refers to an undeclared entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML with a DTD is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML has more than one root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected XML root element &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML without a root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result has a &quot;policy&quot; that is not a policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;resp_success&quot; is not a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;result&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;resp_success&quot; is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response has neither &quot;resp_success&quot; nor &quot;result&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>successful response without a &quot;result&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;error_response&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;error_response&quot; without a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON error at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON root is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON has the key &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON has more than one root member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response root is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a response to a different API (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object is not a TOP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty response element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response root is not an element with children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response larger than %1 bytes (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response is only white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page instead of a TOP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array instead of a TOP response object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither JSON nor XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds a number too large to be carried exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result has no &quot;expiration&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;expiration&quot; is not a date and time (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No app secret is stored for profile &quot;%1&quot;. Store one with: tokendesk-cli secret set --profile %1 (or in the window: Manage profiles…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy password is stored in the keychain. Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeToolsBox</name>
    <message>
        <source>Ser&amp;ve to local tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the Alibaba Cloud SDKs&apos; credentials URI on this computer (127.0.0.1 only) with this credential, fetched again before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve to local tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a credentials URI on this computer for the aliyun CLI, ossutil and the Alibaba Cloud SDKs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a shell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste this into a shell: the SDKs started from it read the credential from TokenDesk while it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials URI export line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the export line (the clipboard clears itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the credentials URI export line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant %1, store %2, product %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPane</name>
    <message>
        <source>Every credential fetched in this window, newest first. Select one to show it; Ctrl+1 to Ctrl+9 select the first nine, Delete removes the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential yet. Each token you get stays here until you remove it or close TokenDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected session and wipe its credential (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove e&amp;xpired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every session whose credential has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove expired sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear clip&amp;board after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied values are taken off the clipboard after this long, unless something else was copied meanwhile. Never: only when TokenDesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear clipboard after, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The countdown turns to a warning when this little time is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning threshold, in minutes before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification once at the warning threshold and once when the credential expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;notification at the warning and at expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a new credential with the same request when this little time is left. Not done when the whole lifetime is shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long before expiry a new credential is fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh automatically, in minutes before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the proxy configured for this desktop session (or the http_proxy / https_proxy variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the gateway directly, ignoring any system proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direct connection (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests through the HTTP proxy given below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s host name or IP address, without http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s port, 1 to 65535 (often 3128 or 8080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name for a proxy that asks for one; leave empty when it does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file, and never shown again. Leave empty to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored proxy password from the keychain when you press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget stored proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forg&amp;et stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a fetch may take, retries included, before it is given up (--timeout overrides it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of TokenDesk&apos;s window and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Get a token, from anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the fetch in progress; close a menu or dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one of the first nine sessions in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected session (in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab: Credential, Policy, Request, History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the credential value that has the focus (the clipboard is cleared after a while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the policy (Policy tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folded request form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve to local tools: on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to that field or tab, or press that button (Access key ID, Copy as…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous control, in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>The secret on standard input is longer than %1 bytes; an app secret is far shorter. Pipe in only the secret, ending in a newline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>The gateway is temporarily unavailable (HTTP %1). Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway URL is wrong (HTTP 404). It normally ends in /router/rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy asks for authentication (HTTP 407). Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered with HTTP status %1 instead of a TOP response. Check the gateway URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway redirected with HTTP %1, which would change the POST into a GET. Use the final gateway URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway redirected to another address (%1). TokenDesk only follows redirects that stay on the gateway you set; if it has moved, set the new URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB, far more than a token response; the gateway URL probably points at something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off after %1 bytes. Try again; if it persists, a proxy may be interfering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s TLS certificate was not accepted: %1. Check the gateway URL and the system&apos;s CA certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the gateway %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited, waiting %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correcting a clock skew of %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the gateway&apos;s by %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request (resp_code %1). Check tenant, store and scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is not a valid token response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 s. Check the network or proxy, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway kept redirecting (too many redirects); set its final URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s body does not decode as its Content-Encoding &quot;%1&quot; says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway handed out a credential that had already expired: its expiration %1 is %2 s before the gateway&apos;s current time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::Accessibility</name>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::AppPalette</name>
    <message>
        <source>TOKENDESK_PALETTE=%1 is not light, dark or high-contrast; the desktop&apos;s colours are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::BatchCommand</name>
    <message>
        <source>Fetch one credential per row of a CSV list (tenant,store,scene,usage_scene,product) and print one JSON object per row as it finishes (NDJSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the rows from FILE, or from standard input when FILE is -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N requests in flight (1 to %1, default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-j takes a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--request-id does not go with --batch: every row gets a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch needs a file name, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the batch file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file %1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch input is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows done, %3 failed, %4 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stopping: waiting for %n request(s) in flight</source>
        <translation>
            <numerusform>stopping: waiting for %n request in flight</numerusform>
            <numerusform>stopping: waiting for %n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::CountdownWidget</name>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left, expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::CredentialPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential has expired, so services will refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it anyway, or get a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the internal endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the credential stops working, in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not understood)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry time sent by the service could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In UTC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials URI export line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliyun External profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a profile to ~/.aliyun/config.json that runs tokendesk-cli to fetch a credential whenever the aliyun CLI or an SDK needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get token again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::CredentialTray</name>
    <message>
        <source>&amp;Get token again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access key &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access key &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy security &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDesk: no credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDesk: the credential has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDesk: credential expires at %1 (%2 min left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ve to local tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::ErrorBanner</name>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error and its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::ExecCommand</name>
    <message>
        <source>exec needs the command after &quot;--&quot;: tokendesk-cli exec [request options] -- COMMAND [ARG]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec needs a command after &quot;--&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a credential, then run COMMAND (after &quot;--&quot;) with it in the environment (the six variables of -o env) and with ALIBABA_CLOUD_CREDENTIALS_URI pointing at a credentials URI this process serves and refreshes. Exits with COMMAND&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give COMMAND only ALIBABA_CLOUD_CREDENTIALS_URI (and ALIBABA_CLOUD_ECS_METADATA_DISABLED=true), not the six credential variables, so that the SDKs&apos; default credential chains reach the URI and refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::FetchCommand</name>
    <message>
        <source>retrying (%1 of %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: this computer&apos;s clock is %1 s %2 the gateway&apos;s; correcting it for this request. Synchronise the system clock (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a temporary credential from the TOP security-token API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the app secret from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the GMT+8 timestamp (reproducible dry runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the signed request as JSON and send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1. Default json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot;. See tokendesk-cli profile list, or create it with tokendesk-cli profile add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timestamp must look like &quot;2026-11-28 12:00:00&quot; (GMT+8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is plain http: the credential will cross the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin was given but standard input held no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app secret. Use --profile NAME with a secret stored by tokendesk-cli secret set, pipe it in with --secret-stdin, or set TOKENDESK_APP_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another -o format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin was given but standard input sent no secret within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See tokendesk-cli %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See tokendesk-cli %2 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (option %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In UTC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage scene: %1
Product: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request_id: %1
resp_request_id: %2
Gateway request_id: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo or command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::HistoryView</name>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fetches yet. Each fetch is listed here; double-click one to fill the request form with it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every fetch from the history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches listed: %1 (the latest %2 are kept).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential cleared from the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1; the clipboard clears in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left. Get a new token before it stops working.</source>
        <translation>
            <numerusform>%n minute left. Get a new token before it stops working.</numerusform>
            <numerusform>%n minutes left. Get a new token before it stops working.</numerusform>
        </translation>
    </message>
    <message>
        <source>The temporary credential no longer works. Get a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying (%1 of %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the gateway&apos;s by %1 s; corrected for this request. Synchronise the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (embedded gateway simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · AppKey %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http: credentials cross the network unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection profile, add one, or try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the app secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo gateway could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Add it with Manage profiles….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TokenDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Short-lived cloud credentials from the TOP DeepVision security-token API.&lt;/p&gt;&lt;p&gt;The app secret stays in the system keychain; copied credentials are marked sensitive and cleared from the clipboard.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form filled from the history entry of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings apply to this session but could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the request form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; of this session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential for %1 refreshed automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic refresh failed for %1; its current credential stays until %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential for %1 expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential for %1 expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired session(s).</source>
        <translation>
            <numerusform>Removed %n expired session.</numerusform>
            <numerusform>Removed %n expired sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ve to local tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · tenant %2 · store %3 · scene %4 · usage scene %5 · product %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped serving to local tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot serve to local tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving to local tools on 127.0.0.1 port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo gateway exists only while this window is open, so an aliyun profile could not reach it. Save a real connection as a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliyun External Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile to add or replace in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the aliyun profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the aliyun profile &quot;%1&quot; to %2. Try: aliyun sts GetCallerIdentity --profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reads the app secret from TOKENDESK_APP_SECRET, which must be set where the aliyun CLI runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line (no gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret for AppKey %1 at %2.
It is kept in memory for this window only and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — credentials come from the embedded gateway simulator and work nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential on screen is a demo credential and works nowhere else. The next fetch goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The gateway limits how often this app may call it. Get token is available again in %n second(s).</source>
        <translation>
            <numerusform>The gateway limits how often this app may call it. Get token is available again in %n second.</numerusform>
            <numerusform>The gateway limits how often this app may call it. Get token is available again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No app secret for this command-line connection. Enter it when asked, or start TokenDesk with the TOKENDESK_APP_SECRET environment variable set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::NetworkModule</name>
    <message>
        <source>TokenDesk could not load its network module %1: %2. Reinstall TokenDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not this version&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::PolicyModel</name>
    <message>
        <source>Statement %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: action %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resource %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::PolicyView</name>
    <message>
        <source>the policy with the API&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy with RAM&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an action and a resource to see whether the policy allows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy to check against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied by statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: no statement matches (implicit deny)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snake_case (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document as the token API sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PascalCase (RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document with the keys RAM policies use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileCommand</name>
    <message>
        <source>usage: tokendesk-cli profile list | show NAME | remove NAME | add NAME --gateway URL --app-key KEY [--sign-method M] [--simplify] [--format F] [--replace]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the gateway is plain http: credentials cross the network unencrypted. Use https unless this is a closed test network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP gateway URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hmac-sha256 (default), hmac or md5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for simplified JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default) or xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a profile of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tokendesk-cli profile add NAME --gateway URL --app-key KEY [--sign-method M] [--simplify] [--format F] [--replace]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gateway and --app-key are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sign method &quot;%1&quot;; use hmac-sha256, hmac or md5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json or xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists; add --replace to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;. Store its app secret with: tokendesk-cli secret set --profile %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was kept because its secret could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its app secret.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: tokendesk-cli profile add NAME --gateway URL --app-key KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileDialog</name>
    <message>
        <source>hmac-sha256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hmac (HMAC-MD5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Used as --profile NAME and as the keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile cannot be renamed, because its secret is filed under its name. Add a new profile instead and remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists; select it in the list to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new profile? It has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the profile and give its AppKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first, then store its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping for this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the app secret of profile &quot;%1&quot;? Fetching with this profile will need it stored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile &quot;%1&quot; and its app secret? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing profile &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was kept because its secret could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its app secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production, HTTPS (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production, plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox, plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::RequestInspector</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, answered in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, ended after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway&apos;s request_id (from its answer): %1
This request&apos;s request_id (sent in param): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP&apos;s timestamp is always in GMT+8 (Beijing time), whatever this computer&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::SecretCommand</name>
    <message>
        <source>Profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tokendesk-cli secret set | status | clear --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret on standard input. Type it when asked, or pipe it in: printf &apos;%s\n&apos; &quot;$SECRET&quot; | tokendesk-cli secret set --profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the app secret for profile &quot;%1&quot; in %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the app secret of profile &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app secret was stored for profile &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::ServeCommand</name>
    <message>
        <source>Serve the credential to local tools on a loopback credentials URI, fetching a new one before it expires, until interrupted. Prints one line, ALIBABA_CLOUD_CREDENTIALS_URI=URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback port to listen on; default 0, any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch again when less than this is left; default 300, or half the credential&apos;s lifetime when that is shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a whole number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refresh-margin must be a whole number of seconds from 0 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: fetched a new credential; it expires in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the refresh failed; the held credential is still served for %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the refresh failed and no valid credential is left; requests get 503 until a refresh succeeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: %2. Choose another --port, or 0 for any free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: stopping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::ServeToolsBox</name>
    <message numerus="yes">
        <source>Answered %n request(s) · last at %1</source>
        <translation>
            <numerusform>Answered %n request · last at %1</numerusform>
            <numerusform>Answered %n requests · last at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::SessionModel</name>
    <message>
        <source>%1
Scene %2 · usage scene %3 · %4
Expires %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every setting back to its default; a stored proxy password is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy password needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password is forgotten on OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep any stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the proxy password in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password was not stored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the proxy password from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored proxy password was not removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not contain control characters such as tabs or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. See tokendesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-lived cloud credentials from the TOP security-token API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch as soon as the window shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the embedded gateway simulator with demo credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  tokendesk-cli fetch [request options] [--secret-stdin] [--timestamp &quot;yyyy-MM-dd HH:mm:ss&quot;]
                      [--dry-run] [-o, --output FORMAT]
  tokendesk-cli profile list | show NAME | remove NAME
  tokendesk-cli profile add NAME --gateway URL --app-key KEY [--sign-method M] [--simplify]
  tokendesk-cli secret set | status | clear  --profile NAME
  tokendesk-cli policy explain --action ACTION --resource RESOURCE [FILE]
  tokendesk-cli serve [request options] [--port N] [--refresh-margin SECONDS]
  tokendesk-cli exec [request options] -- COMMAND [ARG]...
  tokendesk-cli configure-aliyun --name NAME [request options]
  tokendesk-cli fetch --batch FILE|- [-j N] [request options]
  tokendesk-cli --help | --version

Fetches short-lived cloud credentials from the TOP DeepVision security-token API
(alibaba.security.deepvision.proxy.security.common.token.get).
Run &quot;tokendesk-cli fetch --help&quot; for the request options.

The app secret comes from --secret-stdin or TOKENDESK_APP_SECRET; it is never an
option value.

Exit codes: 0 success, 1 negative answer, 2 usage or input error, 3 refused by the
gateway or service, 4 no usable HTTP answer, 5 invalid response, 6 output not written.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
