<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AliyunConfig</name>
    <message>
        <source>It is not a JSON object (%1 at byte %2). Fix or move the file, then try again; it was left as it is.</source>
        <translation>它不是一个 JSON 对象（第 %2 字节处：%1）。请修正或移走该文件后重试；文件未被改动。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>Its &quot;profiles&quot; member is not a list. Fix or move the file, then try again; it was left as it is.</source>
        <translation>其中的“profiles”不是列表。请修正或移走该文件后重试；文件未被改动。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The clipboard clear delay must be 0 (never) to %1 seconds.</source>
        <translation>剪贴板清空延迟必须为 0（从不）到 %1 秒。</translation>
    </message>
    <message>
        <source>The warning threshold must be %1 to %2 minutes.</source>
        <translation>警告阈值必须为 %1 到 %2 分钟。</translation>
    </message>
    <message>
        <source>Auto-refresh must start %1 to %2 minutes before expiry.</source>
        <translation>自动刷新必须在过期前 %1 到 %2 分钟开始。</translation>
    </message>
    <message>
        <source>A manual proxy needs a host.</source>
        <translation>手动代理必须填写主机。</translation>
    </message>
    <message>
        <source>Enter the proxy host name only, without http:// or a path.</source>
        <translation>只需填写代理主机名，不要带 http:// 或路径。</translation>
    </message>
    <message>
        <source>The proxy host cannot contain spaces.</source>
        <translation>代理主机名不能包含空格。</translation>
    </message>
    <message>
        <source>A manual proxy needs a port from 1 to 65535.</source>
        <translation>手动代理需要 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>The proxy user name cannot contain &apos;:&apos;.</source>
        <translation>代理用户名不能包含“:”。</translation>
    </message>
    <message>
        <source>The request timeout must be %1 to %2 seconds.</source>
        <translation>请求超时必须为 %1 到 %2 秒。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>未知的语言“%1”。</translation>
    </message>
</context>
<context>
    <name>BatchRows</name>
    <message>
        <source>A quoted field is not closed before the end of the input.</source>
        <translation>带引号的字段直到输入结束都没有闭合。</translation>
    </message>
    <message>
        <source>Missing field: %1 fields where %2 are expected (%3).</source>
        <translation>缺少字段：有 %1 个字段，应为 %2 个（%3）。</translation>
    </message>
    <message>
        <source>Too many columns: %1 fields where %2 are expected (%3).</source>
        <translation>列数过多：有 %1 个字段，应为 %2 个（%3）。</translation>
    </message>
    <message>
        <source>The header row (line %1) must name each of the columns %2 once.</source>
        <translation>表头行（第 %1 行）必须且只能各列出一次这些列：%2。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>选项 %1 不接受值。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>The command line is not valid: %1</source>
        <translation>命令行无效：%1</translation>
    </message>
    <message numerus="yes">
        <source>Unknown option(s): %1.</source>
        <translation>
            <numerusform>未知选项：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigureAliyun</name>
    <message>
        <source>Add or replace an External profile in ~/.aliyun/config.json whose process_command runs tokendesk-cli fetch with these request options and -o aliyun-process, so that the aliyun CLI and the Alibaba Cloud SDKs fetch a credential themselves when they need one. The app secret is never written: the command finds it in the --profile&apos;s keychain entry or in TOKENDESK_APP_SECRET.</source>
        <translation>在 ~/.aliyun/config.json 中添加或替换一个 External 配置，其 process_command 以这些请求选项和 -o aliyun-process 运行 tokendesk-cli fetch，这样 aliyun CLI 和阿里云 SDK 会在需要时自行获取凭证。应用密钥（App Secret）绝不会被写入：该命令会从 --profile 的钥匙串条目或 TOKENDESK_APP_SECRET 中读取它。</translation>
    </message>
    <message>
        <source>The aliyun profile to add or replace.</source>
        <translation>要添加或替换的 aliyun 配置。</translation>
    </message>
    <message>
        <source>The profile&apos;s region_id; default the replaced profile&apos;s, else cn-hangzhou.</source>
        <translation>配置的 region_id；默认沿用被替换配置的值，否则为 cn-hangzhou。</translation>
    </message>
    <message>
        <source>The file to edit; default ~/.aliyun/config.json.</source>
        <translation>要编辑的文件；默认 ~/.aliyun/config.json。</translation>
    </message>
    <message>
        <source>See tokendesk-cli configure-aliyun --help.</source>
        <translation>参见 tokendesk-cli configure-aliyun --help。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See tokendesk-cli configure-aliyun --help.</source>
        <translation>多余的参数“%1”。参见 tokendesk-cli configure-aliyun --help。</translation>
    </message>
    <message>
        <source>--name is required: the aliyun profile to write.</source>
        <translation>必须提供 --name：要写入的 aliyun 配置名称。</translation>
    </message>
    <message>
        <source>--request-id cannot be fixed in a profile: every fetch needs a fresh one.</source>
        <translation>不能在配置中固定 --request-id：每次获取都需要新的 request_id。</translation>
    </message>
    <message>
        <source>Wrote the External profile &quot;%1&quot; to %2.
Try it: aliyun sts GetCallerIdentity --profile %1
</source>
        <translation>已将 External 配置“%1”写入 %2。
试一试：aliyun sts GetCallerIdentity --profile %1
</translation>
    </message>
    <message>
        <source>note: without --profile the command finds the app secret only in TOKENDESK_APP_SECRET, which must then be set wherever the aliyun CLI or the SDK runs. A --profile with its secret in the keychain (tokendesk-cli secret set) needs nothing in the environment.</source>
        <translation>注意：没有 --profile 时，该命令只能从 TOKENDESK_APP_SECRET 读取应用密钥，因此运行 aliyun CLI 或 SDK 的地方都必须设置它。使用密钥存于钥匙串（tokendesk-cli secret set）的 --profile 则无需任何环境变量。</translation>
    </message>
    <message>
        <source>note: the aliyun CLI and the SDKs write the temporary credential they get back into this profile in %1. Where that matters, use tokendesk-cli serve or exec instead.</source>
        <translation>注意：aliyun CLI 和 SDK 会把获取到的临时凭证写回 %1 中的这个配置。若这一点很重要，请改用 tokendesk-cli serve 或 exec。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The gateway URL is not a valid URL; use e.g. %1.</source>
        <translation>网关 URL 无效，请参照 %1 填写。</translation>
    </message>
    <message>
        <source>The gateway URL must start with https:// or http://.</source>
        <translation>网关 URL 必须以 https:// 或 http:// 开头。</translation>
    </message>
    <message>
        <source>The AppKey is missing; it is on the app&apos;s page in the Taobao Open Platform console.</source>
        <translation>缺少 AppKey；可在淘宝开放平台控制台的应用页面查到。</translation>
    </message>
    <message>
        <source>The AppKey looks wrong: it must be one word of at most 64 characters.</source>
        <translation>AppKey 格式不对：应为不超过 64 个字符的单个词。</translation>
    </message>
    <message>
        <source>The gateway URL must not carry a query (?...) or fragment (#...); use e.g. %1.</source>
        <translation>网关 URL 不能带查询参数（?...）或片段（#...），请参照 %1 填写。</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Time left before the credential stops working (hours:minutes:seconds)</source>
        <translation>临时凭证失效前的剩余时间（时:分:秒）</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Credential state</source>
        <translation>凭证状态</translation>
    </message>
    <message>
        <source>Share of the credential&apos;s lifetime that is left</source>
        <translation>凭证有效期的剩余比例</translation>
    </message>
    <message>
        <source>Lifetime left</source>
        <translation>剩余有效期</translation>
    </message>
</context>
<context>
    <name>CredentialFormatter</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>POSIX shell (sh, bash, zsh)</source>
        <translation>POSIX shell（sh、bash、zsh）</translation>
    </message>
    <message>
        <source>fish</source>
        <translation>fish</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Windows cmd</source>
        <translation>Windows cmd</translation>
    </message>
    <message>
        <source>.env file</source>
        <translation>.env 文件</translation>
    </message>
    <message>
        <source>ossutil config section</source>
        <translation>ossutil 配置节</translation>
    </message>
    <message>
        <source>aliyun CLI profile</source>
        <translation>aliyun CLI 配置</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>it contains an unpaired surrogate (%1)</source>
        <translation>其中含有不成对的代理项（%1）</translation>
    </message>
    <message>
        <source>it contains %1</source>
        <translation>其中含有 %1</translation>
    </message>
    <message>
        <source>it begins with %1</source>
        <translation>以 %1 开头</translation>
    </message>
    <message>
        <source>it ends with %1</source>
        <translation>以 %1 结尾</translation>
    </message>
    <message>
        <source>The %1 format (%2) cannot carry the %3 unchanged: %4.</source>
        <translation>%1 格式（%2）无法原样承载 %3：%4。</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Unknown output format.</source>
        <translation>未知的输出格式。</translation>
    </message>
    <message>
        <source>aliyun External process output</source>
        <translation>aliyun External 进程输出</translation>
    </message>
</context>
<context>
    <name>CredentialPanel</name>
    <message>
        <source>Issued for:</source>
        <translation>签发对象：</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>租户：</translation>
    </message>
    <message>
        <source>Tenant code (op_tenant_code) the credential was issued for</source>
        <translation>该凭证签发给的租户编码（op_tenant_code）</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>门店：</translation>
    </message>
    <message>
        <source>Store (op_poi_id) the credential was issued for</source>
        <translation>该凭证签发给的门店（op_poi_id）</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Scene:</source>
        <translation>来源场景：</translation>
    </message>
    <message>
        <source>Scene code the credential was issued for</source>
        <translation>该凭证签发时的来源场景编码</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>来源场景</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>云产品：</translation>
    </message>
    <message>
        <source>Product code the credential was issued for</source>
        <translation>该凭证签发时的云产品编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>云产品</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>AccessKey ID(&amp;K)：</translation>
    </message>
    <message>
        <source>The temporary AccessKey ID (starts with STS.)</source>
        <translation>临时 AccessKey ID（以 STS. 开头）</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Copy the access key ID (Ctrl+C in the field). The clipboard is cleared again after a while.</source>
        <translation>复制 AccessKey ID（在输入框中按 Ctrl+C）。剪贴板会在一段时间后自动清空。</translation>
    </message>
    <message>
        <source>Copy access key ID</source>
        <translation>复制 AccessKey ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Access key s&amp;ecret:</source>
        <translation>AccessKey Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>The temporary AccessKey secret. Hidden until you show it.</source>
        <translation>临时 AccessKey Secret。点击“显示”前保持隐藏。</translation>
    </message>
    <message>
        <source>Access key secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>Show or hide the access key secret. It is hidden again after a while.</source>
        <translation>显示或隐藏 AccessKey Secret。显示一段时间后会自动重新隐藏。</translation>
    </message>
    <message>
        <source>Show access key secret</source>
        <translation>显示 AccessKey Secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Copy the access key secret (Ctrl+C in the field). The clipboard is cleared again after a while.</source>
        <translation>复制 AccessKey Secret（在输入框中按 Ctrl+C）。剪贴板会在一段时间后自动清空。</translation>
    </message>
    <message>
        <source>Copy access key secret</source>
        <translation>复制 AccessKey Secret</translation>
    </message>
    <message>
        <source>The security (STS) token sent with every request. Hidden until you show it.</source>
        <translation>每次请求都要携带的安全令牌（STS Token）。点击“显示”前保持隐藏。</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>Show or hide the security token. It is hidden again after a while.</source>
        <translation>显示或隐藏安全令牌。显示一段时间后会自动重新隐藏。</translation>
    </message>
    <message>
        <source>Show security token</source>
        <translation>显示安全令牌</translation>
    </message>
    <message>
        <source>Copy the security token (Ctrl+C in the field). The clipboard is cleared again after a while.</source>
        <translation>复制安全令牌（在输入框中按 Ctrl+C）。剪贴板会在一段时间后自动清空。</translation>
    </message>
    <message>
        <source>Copy security token</source>
        <translation>复制安全令牌</translation>
    </message>
    <message>
        <source>Endpoint to use from the internet</source>
        <translation>从公网访问时使用的 Endpoint</translation>
    </message>
    <message>
        <source>Public endpoint</source>
        <translation>公网 Endpoint</translation>
    </message>
    <message>
        <source>Copy the public endpoint (Ctrl+C in the field). The clipboard is cleared again after a while.</source>
        <translation>复制公网 Endpoint（在输入框中按 Ctrl+C）。剪贴板会在一段时间后自动清空。</translation>
    </message>
    <message>
        <source>Copy public endpoint</source>
        <translation>复制公网 Endpoint</translation>
    </message>
    <message>
        <source>Endpoint to use from inside the same cloud region</source>
        <translation>在同一云地域内部访问时使用的 Endpoint</translation>
    </message>
    <message>
        <source>Internal endpoint</source>
        <translation>内网 Endpoint</translation>
    </message>
    <message>
        <source>Copy the internal endpoint (Ctrl+C in the field). The clipboard is cleared again after a while.</source>
        <translation>复制内网 Endpoint（在输入框中按 Ctrl+C）。剪贴板会在一段时间后自动清空。</translation>
    </message>
    <message>
        <source>Copy internal endpoint</source>
        <translation>复制内网 Endpoint</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>When the credential stops working, in local time</source>
        <translation>凭证失效的时间（本地时间）</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Fetch a new credential with the same request</source>
        <translation>用同一请求重新获取临时凭证</translation>
    </message>
    <message>
        <source>Get token again</source>
        <translation>重新获取令牌</translation>
    </message>
    <message>
        <source>Copy the whole credential in a format for a shell, a .env file or a tool&apos;s configuration</source>
        <translation>将整套临时凭证复制为 shell、.env 文件或工具配置所用的格式</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>复制为</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <source>Remove the credential from the window and from memory, and from the clipboard if it is still there</source>
        <translation>从窗口和内存中移除该凭证；若剪贴板中仍有，也一并清除</translation>
    </message>
    <message>
        <source>Clear credential</source>
        <translation>清除凭证</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Securit&amp;y token:</source>
        <translation>安全令牌(&amp;Y)：</translation>
    </message>
    <message>
        <source>Pu&amp;blic endpoint:</source>
        <translation>公网 Endpoint(&amp;B)：</translation>
    </message>
    <message>
        <source>Internal endpoint:</source>
        <translation>内网 Endpoint：</translation>
    </message>
</context>
<context>
    <name>GatewayError</name>
    <message numerus="yes">
        <source>The app is rate limited by the gateway. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>应用被网关限流。请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The app is rate limited by the gateway. Wait a while before trying again, and call less often.</source>
        <translation>应用被网关限流。请稍等片刻再试，并降低调用频率。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Try again in a little while.</source>
        <translation>服务暂时不可用。请稍后再试。</translation>
    </message>
    <message>
        <source>This machine&apos;s IP address is not on the app&apos;s whitelist. Add this machine&apos;s public IP to the app&apos;s IP whitelist in the TOP console.</source>
        <translation>本机的 IP 地址不在应用的白名单中。请在 TOP 控制台把本机的公网 IP 加入应用的 IP 白名单。</translation>
    </message>
    <message>
        <source>The app lacks a permission for this API. Ask for the API permission in the TOP console, or add this machine&apos;s public IP to the app&apos;s IP whitelist if the sub-code names the whitelist.</source>
        <translation>应用缺少此 API 的权限。请在 TOP 控制台申请该 API 权限；如果子错误码提到白名单，请把本机的公网 IP 加入应用的 IP 白名单。</translation>
    </message>
    <message>
        <source>The remote service failed on its side. Try again in a little while.</source>
        <translation>远程服务自身出错。请稍后再试。</translation>
    </message>
    <message>
        <source>The remote service rejected the request. Check the sub-code and message; retrying the same request will not help.</source>
        <translation>远程服务拒绝了请求。请检查子错误码和消息；原样重试无济于事。</translation>
    </message>
    <message>
        <source>The gateway does not know the API method. Check the gateway URL and that the app has this API.</source>
        <translation>网关不认识该 API 方法。请检查网关 URL，并确认应用拥有此 API。</translation>
    </message>
    <message>
        <source>The signature is invalid: the app secret or the sign method is wrong. Check both in the connection settings.</source>
        <translation>签名无效：应用密钥或签名方法有误。请在连接设置中检查这两项。</translation>
    </message>
    <message>
        <source>The gateway asked for a valid session. This API needs none; check the gateway URL and the API method.</source>
        <translation>网关要求有效的会话。此 API 无需会话；请检查网关 URL 和 API 方法。</translation>
    </message>
    <message>
        <source>The AppKey is missing or wrong. Check it in the connection settings.</source>
        <translation>AppKey 缺失或有误。请在连接设置中检查。</translation>
    </message>
    <message>
        <source>The timestamp was refused. Check this machine&apos;s clock and time zone (the reply&apos;s Date header shows the gateway&apos;s time), then try once more.</source>
        <translation>时间戳被拒绝。请检查本机的时钟和时区（回复的 Date 头给出网关的时间），然后再试一次。</translation>
    </message>
    <message>
        <source>A parameter is missing or invalid. Check the request fields.</source>
        <translation>参数缺失或无效。请检查请求字段。</translation>
    </message>
    <message>
        <source>A parameter is missing or invalid. Check the field named by the gateway: %1</source>
        <translation>参数缺失或无效。请检查网关指出的字段：%1</translation>
    </message>
    <message>
        <source>The gateway returned error %1, a fault on the service&apos;s side. Try again in a little while.</source>
        <translation>网关返回错误 %1，属于服务端故障。请稍后再试。</translation>
    </message>
    <message>
        <source>The gateway returned error %1. Check the sub-code and message, and the request ID if you contact support.</source>
        <translation>网关返回错误 %1。请检查子错误码和消息；联系技术支持时请提供请求 ID。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Fetch history</source>
        <translation>获取历史</translation>
    </message>
    <message>
        <source>Past fetches</source>
        <translation>历史获取记录</translation>
    </message>
    <message>
        <source>Newest first. Activate a row to fill the request form with it again.</source>
        <translation>最新的排在最前。双击某一行或按 Enter，即可用它重新填写请求表单。</translation>
    </message>
    <message>
        <source>Double-click a fetch, or press Enter, to fill the request form with it again</source>
        <translation>双击某条记录或按 Enter，即可用它重新填写请求表单</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>历史摘要</translation>
    </message>
    <message>
        <source>C&amp;lear History…</source>
        <translation>清空历史记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove every entry from the history (asks first)</source>
        <translation>删除全部历史记录（会先确认）</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>清空历史记录</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>read the app secret from</source>
        <translation>从密钥环读取应用密钥</translation>
    </message>
    <message>
        <source>store the app secret in</source>
        <translation>将应用密钥存入密钥环</translation>
    </message>
    <message>
        <source>remove the app secret from</source>
        <translation>从密钥环删除应用密钥</translation>
    </message>
    <message>
        <source>Start or unlock your keychain (gnome-keyring or KWallet) in this desktop session and try again; for automation set TOKENDESK_APP_SECRET instead.</source>
        <translation>请在当前桌面会话中启动或解锁密钥环（gnome-keyring 或 KWallet）后重试；自动化场景请改为设置 TOKENDESK_APP_SECRET。</translation>
    </message>
    <message>
        <source>The keychain did not answer in time, so TokenDesk could not %1 it. It may be waiting for an unlock prompt; unlock it and try again.</source>
        <translation>密钥环未能及时响应，TokenDesk 无法%1。它可能正在等待解锁；请解锁后重试。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so TokenDesk could not %1 it. Unlock the keychain (or allow TokenDesk when asked) and try again.</source>
        <translation>密钥环已锁定或拒绝访问，TokenDesk 无法%1。请解锁密钥环（或在询问时允许 TokenDesk 访问）后重试。</translation>
    </message>
    <message>
        <source>No keychain service is available, so TokenDesk could not %1 it. %2</source>
        <translation>没有可用的密钥环服务，TokenDesk 无法%1。%2</translation>
    </message>
    <message>
        <source>No keychain service is reachable (no session bus, Secret Service or KWallet), so TokenDesk could not %1 it. %2</source>
        <translation>无法连接任何密钥环服务（没有会话总线、Secret Service 或 KWallet），TokenDesk 无法%1。%2</translation>
    </message>
    <message>
        <source>The keychain failed (QtKeychain error %1) while TokenDesk tried to %2 it. Check that the keychain is running and unlocked, then try again.</source>
        <translation>TokenDesk 尝试%2时密钥环出错（QtKeychain 错误 %1）。请确认密钥环正在运行且已解锁，然后重试。</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>read the proxy password from</source>
        <translation>从密钥环读取代理密码</translation>
    </message>
    <message>
        <source>store the proxy password in</source>
        <translation>将代理密码存入密钥环</translation>
    </message>
    <message>
        <source>remove the proxy password from</source>
        <translation>从密钥环删除代理密码</translation>
    </message>
    <message>
        <source>Start or unlock your keychain (gnome-keyring or KWallet) in this desktop session and try again.</source>
        <translation>请在当前桌面会话中启动或解锁密钥环（gnome-keyring 或 KWallet）后重试。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>No connection profile yet. Try TokenDesk on the built-in demo gateway, or add the AppKey of your TOP application.</source>
        <translation>尚无连接配置。可先在内置演示网关上试用 TokenDesk，或添加您的 TOP 应用的 AppKey。</translation>
    </message>
    <message>
        <source>Try the demo gateway</source>
        <translation>试用演示网关</translation>
    </message>
    <message>
        <source>&amp;Add a profile…</source>
        <translation>添加连接配置(&amp;A)…</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>连接配置(&amp;F)</translation>
    </message>
    <message>
        <source>The connection: gateway, AppKey and sign method. The app secret stays in the keychain.</source>
        <translation>连接信息：网关、AppKey 和签名方法。应用密钥始终保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>管理连接配置(&amp;M)…</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>管理连接配置</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>连接详情</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>op_tenant_code — 租户: the tenant code the credential is for.</source>
        <translation>op_tenant_code — 租户：该凭证所属的租户编码。</translation>
    </message>
    <message>
        <source>Tenant (op_tenant_code), required</source>
        <translation>租户（op_tenant_code），必填</translation>
    </message>
    <message>
        <source>&amp;Store *</source>
        <translation>门店(&amp;S) *</translation>
    </message>
    <message>
        <source>op_poi_id — 门店: the store (POI) id.</source>
        <translation>op_poi_id — 门店：门店（POI）ID。</translation>
    </message>
    <message>
        <source>Store (op_poi_id), required</source>
        <translation>门店（op_poi_id），必填</translation>
    </message>
    <message>
        <source>S&amp;cene *</source>
        <translation>来源场景(&amp;C) *</translation>
    </message>
    <message>
        <source>scene_code — 来源场景: the source scene code.</source>
        <translation>scene_code — 来源场景：来源场景编码。</translation>
    </message>
    <message>
        <source>Scene (scene_code), required</source>
        <translation>来源场景（scene_code），必填</translation>
    </message>
    <message>
        <source>&amp;Usage scene *</source>
        <translation>使用场景(&amp;U) *</translation>
    </message>
    <message>
        <source>usage_scene — 使用场景: what the credential will be used for.</source>
        <translation>usage_scene — 使用场景：该凭证的用途。</translation>
    </message>
    <message>
        <source>Usage scene (usage_scene), required</source>
        <translation>使用场景（usage_scene），必填</translation>
    </message>
    <message>
        <source>&amp;Product *</source>
        <translation>云产品(&amp;P) *</translation>
    </message>
    <message>
        <source>product_code — 云产品: the cloud product code, e.g. oss.</source>
        <translation>product_code — 云产品：云产品编码，例如 oss。</translation>
    </message>
    <message>
        <source>Product (product_code), required</source>
        <translation>云产品（product_code），必填</translation>
    </message>
    <message>
        <source>&amp;Request ID</source>
        <translation>请求 ID(&amp;R)</translation>
    </message>
    <message>
        <source>request_id — a unique id for this request; a fresh one is made for each fetch.</source>
        <translation>request_id — 本次请求的唯一 ID；每次获取都会重新生成。</translation>
    </message>
    <message>
        <source>Request ID (request_id)</source>
        <translation>请求 ID（request_id）</translation>
    </message>
    <message>
        <source>Generate a new request ID</source>
        <translation>生成新的请求 ID</translation>
    </message>
    <message>
        <source>T&amp;oken</source>
        <translation>Token(&amp;O)</translation>
    </message>
    <message>
        <source>token — optional; leave empty unless your integration gave you one.</source>
        <translation>token — 可选；除非对接方提供了 token，否则请留空。</translation>
    </message>
    <message>
        <source>Token (token), optional</source>
        <translation>Token（token），可选</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Form problems</source>
        <translation>表单问题</translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation>获取令牌(&amp;G)</translation>
    </message>
    <message>
        <source>Fetch a temporary credential (Ctrl+Return)</source>
        <translation>获取临时凭证（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>获取令牌</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the request in flight (Esc)</source>
        <translation>中止正在进行的请求（Esc）</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>请求进行中</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No credential yet. Fill in the request and press Get token (Ctrl+Return).</source>
        <translation>尚无临时凭证。填写请求后按“获取令牌”（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>请求(&amp;Q)</translation>
    </message>
    <message>
        <source>Tr&amp;y the demo</source>
        <translation>试用演示(&amp;Y)</translation>
    </message>
    <message>
        <source>Te&amp;nant *</source>
        <translation>租户(&amp;N) *</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新建(&amp;W)</translation>
    </message>
    <message>
        <source>Cre&amp;dential</source>
        <translation>临时凭证(&amp;D)</translation>
    </message>
    <message>
        <source>Pol&amp;icy</source>
        <translation>策略(&amp;I)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>standard output is closed</source>
        <translation>标准输出已关闭</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>写入出错</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>expected a policy ({&quot;version&quot;, &quot;statement&quot;} or RAM&apos;s {&quot;Version&quot;, &quot;Statement&quot;}), a &quot;tokendesk-cli fetch -o json&quot; object with &quot;policy&quot;, or an API response with result.policy</source>
        <translation>需要的是一份策略（{&quot;version&quot;, &quot;statement&quot;} 或 RAM 的 {&quot;Version&quot;, &quot;Statement&quot;}）、带有 &quot;policy&quot; 的 &quot;tokendesk-cli fetch -o json&quot; 输出对象，或带有 result.policy 的 API 响应</translation>
    </message>
    <message>
        <source>%1 is not a policy document: it needs &quot;version&quot; and a &quot;statement&quot; list whose items have &quot;effect&quot;, &quot;action&quot; and &quot;resource&quot;</source>
        <translation>%1 不是策略文档：需要包含 &quot;version&quot; 和 &quot;statement&quot; 列表，且列表中每一项都有 &quot;effect&quot;、&quot;action&quot; 和 &quot;resource&quot;</translation>
    </message>
    <message>
        <source>the JSON string</source>
        <translation>该 JSON 字符串</translation>
    </message>
    <message>
        <source>the document is not a JSON object; %1</source>
        <translation>文档不是 JSON 对象；%1</translation>
    </message>
    <message>
        <source>it holds the gateway&apos;s error_response, not a credential with a policy</source>
        <translation>其中是网关的 error_response，而不是带策略的临时凭证</translation>
    </message>
    <message>
        <source>the response&apos;s result has no &quot;policy&quot;</source>
        <translation>响应的 result 中没有 &quot;policy&quot;</translation>
    </message>
    <message>
        <source>&quot;policy&quot; is null</source>
        <translation>&quot;policy&quot; 为 null</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>该文档</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>超过 %1 字节</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2); only JSON is read, not XML</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）；只能读取 JSON，不支持 XML</translation>
    </message>
    <message>
        <source>it is a JSON array</source>
        <translation>是一个 JSON 数组</translation>
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
        <translation>
文档须为 JSON（不读取 XML 响应）：可以是 snake_case 或 RAM PascalCase 格式的策略，
也可以是 JSON 字符串形式的策略；可以是 &quot;tokendesk-cli fetch -o json&quot; 的输出
（取其 &quot;policy&quot;）；也可以是完整或精简格式的 API 响应（取其 result.policy）。

判定规则与 RAM 一致：操作名匹配不区分大小写，资源名匹配区分大小写，
支持 * 和 ? 通配符；匹配到的 Deny 优先于任何 Allow；
没有任何语句匹配即为隐式拒绝。

输出一行结果，说明判定结论及起决定作用的语句（从 1 开始编号）。
退出码：0 允许，1 拒绝或隐式拒绝，2 用法错误或文档无法读取。
</translation>
    </message>
    <message>
        <source>Explain whether a policy allows ACTION on RESOURCE, and which statement decides.</source>
        <translation>说明策略是否允许在 RESOURCE 上执行 ACTION，以及由哪条语句决定。</translation>
    </message>
    <message>
        <source>The action, e.g. oss:GetObject.</source>
        <translation>操作，例如 oss:GetObject。</translation>
    </message>
    <message>
        <source>The resource, e.g. acs:oss:*:*:bucket/key.</source>
        <translation>资源，例如 acs:oss:*:*:bucket/key。</translation>
    </message>
    <message>
        <source>The policy document; standard input when absent or &quot;-&quot;.</source>
        <translation>策略文档；省略或为 &quot;-&quot; 时读取标准输入。</translation>
    </message>
    <message>
        <source>See tokendesk-cli policy explain --help.</source>
        <translation>请参阅 tokendesk-cli policy explain --help。</translation>
    </message>
    <message>
        <source>&quot;policy&quot; needs a subcommand: explain. %1</source>
        <translation>&quot;policy&quot; 需要子命令：explain。%1</translation>
    </message>
    <message>
        <source>unknown policy command &quot;%1&quot;. %2</source>
        <translation>未知的 policy 命令“%1”。%2</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: give at most one FILE. %2</source>
        <translation>多余的参数“%1”：最多只能指定一个 FILE。%2</translation>
    </message>
    <message>
        <source>--action ACTION is required.</source>
        <translation>必须指定 --action ACTION。</translation>
    </message>
    <message>
        <source>--resource RESOURCE is required.</source>
        <translation>必须指定 --resource RESOURCE。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>reading the policy from standard input (end it with Ctrl-D).</source>
        <translation>正在从标准输入读取策略（按 Ctrl-D 结束）。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>no policy found in %1: %2.</source>
        <translation>在 %1 中未找到策略：%2。</translation>
    </message>
    <message>
        <source>warning: statement %1: %2</source>
        <translation>警告：语句 %1：%2</translation>
    </message>
</context>
<context>
    <name>PolicyEvaluator</name>
    <message>
        <source>Allow by statement %1 (Allow %2 on %3)</source>
        <translation>允许：由语句 %1 决定（允许对 %3 执行 %2）</translation>
    </message>
    <message>
        <source>Deny by statement %1 (Deny %2 on %3)</source>
        <translation>拒绝：由语句 %1 决定（拒绝对 %3 执行 %2）</translation>
    </message>
    <message>
        <source>implicit deny: no statement matches %1 on %2</source>
        <translation>隐式拒绝：没有语句匹配对 %2 执行 %1</translation>
    </message>
    <message>
        <source>Allows every action of every service (%1).</source>
        <translation>允许所有服务的所有操作（%1）。</translation>
    </message>
    <message>
        <source>Allows every action of the %1 service (%2).</source>
        <translation>允许 %1 服务的所有操作（%2）。</translation>
    </message>
    <message>
        <source>Applies to every resource (%1).</source>
        <translation>适用于所有资源（%1）。</translation>
    </message>
</context>
<context>
    <name>PolicyView</name>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Policy views</source>
        <translation>策略视图</translation>
    </message>
    <message>
        <source>Show only the statements with an action or resource containing this text (Ctrl+F)</source>
        <translation>只显示操作或资源中包含此文本的语句（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter by action or resource</source>
        <translation>按操作或资源筛选</translation>
    </message>
    <message>
        <source>Policy statements</source>
        <translation>策略语句</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Policy document as JSON</source>
        <translation>JSON 格式的策略文档</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>无策略</translation>
    </message>
    <message>
        <source>Copy the policy document as JSON, with the API&apos;s keys or with RAM&apos;s</source>
        <translation>将策略文档复制为 JSON，可选用 API 的键名或 RAM 的键名</translation>
    </message>
    <message>
        <source>Copy the policy as</source>
        <translation>将策略复制为</translation>
    </message>
    <message>
        <source>Cop&amp;y as…</source>
        <translation>复制为(&amp;Y)…</translation>
    </message>
    <message>
        <source>Can I…?</source>
        <translation>权限检查</translation>
    </message>
    <message>
        <source>Can I…? Check an action on a resource against the policy</source>
        <translation>权限检查：按策略检查能否对某个资源执行某项操作</translation>
    </message>
    <message>
        <source>An action as RAM names it, service:Action; matched case-insensitively</source>
        <translation>RAM 格式的操作名，即 service:Action；匹配时不区分大小写</translation>
    </message>
    <message>
        <source>Action to check</source>
        <translation>要检查的操作</translation>
    </message>
    <message>
        <source>A resource as RAM names it, acs:service:region:account:path; matched case-sensitively</source>
        <translation>RAM 格式的资源名，即 acs:service:region:account:path；匹配时区分大小写</translation>
    </message>
    <message>
        <source>Resource to check</source>
        <translation>要检查的资源</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定结果</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树形</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation>资源(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>连接配置必须有名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>“%1”不是有效的连接配置名称：请使用 1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>Cannot write %1: permission denied.</source>
        <translation>无法写入 %1：权限不足。</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a valid settings file.</source>
        <translation>无法读取 %1：不是有效的设置文件。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>No profile named &quot;%1&quot;. Create it with: tokendesk-cli profile add %1 --gateway URL --app-key KEY</source>
        <translation>没有名为“%1”的连接配置。可用以下命令创建：tokendesk-cli profile add %1 --gateway URL --app-key KEY</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Manage profiles</source>
        <translation>管理连接配置</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>连接配置(&amp;P)</translation>
    </message>
    <message>
        <source>Saved profiles. Press Delete to remove the selected one.</source>
        <translation>已保存的连接配置。按 Delete 键删除选中的配置。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Saved connection profiles; select one to edit it</source>
        <translation>已保存的连接配置；选中一个即可编辑</translation>
    </message>
    <message>
        <source>Start a new profile; it is kept once you save it</source>
        <translation>新建连接配置；保存后才会保留</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加连接配置</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove the selected profile and its app secret from the keychain</source>
        <translation>删除选中的连接配置，并从系统密钥环中删除其应用密钥</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Profile name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Used as --profile NAME and as the keychain entry.</source>
        <translation>连接配置名称：1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。用作 --profile NAME 的值，也用作密钥环条目名。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>连接配置名称</translation>
    </message>
    <message>
        <source>e.g. prod</source>
        <translation>例如 prod</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <source>TOP gateway URL the signed request is posted to (pick a known one or type any URL)</source>
        <translation>签名请求要发往的 TOP 网关 URL（可选择已知网关，也可输入任意 URL）</translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation>网关 URL</translation>
    </message>
    <message>
        <source>Known gateway</source>
        <translation>已知网关</translation>
    </message>
    <message>
        <source>Plain http warning</source>
        <translation>明文 http 警告</translation>
    </message>
    <message>
        <source>⚠ Plain http: the signed request and the credential it returns cross the network unencrypted. Use https unless this is a closed test network.</source>
        <translation>⚠ 明文 http：签名请求及返回的临时凭证将以未加密形式在网络上传输。除非是封闭的测试网络，否则请使用 https。</translation>
    </message>
    <message>
        <source>App&amp;Key:</source>
        <translation>AppKey(&amp;K)：</translation>
    </message>
    <message>
        <source>app_key: the AppKey from the app&apos;s page in the Taobao Open Platform console</source>
        <translation>app_key：淘宝开放平台控制台应用页面上的 AppKey</translation>
    </message>
    <message>
        <source>AppKey</source>
        <translation>AppKey</translation>
    </message>
    <message>
        <source>e.g. 12345678</source>
        <translation>例如 12345678</translation>
    </message>
    <message>
        <source>Sign &amp;method:</source>
        <translation>签名方法(&amp;M)：</translation>
    </message>
    <message>
        <source>sign_method: how each request is signed with the app secret</source>
        <translation>sign_method：用应用密钥为每个请求签名的方法</translation>
    </message>
    <message>
        <source>Sign method</source>
        <translation>签名方法</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>响应格式(&amp;F)：</translation>
    </message>
    <message>
        <source>format: the shape of the gateway&apos;s answer</source>
        <translation>format：网关返回数据的格式</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>响应格式</translation>
    </message>
    <message>
        <source>simplify: ask for simplified JSON (only with format json)</source>
        <translation>simplify：请求精简版 JSON（仅当 format 为 json 时有效）</translation>
    </message>
    <message>
        <source>Ask for simplified JSON</source>
        <translation>请求精简版 JSON</translation>
    </message>
    <message>
        <source>Ask for simplified &amp;JSON</source>
        <translation>请求精简版 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Problem with the profile</source>
        <translation>连接配置有问题</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>保存连接配置（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存连接配置</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <translation>密钥(&amp;T)：</translation>
    </message>
    <message>
        <source>The app secret that signs each request (the sign parameter); it is never sent and never shown again once stored</source>
        <translation>用于为每个请求签名（sign 参数）的应用密钥（AppSecret）；它本身从不发送，保存后也不会再显示</translation>
    </message>
    <message>
        <source>Type or paste a new secret</source>
        <translation>输入或粘贴新的应用密钥</translation>
    </message>
    <message>
        <source>Store the typed secret in the system keychain, replacing any stored one</source>
        <translation>将输入的应用密钥保存到系统密钥环，覆盖已保存的密钥</translation>
    </message>
    <message>
        <source>Store secret in keychain</source>
        <translation>保存到密钥环</translation>
    </message>
    <message>
        <source>St&amp;ore in keychain</source>
        <translation>保存到密钥环(&amp;O)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Secret status</source>
        <translation>应用密钥状态</translation>
    </message>
    <message>
        <source>Delete this profile&apos;s secret from the keychain and from this session</source>
        <translation>从系统密钥环和本次会话中删除此连接配置的应用密钥</translation>
    </message>
    <message>
        <source>Clear secret</source>
        <translation>清除应用密钥</translation>
    </message>
    <message>
        <source>C&amp;lear secret…</source>
        <translation>清除应用密钥(&amp;L)…</translation>
    </message>
    <message>
        <source>Keep the typed secret in memory until TokenDesk quits; nothing is written to disk</source>
        <translation>在 TokenDesk 退出前将输入的应用密钥保留在内存中；不会写入磁盘</translation>
    </message>
    <message>
        <source>Use secret for this session only</source>
        <translation>仅在本次会话中使用应用密钥</translation>
    </message>
    <message>
        <source>&amp;Use for this session only</source>
        <translation>仅用于本次会话(&amp;U)</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>上一步操作</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>RefreshingCredential</name>
    <message>
        <source>No credential has been fetched yet.</source>
        <translation>尚未获取任何凭证。</translation>
    </message>
    <message>
        <source>The gateway sent a credential that has no readable expiration or has already expired.</source>
        <translation>网关返回的凭证没有可读的过期时间，或已经过期。</translation>
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <source>Request inspector</source>
        <translation>请求检查器</translation>
    </message>
    <message>
        <source>No request sent yet. After a fetch, the request as sent and the answer, with every credential blanked out, appear here.</source>
        <translation>尚未发送请求。获取一次后，这里会显示实际发送的请求和收到的响应，其中所有凭证均已脱敏。</translation>
    </message>
    <message>
        <source>No request yet</source>
        <translation>尚无请求</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>The HTTP status of the answer</source>
        <translation>响应的 HTTP 状态码</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>When the request was sent and how long the answer took</source>
        <translation>请求发送时间及响应耗时</translation>
    </message>
    <message>
        <source>Gateway request ID</source>
        <translation>网关请求 ID</translation>
    </message>
    <message>
        <source>The gateway&apos;s request_id: quote it when contacting support</source>
        <translation>网关返回的 request_id：联系技术支持时请提供</translation>
    </message>
    <message>
        <source>Copy the request and the answer, with every credential blanked out, for a support ticket</source>
        <translation>复制请求和响应（所有凭证均已脱敏），用于提交工单</translation>
    </message>
    <message>
        <source>Copy redacted report</source>
        <translation>复制脱敏报告</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>请求 URL</translation>
    </message>
    <message>
        <source>Parameters as sent</source>
        <translation>实际发送的参数</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The param field, formatted</source>
        <translation>param 字段（已格式化）</translation>
    </message>
    <message>
        <source>The param field as sent, indented (member order kept: the signature covers it)</source>
        <translation>实际发送的 param 字段，已缩进（成员顺序保持不变：签名覆盖了它）</translation>
    </message>
    <message>
        <source>Response, redacted</source>
        <translation>响应（已脱敏）</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer as received, with the access key secret and the tokens blanked out</source>
        <translation>网关返回的原始响应，其中 AccessKey Secret 和各类令牌已脱敏</translation>
    </message>
    <message>
        <source>Copy R&amp;edacted</source>
        <translation>复制脱敏报告(&amp;E)</translation>
    </message>
</context>
<context>
    <name>RequestOptions</name>
    <message>
        <source>Saved connection profile (gateway, app key, sign method, simplify).</source>
        <translation>已保存的连接配置（网关、AppKey、签名方法、simplify）。</translation>
    </message>
    <message>
        <source>TOP gateway URL; default https://eco.taobao.com/router/rest.</source>
        <translation>TOP 网关 URL；默认为 https://eco.taobao.com/router/rest。</translation>
    </message>
    <message>
        <source>AppKey.</source>
        <translation>AppKey。</translation>
    </message>
    <message>
        <source>hmac-sha256 (default), hmac or md5.</source>
        <translation>hmac-sha256（默认）、hmac 或 md5。</translation>
    </message>
    <message>
        <source>Ask for simplified JSON.</source>
        <translation>请求精简版 JSON。</translation>
    </message>
    <message>
        <source>Wire format; default json.</source>
        <translation>传输格式；默认为 json。</translation>
    </message>
    <message>
        <source>op_tenant_code (tenant), required.</source>
        <translation>op_tenant_code（租户），必填。</translation>
    </message>
    <message>
        <source>op_poi_id (store), required.</source>
        <translation>op_poi_id（门店），必填。</translation>
    </message>
    <message>
        <source>scene_code (source scene), required.</source>
        <translation>scene_code（来源场景），必填。</translation>
    </message>
    <message>
        <source>usage_scene (usage scene), required.</source>
        <translation>usage_scene（使用场景），必填。</translation>
    </message>
    <message>
        <source>product_code (cloud product), required.</source>
        <translation>product_code（云产品），必填。</translation>
    </message>
    <message>
        <source>request_id; default a fresh UUID.</source>
        <translation>request_id；默认生成新的 UUID。</translation>
    </message>
    <message>
        <source>token, optional.</source>
        <translation>token，可选。</translation>
    </message>
    <message>
        <source>Whole-request deadline; default 15.</source>
        <translation>整个请求的超时时间（秒）；默认为 15。</translation>
    </message>
    <message>
        <source>Unknown sign method &quot;%1&quot;; use hmac-sha256, hmac or md5.</source>
        <translation>未知的签名方法“%1”；请使用 hmac-sha256、hmac 或 md5。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json or xml.</source>
        <translation>未知的格式“%1”；请使用 json 或 xml。</translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds between 0 and 600.</source>
        <translation>超时必须是 0 到 600 之间的秒数。</translation>
    </message>
    <message>
        <source>The value of --%1 is not valid UTF-8.</source>
        <translation>--%1 的值不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation>XML 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>XML refers to an undeclared entity</source>
        <translation>XML 引用了未声明的实体</translation>
    </message>
    <message>
        <source>XML with a DTD is refused</source>
        <translation>不接受带 DTD 的 XML</translation>
    </message>
    <message>
        <source>XML has more than one root element</source>
        <translation>XML 有多个根元素</translation>
    </message>
    <message>
        <source>unexpected XML root element &lt;%1&gt;</source>
        <translation>意外的 XML 根元素 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>XML error at line %1, column %2: %3</source>
        <translation>XML 错误，位于第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>XML without a root element</source>
        <translation>XML 没有根元素</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not text</source>
        <translation>字段 &quot;%1&quot; 不是文本</translation>
    </message>
    <message>
        <source>result has no &quot;%1&quot;</source>
        <translation>result 中没有 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>result has a &quot;policy&quot; that is not a policy document</source>
        <translation>result 中的 &quot;policy&quot; 不是策略文档</translation>
    </message>
    <message>
        <source>field &quot;resp_success&quot; is not a boolean</source>
        <translation>字段 &quot;resp_success&quot; 不是布尔值</translation>
    </message>
    <message>
        <source>field &quot;result&quot; is not an object</source>
        <translation>字段 &quot;result&quot; 不是对象</translation>
    </message>
    <message>
        <source>field &quot;resp_success&quot; is neither true nor false</source>
        <translation>字段 &quot;resp_success&quot; 既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>response has neither &quot;resp_success&quot; nor &quot;result&quot;</source>
        <translation>响应中既没有 &quot;resp_success&quot; 也没有 &quot;result&quot;</translation>
    </message>
    <message>
        <source>successful response without a &quot;result&quot;</source>
        <translation>响应表示成功，但没有 &quot;result&quot;</translation>
    </message>
    <message>
        <source>&quot;error_response&quot; is not an object</source>
        <translation>&quot;error_response&quot; 不是对象</translation>
    </message>
    <message>
        <source>&quot;error_response&quot; without a code</source>
        <translation>&quot;error_response&quot; 中没有错误码</translation>
    </message>
    <message>
        <source>JSON error at offset %1: %2</source>
        <translation>JSON 错误，位于偏移量 %1：%2</translation>
    </message>
    <message>
        <source>JSON root is not an object</source>
        <translation>JSON 根不是对象</translation>
    </message>
    <message>
        <source>JSON has the key &quot;%1&quot; twice</source>
        <translation>JSON 中键 &quot;%1&quot; 出现了两次</translation>
    </message>
    <message>
        <source>JSON has more than one root member</source>
        <translation>JSON 根下有多个成员</translation>
    </message>
    <message>
        <source>the response root is not an object</source>
        <translation>响应的根不是对象</translation>
    </message>
    <message>
        <source>a response to a different API (&quot;%1&quot;)</source>
        <translation>这是另一个 API 的响应（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>JSON object is not a TOP response</source>
        <translation>该 JSON 对象不是 TOP 响应</translation>
    </message>
    <message>
        <source>empty response element</source>
        <translation>响应元素为空</translation>
    </message>
    <message>
        <source>the response root is not an element with children</source>
        <translation>响应的根不是带子元素的元素</translation>
    </message>
    <message>
        <source>response larger than %1 bytes (%2 bytes)</source>
        <translation>响应超过 %1 字节（实际 %2 字节）</translation>
    </message>
    <message>
        <source>empty response</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <source>response is only white space</source>
        <translation>响应只有空白字符</translation>
    </message>
    <message>
        <source>response contains a NUL byte</source>
        <translation>响应中含有 NUL 字节</translation>
    </message>
    <message>
        <source>HTML page instead of a TOP response</source>
        <translation>收到的是 HTML 页面，而不是 TOP 响应</translation>
    </message>
    <message>
        <source>response is not valid UTF-8</source>
        <translation>响应不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>JSON array instead of a TOP response object</source>
        <translation>收到的是 JSON 数组，而不是 TOP 响应对象</translation>
    </message>
    <message>
        <source>neither JSON nor XML</source>
        <translation>既不是 JSON 也不是 XML</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds a number too large to be carried exactly</source>
        <translation>字段 &quot;%1&quot; 中的数值过大，无法精确传递</translation>
    </message>
    <message>
        <source>result has no &quot;expiration&quot;</source>
        <translation>result 中没有 &quot;expiration&quot;</translation>
    </message>
    <message>
        <source>field &quot;expiration&quot; is not a date and time (&quot;%1&quot;)</source>
        <translation>字段 &quot;expiration&quot; 不是日期时间（&quot;%1&quot;）</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No app secret is stored for profile &quot;%1&quot;. Store one with: tokendesk-cli secret set --profile %1 (or in the window: Manage profiles…).</source>
        <translation>连接配置“%1”没有保存应用密钥。可用以下命令保存：tokendesk-cli secret set --profile %1（或在窗口中通过“管理连接配置…”）。</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>内存（仅限本次会话）</translation>
    </message>
    <message>
        <source>No proxy password is stored in the keychain. Enter it in Settings.</source>
        <translation>密钥环中没有保存代理密码。请在“设置”中输入。</translation>
    </message>
</context>
<context>
    <name>ServeToolsBox</name>
    <message>
        <source>Ser&amp;ve to local tools</source>
        <translation>提供给本机工具(&amp;V)</translation>
    </message>
    <message>
        <source>Answer the Alibaba Cloud SDKs&apos; credentials URI on this computer (127.0.0.1 only) with this credential, fetched again before it expires.</source>
        <translation>在本机（仅 127.0.0.1）以此凭证响应阿里云 SDK 的凭证 URI，并在过期前重新获取。</translation>
    </message>
    <message>
        <source>Serve to local tools</source>
        <translation>提供给本机工具</translation>
    </message>
    <message>
        <source>Starts a credentials URI on this computer for the aliyun CLI, ossutil and the Alibaba Cloud SDKs.</source>
        <translation>在本机为 aliyun CLI、ossutil 和阿里云 SDK 启动一个凭证 URI。</translation>
    </message>
    <message>
        <source>In a shell:</source>
        <translation>在终端中：</translation>
    </message>
    <message>
        <source>Paste this into a shell: the SDKs started from it read the credential from TokenDesk while it serves.</source>
        <translation>将此行粘贴到终端：从该终端启动的 SDK 会在 TokenDesk 提供服务期间从这里读取凭证。</translation>
    </message>
    <message>
        <source>Credentials URI export line</source>
        <translation>凭证 URI 的 export 命令行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the export line (the clipboard clears itself)</source>
        <translation>复制 export 命令行（剪贴板会自动清除）</translation>
    </message>
    <message>
        <source>Copy the credentials URI export line</source>
        <translation>复制凭证 URI 的 export 命令行</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>expiry unknown</source>
        <translation>过期时间未知</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant %1, store %2, product %3, %4</source>
        <translation>租户 %1，门店 %2，云产品 %3，%4</translation>
    </message>
</context>
<context>
    <name>SessionsPane</name>
    <message>
        <source>Every credential fetched in this window, newest first. Select one to show it; Ctrl+1 to Ctrl+9 select the first nine, Delete removes the selected one.</source>
        <translation>本窗口获取的所有凭证，最新的在最前。选中一项即可查看；Ctrl+1 到 Ctrl+9 选择前九项，Delete 删除选中的一项。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>No credential yet. Each token you get stays here until you remove it or close TokenDesk.</source>
        <translation>还没有凭证。获取的每个令牌都会保留在这里，直到你删除它或关闭 TokenDesk。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected session and wipe its credential (Delete)</source>
        <translation>删除选中的会话并清除其凭证（Delete）</translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation>删除选中的会话</translation>
    </message>
    <message>
        <source>Remove e&amp;xpired</source>
        <translation>删除已过期(&amp;X)</translation>
    </message>
    <message>
        <source>Remove every session whose credential has expired</source>
        <translation>删除所有凭证已过期的会话</translation>
    </message>
    <message>
        <source>Remove expired sessions</source>
        <translation>删除已过期的会话</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>临时凭证</translation>
    </message>
    <message>
        <source>Clear clip&amp;board after:</source>
        <translation>自动清空剪贴板(&amp;B)：</translation>
    </message>
    <message>
        <source>Copied values are taken off the clipboard after this long, unless something else was copied meanwhile. Never: only when TokenDesk quits.</source>
        <translation>复制的内容会在这段时间后从剪贴板移除，除非期间又复制了其他内容。选择“从不”时，仅在 TokenDesk 退出时清除。</translation>
    </message>
    <message>
        <source>Clear clipboard after, in seconds</source>
        <translation>多少秒后清空剪贴板</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Warn at:</source>
        <translation>提醒时间(&amp;W)：</translation>
    </message>
    <message>
        <source>The countdown turns to a warning when this little time is left</source>
        <translation>剩余时间少于此值时，倒计时变为警告状态</translation>
    </message>
    <message>
        <source>Warning threshold, in minutes before expiry</source>
        <translation>警告阈值（过期前的分钟数）</translation>
    </message>
    <message>
        <source> min before expiry</source>
        <translation> 分钟（过期前）</translation>
    </message>
    <message>
        <source>A desktop notification once at the warning threshold and once when the credential expires</source>
        <translation>在到达警告阈值和凭证过期时各发送一次桌面通知</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>显示通知</translation>
    </message>
    <message>
        <source>Show a &amp;notification at the warning and at expiry</source>
        <translation>在警告和过期时显示通知(&amp;N)</translation>
    </message>
    <message>
        <source>Fetch a new credential with the same request when this little time is left. Not done when the whole lifetime is shorter.</source>
        <translation>剩余时间少于此值时，用同一请求自动获取新的临时凭证。凭证的总有效期比此值还短时不会自动刷新。</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>&amp;Refresh at:</source>
        <translation>刷新时间(&amp;R)：</translation>
    </message>
    <message>
        <source>How long before expiry a new credential is fetched</source>
        <translation>在过期前多久获取新的临时凭证</translation>
    </message>
    <message>
        <source>Refresh automatically, in minutes before expiry</source>
        <translation>自动刷新（过期前的分钟数）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Use the proxy configured for this desktop session (or the http_proxy / https_proxy variables)</source>
        <translation>使用当前桌面会话配置的代理（或 http_proxy / https_proxy 环境变量）</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>使用系统代理设置(&amp;S)</translation>
    </message>
    <message>
        <source>Connect to the gateway directly, ignoring any system proxy</source>
        <translation>直接连接网关，忽略系统代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>&amp;Direct connection (no proxy)</source>
        <translation>直接连接，不使用代理(&amp;D)</translation>
    </message>
    <message>
        <source>Send requests through the HTTP proxy given below</source>
        <translation>通过下面设置的 HTTP 代理发送请求</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>手动代理</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>手动设置 HTTP 代理(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name or IP address, without http://</source>
        <translation>代理的主机名或 IP 地址，不带 http://</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>e.g. proxy.example.com</source>
        <translation>例如 proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>The proxy&apos;s port, 1 to 65535 (often 3128 or 8080)</source>
        <translation>代理端口，1 到 65535（常用 3128 或 8080）</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>The user name for a proxy that asks for one; leave empty when it does not</source>
        <translation>代理要求认证时使用的用户名；不需要时留空</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>仅当代理要求认证时填写</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file, and never shown again. Leave empty to keep the stored one.</source>
        <translation>保存在系统密钥环中，不写入设置文件，保存后也不再显示。留空则保留已保存的密码。</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>Remove the stored proxy password from the keychain when you press OK</source>
        <translation>按“确定”时从系统密钥环中删除已保存的代理密码</translation>
    </message>
    <message>
        <source>Forget stored proxy password</source>
        <translation>清除已保存的代理密码</translation>
    </message>
    <message>
        <source>Forg&amp;et stored password</source>
        <translation>清除已保存的密码(&amp;E)</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>请求超时(&amp;T)：</translation>
    </message>
    <message>
        <source>How long a fetch may take, retries included, before it is given up (--timeout overrides it)</source>
        <translation>一次获取（含重试）最多可用的时间，超时即放弃（命令行参数 --timeout 优先）</translation>
    </message>
    <message>
        <source>Request timeout, in seconds</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language of TokenDesk&apos;s window and messages</source>
        <translation>TokenDesk 窗口和消息使用的语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>语言说明</translation>
    </message>
    <message>
        <source>Takes effect after restart</source>
        <translation>重启后生效</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>设置有问题</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Get a token, from anywhere in the window</source>
        <translation>获取令牌（在窗口任意位置均可）</translation>
    </message>
    <message>
        <source>Cancel the fetch in progress; close a menu or dialog</source>
        <translation>取消正在进行的获取；关闭菜单或对话框</translation>
    </message>
    <message>
        <source>Show one of the first nine sessions in the list</source>
        <translation>显示列表中前九个会话之一</translation>
    </message>
    <message>
        <source>Remove the selected session (in the list)</source>
        <translation>删除选中的会话（在列表中）</translation>
    </message>
    <message>
        <source>Next tab: Credential, Policy, Request, History</source>
        <translation>下一个标签页：临时凭证、策略、请求、历史</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <source>Copy the credential value that has the focus (the clipboard is cleared after a while)</source>
        <translation>复制焦点所在的凭证值（剪贴板会在一段时间后清空）</translation>
    </message>
    <message>
        <source>Filter the policy (Policy tab)</source>
        <translation>筛选策略（策略标签页）</translation>
    </message>
    <message>
        <source>Open the folded request form again</source>
        <translation>重新展开已折叠的请求表单</translation>
    </message>
    <message>
        <source>Serve to local tools: on or off</source>
        <translation>提供给本机工具：开或关</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+带下划线的字母</translation>
    </message>
    <message>
        <source>Go to that field or tab, or press that button (Access key ID, Copy as…)</source>
        <translation>转到对应的字段或标签页，或按下对应按钮（AccessKey ID、复制为…）</translation>
    </message>
    <message>
        <source>Next or previous control, in reading order</source>
        <translation>按阅读顺序移到下一个或上一个控件</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>The secret on standard input is longer than %1 bytes; an app secret is far shorter. Pipe in only the secret, ending in a newline.</source>
        <translation>标准输入中的应用密钥超过 %1 字节；应用密钥远比这短。请只通过管道传入密钥本身，并以换行结尾。</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>The gateway is temporarily unavailable (HTTP %1). Try again in a minute.</source>
        <translation>网关暂时不可用（HTTP %1）。请稍后再试。</translation>
    </message>
    <message>
        <source>The gateway URL is wrong (HTTP 404). It normally ends in /router/rest.</source>
        <translation>网关 URL 有误（HTTP 404）。通常应以 /router/rest 结尾。</translation>
    </message>
    <message>
        <source>The proxy asks for authentication (HTTP 407). Check the proxy settings.</source>
        <translation>代理要求身份验证（HTTP 407）。请检查代理设置。</translation>
    </message>
    <message>
        <source>The gateway answered with HTTP status %1 instead of a TOP response. Check the gateway URL.</source>
        <translation>网关返回了 HTTP 状态 %1，而不是 TOP 响应。请检查网关 URL。</translation>
    </message>
    <message>
        <source>The app secret is missing.</source>
        <translation>缺少应用密钥。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The gateway redirected with HTTP %1, which would change the POST into a GET. Use the final gateway URL: %2</source>
        <translation>网关返回了 HTTP %1 重定向，这会把 POST 变成 GET。请使用最终的网关 URL：%2</translation>
    </message>
    <message>
        <source>The gateway redirected to another address (%1). TokenDesk only follows redirects that stay on the gateway you set; if it has moved, set the new URL.</source>
        <translation>网关重定向到了另一个地址（%1）。TokenDesk 只跟随仍指向所设网关的重定向；如果网关已迁移，请设置新的 URL。</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB, far more than a token response; the gateway URL probably points at something else.</source>
        <translation>响应超过 %1 MiB，远大于正常的令牌响应；网关 URL 可能指向了别的服务。</translation>
    </message>
    <message>
        <source>The answer was cut off after %1 bytes. Try again; if it persists, a proxy may be interfering.</source>
        <translation>响应在 %1 字节处被截断。请重试；如果问题持续，可能是代理在干扰。</translation>
    </message>
    <message>
        <source>The gateway&apos;s TLS certificate was not accepted: %1. Check the gateway URL and the system&apos;s CA certificates.</source>
        <translation>网关的 TLS 证书未被接受：%1。请检查网关 URL 和系统的 CA 证书。</translation>
    </message>
    <message>
        <source>Could not reach the gateway %1: %2.</source>
        <translation>无法连接网关 %1：%2。</translation>
    </message>
    <message>
        <source>rate limited, waiting %1 s</source>
        <translation>已被限流，等待 %1 秒</translation>
    </message>
    <message>
        <source>correcting a clock skew of %1 s</source>
        <translation>正在校正 %1 秒的时钟偏差</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the gateway&apos;s by %1 s.</source>
        <translation>本机时钟与网关相差 %1 秒。</translation>
    </message>
    <message>
        <source>The service refused the request (resp_code %1). Check tenant, store and scene.</source>
        <translation>服务拒绝了请求（resp_code %1）。请检查租户、门店和来源场景。</translation>
    </message>
    <message>
        <source>The service refused the request: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is not a valid token response: %1</source>
        <translation>网关的响应不是有效的令牌响应：%1</translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 s. Check the network or proxy, or raise the timeout.</source>
        <translation>%1 秒内网关没有响应。请检查网络或代理，或调大超时时间。</translation>
    </message>
    <message>
        <source>The gateway kept redirecting (too many redirects); set its final URL.</source>
        <translation>网关不断重定向（重定向次数过多）；请设置其最终 URL。</translation>
    </message>
    <message>
        <source>The answer&apos;s body does not decode as its Content-Encoding &quot;%1&quot; says.</source>
        <translation>应答正文无法按其 Content-Encoding“%1”解码。</translation>
    </message>
    <message>
        <source>The gateway handed out a credential that had already expired: its expiration %1 is %2 s before the gateway&apos;s current time.</source>
        <translation>网关返回的临时凭证已经过期：其过期时间 %1 比网关当前时间早 %2 秒。</translation>
    </message>
</context>
<context>
    <name>TokenDesk::Accessibility</name>
    <message>
        <source>Clear %1</source>
        <translation>清除%1</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AppPalette</name>
    <message>
        <source>TOKENDESK_PALETTE=%1 is not light, dark or high-contrast; the desktop&apos;s colours are used.</source>
        <translation>TOKENDESK_PALETTE=%1 不是 light、dark 或 high-contrast；将使用桌面的颜色。</translation>
    </message>
</context>
<context>
    <name>TokenDesk::BatchCommand</name>
    <message>
        <source>Fetch one credential per row of a CSV list (tenant,store,scene,usage_scene,product) and print one JSON object per row as it finishes (NDJSON).</source>
        <translation>为 CSV 列表（tenant,store,scene,usage_scene,product）的每一行获取一个凭证，每行完成时输出一个 JSON 对象（NDJSON）。</translation>
    </message>
    <message>
        <source>Read the rows from FILE, or from standard input when FILE is -.</source>
        <translation>从 FILE 读取各行；FILE 为 - 时从标准输入读取。</translation>
    </message>
    <message>
        <source>At most N requests in flight (1 to %1, default %2).</source>
        <translation>同时进行的请求最多 N 个（1 到 %1，默认 %2）。</translation>
    </message>
    <message>
        <source>-j takes a whole number from 1 to %1.</source>
        <translation>-j 需要 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--request-id does not go with --batch: every row gets a fresh one.</source>
        <translation>--request-id 不能与 --batch 同用：每一行都会使用新的 request_id。</translation>
    </message>
    <message>
        <source>--batch needs a file name, or - for standard input.</source>
        <translation>--batch 需要一个文件名，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Cannot read the batch file %1: %2.</source>
        <translation>无法读取批量文件 %1：%2。</translation>
    </message>
    <message>
        <source>The batch file %1 is larger than %2 MiB.</source>
        <translation>批量文件 %1 大于 %2 MiB。</translation>
    </message>
    <message>
        <source>The batch input is larger than %1 MiB.</source>
        <translation>批量输入大于 %1 MiB。</translation>
    </message>
    <message>
        <source>The output could not be written: %1.</source>
        <translation>无法写出输出：%1。</translation>
    </message>
    <message>
        <source>%1 of %2 rows done, %3 failed, %4 rows/s</source>
        <translation>已完成 %1/%2 行，失败 %3 行，%4 行/秒</translation>
    </message>
    <message>
        <source>rate limited: waiting</source>
        <translation>被限流：等待中</translation>
    </message>
    <message numerus="yes">
        <source>stopping: waiting for %n request(s) in flight</source>
        <translation>
            <numerusform>正在停止：等待 %n 个进行中的请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::CountdownWidget</name>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>%1 left, expires soon</source>
        <translation>剩余 %1，即将过期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation>过期时间未知</translation>
    </message>
    <message>
        <source>No credential</source>
        <translation>无凭证</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CredentialPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Credential Expired</source>
        <translation>凭证已过期</translation>
    </message>
    <message>
        <source>This credential has expired, so services will refuse it.</source>
        <translation>该临时凭证已过期，云服务会拒绝它。</translation>
    </message>
    <message>
        <source>Copy it anyway, or get a new one?</source>
        <translation>仍要复制，还是重新获取？</translation>
    </message>
    <message>
        <source>&amp;Copy Anyway</source>
        <translation>仍然复制(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot Copy as %1</source>
        <translation>无法复制为 %1</translation>
    </message>
    <message>
        <source>the credential as %1</source>
        <translation>%1 格式的临时凭证</translation>
    </message>
    <message>
        <source>the access key ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>the access key secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>the security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>the public endpoint</source>
        <translation>公网 Endpoint</translation>
    </message>
    <message>
        <source>the internal endpoint</source>
        <translation>内网 Endpoint</translation>
    </message>
    <message>
        <source>When the credential stops working, in local time</source>
        <translation>凭证失效的时间（本地时间）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (not understood)</source>
        <translation>%1（无法识别）</translation>
    </message>
    <message>
        <source>The expiry time sent by the service could not be read.</source>
        <translation>无法读取服务返回的过期时间。</translation>
    </message>
    <message>
        <source>In UTC: %1</source>
        <translation>UTC 时间：%1</translation>
    </message>
    <message>
        <source>the credentials URI export line</source>
        <translation>凭证 URI 的 export 命令行</translation>
    </message>
    <message>
        <source>aliyun External profile…</source>
        <translation>aliyun External 配置…</translation>
    </message>
    <message>
        <source>Write a profile to ~/.aliyun/config.json that runs tokendesk-cli to fetch a credential whenever the aliyun CLI or an SDK needs one</source>
        <translation>向 ~/.aliyun/config.json 写入一个配置：每当 aliyun CLI 或 SDK 需要凭证时，由它运行 tokendesk-cli 获取</translation>
    </message>
    <message>
        <source>&amp;Get token again</source>
        <translation>重新获取令牌(&amp;G)</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CredentialTray</name>
    <message>
        <source>&amp;Get token again</source>
        <translation>重新获取令牌(&amp;G)</translation>
    </message>
    <message>
        <source>Copy access key &amp;ID</source>
        <translation>复制 AccessKey ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy access key &amp;secret</source>
        <translation>复制 AccessKey Secret(&amp;S)</translation>
    </message>
    <message>
        <source>Copy security &amp;token</source>
        <translation>复制安全令牌(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>显示窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>TokenDesk: no credential</source>
        <translation>TokenDesk：无凭证</translation>
    </message>
    <message>
        <source>TokenDesk: the credential has expired</source>
        <translation>TokenDesk：临时凭证已过期</translation>
    </message>
    <message>
        <source>TokenDesk: credential expires at %1 (%2 min left)</source>
        <translation>TokenDesk：凭证将于 %1 过期（剩余 %2 分钟）</translation>
    </message>
    <message>
        <source>Ser&amp;ve to local tools</source>
        <translation>提供给本机工具(&amp;V)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Copy access key ID</source>
        <translation>复制 AccessKey ID</translation>
    </message>
    <message>
        <source>Copy access key secret</source>
        <translation>复制 AccessKey Secret</translation>
    </message>
    <message>
        <source>Copy security token</source>
        <translation>复制安全令牌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ErrorBanner</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>显示技术详情</translation>
    </message>
    <message>
        <source>Copy the error and its details</source>
        <translation>复制错误及其详情</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>关闭错误提示</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术详情</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ExecCommand</name>
    <message>
        <source>exec needs the command after &quot;--&quot;: tokendesk-cli exec [request options] -- COMMAND [ARG]...</source>
        <translation>exec 需要在“--”之后给出命令：tokendesk-cli exec [请求选项] -- 命令 [参数]...</translation>
    </message>
    <message>
        <source>exec needs a command after &quot;--&quot;.</source>
        <translation>exec 需要在“--”之后给出命令。</translation>
    </message>
    <message>
        <source>Fetch a credential, then run COMMAND (after &quot;--&quot;) with it in the environment (the six variables of -o env) and with ALIBABA_CLOUD_CREDENTIALS_URI pointing at a credentials URI this process serves and refreshes. Exits with COMMAND&apos;s status.</source>
        <translation>获取凭证，然后运行（“--”之后的）COMMAND：凭证放在其环境变量中（即 -o env 的六个变量），并设置 ALIBABA_CLOUD_CREDENTIALS_URI 指向本进程提供并自动刷新的凭证 URI。退出状态与 COMMAND 相同。</translation>
    </message>
    <message>
        <source>Give COMMAND only ALIBABA_CLOUD_CREDENTIALS_URI (and ALIBABA_CLOUD_ECS_METADATA_DISABLED=true), not the six credential variables, so that the SDKs&apos; default credential chains reach the URI and refresh.</source>
        <translation>只向 COMMAND 提供 ALIBABA_CLOUD_CREDENTIALS_URI（以及 ALIBABA_CLOUD_ECS_METADATA_DISABLED=true），不提供那六个凭证变量，使 SDK 的默认凭证链读取该 URI 并自动刷新。</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2.</source>
        <translation>无法运行“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>TokenDesk::FetchCommand</name>
    <message>
        <source>retrying (%1 of %2): %3</source>
        <translation>正在重试（第 %1 次，共 %2 次）：%3</translation>
    </message>
    <message>
        <source>note: this computer&apos;s clock is %1 s %2 the gateway&apos;s; correcting it for this request. Synchronise the system clock (NTP).</source>
        <translation>注意：本机时钟%2网关 %1 秒；本次请求已自动校正。请同步系统时钟（NTP）。</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>慢于</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>快于</translation>
    </message>
    <message>
        <source>Fetch a temporary credential from the TOP security-token API.</source>
        <translation>从 TOP 安全令牌 API 获取临时凭证。</translation>
    </message>
    <message>
        <source>Read the app secret from the first line of standard input.</source>
        <translation>从标准输入的第一行读取应用密钥。</translation>
    </message>
    <message>
        <source>Fix the GMT+8 timestamp (reproducible dry runs).</source>
        <translation>固定 GMT+8 时间戳（用于可复现的试运行）。</translation>
    </message>
    <message>
        <source>Print the signed request as JSON and send nothing.</source>
        <translation>以 JSON 格式打印签名后的请求，不实际发送。</translation>
    </message>
    <message>
        <source>Output format: %1. Default json.</source>
        <translation>输出格式：%1。默认为 json。</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot;. See tokendesk-cli profile list, or create it with tokendesk-cli profile add.</source>
        <translation>没有名为“%1”的连接配置。请查看 tokendesk-cli profile list，或用 tokendesk-cli profile add 创建。</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的输出格式“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--timestamp must look like &quot;2026-11-28 12:00:00&quot; (GMT+8).</source>
        <translation>--timestamp 的格式应为 &quot;2026-11-28 12:00:00&quot;（GMT+8）。</translation>
    </message>
    <message>
        <source>warning: %1 is plain http: the credential will cross the network unencrypted.</source>
        <translation>警告：%1 是明文 http：临时凭证将以未加密形式在网络上传输。</translation>
    </message>
    <message>
        <source>--secret-stdin was given but standard input held no secret.</source>
        <translation>指定了 --secret-stdin，但标准输入中没有应用密钥。</translation>
    </message>
    <message>
        <source>No app secret. Use --profile NAME with a secret stored by tokendesk-cli secret set, pipe it in with --secret-stdin, or set TOKENDESK_APP_SECRET.</source>
        <translation>缺少应用密钥。请使用 --profile NAME（其应用密钥已通过 tokendesk-cli secret set 保存），或用 --secret-stdin 从管道传入，或设置 TOKENDESK_APP_SECRET。</translation>
    </message>
    <message>
        <source>Choose another -o format.</source>
        <translation>请换用其他 -o 格式。</translation>
    </message>
    <message>
        <source>The output could not be written: %1.</source>
        <translation>无法写出输出：%1。</translation>
    </message>
    <message>
        <source>--secret-stdin was given but standard input sent no secret within %1 s.</source>
        <translation>指定了 --secret-stdin，但标准输入在 %1 秒内没有传入应用密钥。</translation>
    </message>
    <message>
        <source>See tokendesk-cli %1 --help.</source>
        <translation>参见 tokendesk-cli %1 --help。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See tokendesk-cli %2 --help.</source>
        <translation>多余的参数“%1”。参见 tokendesk-cli %2 --help。</translation>
    </message>
    <message>
        <source>%1 (option %2).</source>
        <translation>%1（选项 %2）。</translation>
    </message>
</context>
<context>
    <name>TokenDesk::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>来源场景</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Gateway Request ID</source>
        <translation>网关请求 ID</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>In UTC: %1</source>
        <translation>UTC 时间：%1</translation>
    </message>
    <message>
        <source>Usage scene: %1
Product: %2</source>
        <translation>使用场景：%1
云产品：%2</translation>
    </message>
    <message>
        <source>request_id: %1
resp_request_id: %2
Gateway request_id: %3</source>
        <translation>request_id：%1
resp_request_id：%2
网关 request_id：%3</translation>
    </message>
    <message>
        <source>Demo or command line</source>
        <translation>演示或命令行</translation>
    </message>
    <message>
        <source>The gateway&apos;s message: %1</source>
        <translation>网关的消息：%1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
</context>
<context>
    <name>TokenDesk::HistoryView</name>
    <message>
        <source>Clear History</source>
        <translation>清空历史记录</translation>
    </message>
    <message>
        <source>No fetches yet. Each fetch is listed here; double-click one to fill the request form with it again.</source>
        <translation>尚无获取记录。每次获取都会记录在这里；双击某条记录即可用它重新填写请求表单。</translation>
    </message>
    <message>
        <source>Remove every fetch from the history? This cannot be undone.</source>
        <translation>确定要删除全部获取记录吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Fetches listed: %1 (the latest %2 are kept).</source>
        <translation>已列出 %1 条获取记录（保留最近 %2 条）。</translation>
    </message>
</context>
<context>
    <name>TokenDesk::MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Credential cleared from the window.</source>
        <translation>已从窗口中清除临时凭证。</translation>
    </message>
    <message>
        <source>Copied %1; the clipboard clears in %2 s.</source>
        <translation>已复制 %1；剪贴板将在 %2 秒后清空。</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left. Get a new token before it stops working.</source>
        <translation>
            <numerusform>剩余 %n 分钟。请在凭证失效前重新获取令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>The temporary credential no longer works. Get a new token.</source>
        <translation>该临时凭证已失效。请重新获取令牌。</translation>
    </message>
    <message>
        <source>Retrying (%1 of %2): %3</source>
        <translation>正在重试（第 %1 次，共 %2 次）：%3</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the gateway&apos;s by %1 s; corrected for this request. Synchronise the system clock.</source>
        <translation>本机时钟与网关相差 %1 秒；本次请求已自动校正。请同步系统时钟。</translation>
    </message>
    <message>
        <source>Demo (embedded gateway simulator)</source>
        <translation>演示（内置网关模拟器）</translation>
    </message>
    <message>
        <source>Command line (%1)</source>
        <translation>命令行（%1）</translation>
    </message>
    <message>
        <source>%1 · AppKey %2 · %3</source>
        <translation>%1 · AppKey %2 · %3</translation>
    </message>
    <message>
        <source>plain http: credentials cross the network unencrypted</source>
        <translation>明文 http：临时凭证将以未加密形式在网络上传输</translation>
    </message>
    <message>
        <source>A request is already running.</source>
        <translation>已有请求正在进行。</translation>
    </message>
    <message>
        <source>Choose a connection profile, add one, or try the demo.</source>
        <translation>请选择连接配置、添加一个，或试用演示。</translation>
    </message>
    <message>
        <source>Reading the app secret…</source>
        <translation>正在读取应用密钥…</translation>
    </message>
    <message>
        <source>Requesting a token from %1…</source>
        <translation>正在向 %1 请求令牌…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Token received.</source>
        <translation>已获取令牌。</translation>
    </message>
    <message>
        <source>The demo gateway could not start: %1</source>
        <translation>演示网关无法启动：%1</translation>
    </message>
    <message>
        <source>DEMO — TokenDesk</source>
        <translation>演示 — TokenDesk</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Add it with Manage profiles….</source>
        <translation>没有名为“%1”的连接配置。请在“管理连接配置…”中添加。</translation>
    </message>
    <message>
        <source>&amp;TokenDesk</source>
        <translation>TokenDesk(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation>获取令牌(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>管理连接配置(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>关于 TokenDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About TokenDesk</source>
        <translation>关于 TokenDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TokenDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Short-lived cloud credentials from the TOP DeepVision security-token API.&lt;/p&gt;&lt;p&gt;The app secret stays in the system keychain; copied credentials are marked sensitive and cleared from the clipboard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TokenDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;从淘宝开放平台（TOP）天眼 (DeepVision) 安全令牌 API 获取短期有效的云临时凭证。&lt;/p&gt;&lt;p&gt;应用密钥始终保存在系统密钥环中；复制的凭证会标记为敏感内容，并会从剪贴板中清除。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>无法读取代理密码：%1</translation>
    </message>
    <message>
        <source>Form filled from the history entry of %1.</source>
        <translation>已用 %1 的历史记录填写表单。</translation>
    </message>
    <message>
        <source>The settings apply to this session but could not be saved: %1</source>
        <translation>设置已在本次会话中生效，但无法保存：%1</translation>
    </message>
    <message>
        <source>Open the request form again</source>
        <translation>重新打开请求表单</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>编辑请求</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; of this session no longer exists.</source>
        <translation>此会话的连接“%1”已不存在。</translation>
    </message>
    <message>
        <source>Credential for %1 refreshed automatically.</source>
        <translation>%1 的凭证已自动刷新。</translation>
    </message>
    <message>
        <source>Automatic refresh failed for %1; its current credential stays until %2. %3</source>
        <translation>%1 自动刷新失败；当前凭证保留到 %2。%3</translation>
    </message>
    <message>
        <source>Credential for %1 expires soon</source>
        <translation>%1 的凭证即将过期</translation>
    </message>
    <message>
        <source>Credential for %1 expired</source>
        <translation>%1 的凭证已过期</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired session(s).</source>
        <translation>
            <numerusform>已删除 %n 个过期会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <source>Ser&amp;ve to local tools</source>
        <translation>提供给本机工具(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>%1 · tenant %2 · store %3 · scene %4 · usage scene %5 · product %6</source>
        <translation>%1 · 租户 %2 · 门店 %3 · 来源场景 %4 · 使用场景 %5 · 云产品 %6</translation>
    </message>
    <message>
        <source>Stopped serving to local tools.</source>
        <translation>已停止向本机工具提供凭证。</translation>
    </message>
    <message>
        <source>Cannot serve to local tools: %1</source>
        <translation>无法向本机工具提供凭证：%1</translation>
    </message>
    <message>
        <source>Serving to local tools on 127.0.0.1 port %1.</source>
        <translation>正在 127.0.0.1 的 %1 端口向本机工具提供凭证。</translation>
    </message>
    <message>
        <source>The demo gateway exists only while this window is open, so an aliyun profile could not reach it. Save a real connection as a profile first.</source>
        <translation>演示网关仅在此窗口打开时存在，aliyun 配置无法访问它。请先将真实连接保存为配置。</translation>
    </message>
    <message>
        <source>aliyun External Profile</source>
        <translation>aliyun External 配置</translation>
    </message>
    <message>
        <source>Name of the profile to add or replace in %1:</source>
        <translation>要在 %1 中添加或替换的配置名称：</translation>
    </message>
    <message>
        <source>Could not write the aliyun profile: %1</source>
        <translation>无法写入 aliyun 配置：%1</translation>
    </message>
    <message>
        <source>Wrote the aliyun profile &quot;%1&quot; to %2. Try: aliyun sts GetCallerIdentity --profile %1</source>
        <translation>已将 aliyun 配置“%1”写入 %2。试一试：aliyun sts GetCallerIdentity --profile %1</translation>
    </message>
    <message>
        <source>It reads the app secret from TOKENDESK_APP_SECRET, which must be set where the aliyun CLI runs.</source>
        <translation>它从 TOKENDESK_APP_SECRET 读取应用密钥，因此运行 aliyun CLI 的地方必须设置该变量。</translation>
    </message>
    <message>
        <source>Edit &amp;request</source>
        <translation>编辑请求(&amp;R)</translation>
    </message>
    <message>
        <source>Command line (no gateway)</source>
        <translation>命令行（无网关）</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>App secret for AppKey %1 at %2.
It is kept in memory for this window only and never stored.</source>
        <translation>AppKey %1（%2）的应用密钥。
它只保存在本窗口的内存中，从不存储。</translation>
    </message>
    <message>
        <source>DEMO — credentials come from the embedded gateway simulator and work nowhere else.</source>
        <translation>演示模式 — 凭证来自内置网关模拟器，在其他任何地方都无效。</translation>
    </message>
    <message>
        <source>The credential on screen is a demo credential and works nowhere else. The next fetch goes to %1.</source>
        <translation>屏幕上的是演示凭证，在其他任何地方都无效。下一次获取将发往“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>The gateway limits how often this app may call it. Get token is available again in %n second(s).</source>
        <translation>
            <numerusform>网关限制了本应用的调用频率。%n 秒后可再次获取令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>No app secret for this command-line connection. Enter it when asked, or start TokenDesk with the TOKENDESK_APP_SECRET environment variable set.</source>
        <translation>此命令行连接没有应用密钥。请在询问时输入，或设置 TOKENDESK_APP_SECRET 环境变量后再启动 TokenDesk。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>TokenDesk::NetworkModule</name>
    <message>
        <source>TokenDesk could not load its network module %1: %2. Reinstall TokenDesk.</source>
        <translation>TokenDesk 无法加载其网络模块 %1：%2。请重新安装 TokenDesk。</translation>
    </message>
    <message>
        <source>it is not this version&apos;s (%1)</source>
        <translation>它不属于此版本（%1）</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>文件不存在</translation>
    </message>
</context>
<context>
    <name>TokenDesk::PolicyModel</name>
    <message>
        <source>Statement %1 · %2</source>
        <translation>语句 %1 · %2</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>操作（%1）</translation>
    </message>
    <message>
        <source>Resources (%1)</source>
        <translation>资源（%1）</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效力</translation>
    </message>
    <message>
        <source>%1: action %2</source>
        <translation>%1：操作 %2</translation>
    </message>
    <message>
        <source>%1: resource %2</source>
        <translation>%1：资源 %2</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>TokenDesk::PolicyView</name>
    <message>
        <source>the policy with the API&apos;s keys</source>
        <translation>使用 API 键名的策略</translation>
    </message>
    <message>
        <source>the policy with RAM&apos;s keys</source>
        <translation>使用 RAM 键名的策略</translation>
    </message>
    <message>
        <source>Enter an action and a resource to see whether the policy allows them.</source>
        <translation>输入操作和资源，查看策略是否允许。</translation>
    </message>
    <message>
        <source>No policy to check against.</source>
        <translation>没有可供检查的策略。</translation>
    </message>
    <message>
        <source>Allowed by statement %1</source>
        <translation>已由语句 %1 允许</translation>
    </message>
    <message>
        <source>Denied by statement %1</source>
        <translation>已被语句 %1 拒绝</translation>
    </message>
    <message>
        <source>Not allowed: no statement matches (implicit deny)</source>
        <translation>不允许：没有匹配的语句（隐式拒绝）</translation>
    </message>
    <message>
        <source>snake_case (API)</source>
        <translation>snake_case（API）</translation>
    </message>
    <message>
        <source>The document as the token API sends it</source>
        <translation>令牌 API 返回的原始文档</translation>
    </message>
    <message>
        <source>PascalCase (RAM)</source>
        <translation>PascalCase（RAM）</translation>
    </message>
    <message>
        <source>The document with the keys RAM policies use</source>
        <translation>使用 RAM 策略键名的文档</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileCommand</name>
    <message>
        <source>usage: tokendesk-cli profile list | show NAME | remove NAME | add NAME --gateway URL --app-key KEY [--sign-method M] [--simplify] [--format F] [--replace]</source>
        <translation>用法：tokendesk-cli profile list | show NAME | remove NAME | add NAME --gateway URL --app-key KEY [--sign-method M] [--simplify] [--format F] [--replace]</translation>
    </message>
    <message>
        <source>warning: the gateway is plain http: credentials cross the network unencrypted. Use https unless this is a closed test network.</source>
        <translation>警告：网关使用明文 http，临时凭证将以未加密形式在网络上传输。除非是封闭的测试网络，否则请使用 https。</translation>
    </message>
    <message>
        <source>stored in %1</source>
        <translation>已保存在%1中</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>TOP gateway URL.</source>
        <translation>TOP 网关 URL。</translation>
    </message>
    <message>
        <source>AppKey.</source>
        <translation>AppKey。</translation>
    </message>
    <message>
        <source>hmac-sha256 (default), hmac or md5.</source>
        <translation>hmac-sha256（默认）、hmac 或 md5。</translation>
    </message>
    <message>
        <source>Ask for simplified JSON.</source>
        <translation>请求精简版 JSON。</translation>
    </message>
    <message>
        <source>json (default) or xml.</source>
        <translation>json（默认）或 xml。</translation>
    </message>
    <message>
        <source>Replace a profile of the same name.</source>
        <translation>覆盖同名的连接配置。</translation>
    </message>
    <message>
        <source>usage: tokendesk-cli profile add NAME --gateway URL --app-key KEY [--sign-method M] [--simplify] [--format F] [--replace]</source>
        <translation>用法：tokendesk-cli profile add NAME --gateway URL --app-key KEY [--sign-method M] [--simplify] [--format F] [--replace]</translation>
    </message>
    <message>
        <source>--gateway and --app-key are required.</source>
        <translation>必须指定 --gateway 和 --app-key。</translation>
    </message>
    <message>
        <source>Unknown sign method &quot;%1&quot;; use hmac-sha256, hmac or md5.</source>
        <translation>未知的签名方法“%1”；请使用 hmac-sha256、hmac 或 md5。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json or xml.</source>
        <translation>未知的格式“%1”；请使用 json 或 xml。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists; add --replace to overwrite it.</source>
        <translation>名为“%1”的连接配置已存在；加上 --replace 可覆盖。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;. Store its app secret with: tokendesk-cli secret set --profile %1
</source>
        <translation>已保存连接配置“%1”。可用以下命令保存其应用密钥：tokendesk-cli secret set --profile %1
</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was kept because its secret could not be removed: %2</source>
        <translation>连接配置“%1”未删除，因为无法删除其应用密钥：%2</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its app secret.
</source>
        <translation>已删除连接配置“%1”及其应用密钥。
</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: tokendesk-cli profile add NAME --gateway URL --app-key KEY</source>
        <translation>还没有连接配置。可以这样添加：tokendesk-cli profile add NAME --gateway URL --app-key KEY</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileDialog</name>
    <message>
        <source>hmac-sha256 (recommended)</source>
        <translation>hmac-sha256（推荐）</translation>
    </message>
    <message>
        <source>hmac (HMAC-MD5)</source>
        <translation>hmac（HMAC-MD5）</translation>
    </message>
    <message>
        <source>md5</source>
        <translation>md5</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>xml</source>
        <translation>xml</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Profile name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Used as --profile NAME and as the keychain entry.</source>
        <translation>连接配置名称：1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。用作 --profile NAME 的值，也用作密钥环条目名。</translation>
    </message>
    <message>
        <source>A profile cannot be renamed, because its secret is filed under its name. Add a new profile instead and remove this one.</source>
        <translation>连接配置无法重命名，因为其应用密钥按名称存放。请新建一个连接配置，再删除这个。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>连接配置“%1”</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists; select it in the list to edit it.</source>
        <translation>名为“%1”的连接配置已存在；请在列表中选中它进行编辑。</translation>
    </message>
    <message>
        <source>Discard the new profile? It has not been saved.</source>
        <translation>放弃新建的连接配置？它尚未保存。</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to profile &quot;%1&quot;?</source>
        <translation>放弃对连接配置“%1”的未保存更改？</translation>
    </message>
    <message>
        <source>Name the profile and give its AppKey.</source>
        <translation>请为连接配置命名并填写 AppKey。</translation>
    </message>
    <message>
        <source>Custom gateway</source>
        <translation>自定义网关</translation>
    </message>
    <message>
        <source>Save the profile first, then store its secret.</source>
        <translation>请先保存连接配置，再保存其应用密钥。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>已保存在%1中</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Storing in %1…</source>
        <translation>正在保存到%1…</translation>
    </message>
    <message>
        <source>Keeping for this session…</source>
        <translation>正在为本次会话保留…</translation>
    </message>
    <message>
        <source>Clear the app secret of profile &quot;%1&quot;? Fetching with this profile will need it stored again.</source>
        <translation>清除连接配置“%1”的应用密钥？之后使用此配置获取时，需要重新保存应用密钥。</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>正在清除…</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation>已添加连接配置“%1”。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>已保存连接配置“%1”。</translation>
    </message>
    <message>
        <source>Remove profile &quot;%1&quot; and its app secret? This cannot be undone.</source>
        <translation>删除连接配置“%1”及其应用密钥？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Removing profile &quot;%1&quot;…</source>
        <translation>正在删除连接配置“%1”…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was kept because its secret could not be removed: %2</source>
        <translation>连接配置“%1”未删除，因为无法删除其应用密钥：%2</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its app secret.</source>
        <translation>已删除连接配置“%1”及其应用密钥。</translation>
    </message>
    <message>
        <source>Production, HTTPS (default)</source>
        <translation>生产环境，HTTPS（默认）</translation>
    </message>
    <message>
        <source>Production, plain HTTP</source>
        <translation>生产环境，明文 HTTP</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>海外</translation>
    </message>
    <message>
        <source>Sandbox, plain HTTP</source>
        <translation>沙箱环境，明文 HTTP</translation>
    </message>
</context>
<context>
    <name>TokenDesk::RequestInspector</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>无 HTTP 响应</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>发送于 %1</translation>
    </message>
    <message>
        <source>Sent %1, answered in %2 ms</source>
        <translation>发送于 %1，%2 毫秒后收到响应</translation>
    </message>
    <message>
        <source>Sent %1, ended after %2 ms</source>
        <translation>发送于 %1，%2 毫秒后结束</translation>
    </message>
    <message>
        <source>Sent at %1 UTC</source>
        <translation>发送时间（UTC）：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No answer body</source>
        <translation>无响应正文</translation>
    </message>
    <message>
        <source>Gateway&apos;s request_id (from its answer): %1
This request&apos;s request_id (sent in param): %2</source>
        <translation>网关的 request_id（来自其应答）：%1
本次请求的 request_id（在 param 中发送）：%2</translation>
    </message>
    <message>
        <source>TOP&apos;s timestamp is always in GMT+8 (Beijing time), whatever this computer&apos;s time zone.</source>
        <translation>TOP 的 timestamp 始终为 GMT+8（北京时间），与本机时区无关。</translation>
    </message>
</context>
<context>
    <name>TokenDesk::SecretCommand</name>
    <message>
        <source>Profile name.</source>
        <translation>连接配置名称。</translation>
    </message>
    <message>
        <source>usage: tokendesk-cli secret set | status | clear --profile NAME</source>
        <translation>用法：tokendesk-cli secret set | status | clear --profile NAME</translation>
    </message>
    <message>
        <source>No secret on standard input. Type it when asked, or pipe it in: printf &apos;%s\n&apos; &quot;$SECRET&quot; | tokendesk-cli secret set --profile %1</source>
        <translation>标准输入中没有应用密钥。请在提示时输入，或通过管道传入：printf &apos;%s\n&apos; &quot;$SECRET&quot; | tokendesk-cli secret set --profile %1</translation>
    </message>
    <message>
        <source>Stored the app secret for profile &quot;%1&quot; in %2.
</source>
        <translation>已将连接配置“%1”的应用密钥保存到%2。
</translation>
    </message>
    <message>
        <source>stored
</source>
        <translation>已保存
</translation>
    </message>
    <message>
        <source>not stored
</source>
        <translation>未保存
</translation>
    </message>
    <message>
        <source>Removed the app secret of profile &quot;%1&quot;.
</source>
        <translation>已删除连接配置“%1”的应用密钥。
</translation>
    </message>
    <message>
        <source>No app secret was stored for profile &quot;%1&quot;.
</source>
        <translation>连接配置“%1”没有已保存的应用密钥。
</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ServeCommand</name>
    <message>
        <source>Serve the credential to local tools on a loopback credentials URI, fetching a new one before it expires, until interrupted. Prints one line, ALIBABA_CLOUD_CREDENTIALS_URI=URI.</source>
        <translation>通过本机回环地址上的凭证 URI 向本机工具提供凭证，并在过期前获取新凭证，直到被中断。输出一行：ALIBABA_CLOUD_CREDENTIALS_URI=URI。</translation>
    </message>
    <message>
        <source>Loopback port to listen on; default 0, any free port.</source>
        <translation>监听的回环端口；默认 0，即任一空闲端口。</translation>
    </message>
    <message>
        <source>Fetch again when less than this is left; default 300, or half the credential&apos;s lifetime when that is shorter.</source>
        <translation>剩余时间少于此值时重新获取；默认 300，若凭证有效期的一半更短则取其一半。</translation>
    </message>
    <message>
        <source>--port must be a whole number from 0 to 65535.</source>
        <translation>--port 必须是 0 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>--refresh-margin must be a whole number of seconds from 0 to 86400.</source>
        <translation>--refresh-margin 必须是 0 到 86400 之间的整数秒。</translation>
    </message>
    <message>
        <source>serve: fetched a new credential; it expires in %1 s.</source>
        <translation>serve：已获取新凭证，%1 秒后过期。</translation>
    </message>
    <message>
        <source>serve: the refresh failed; the held credential is still served for %1 s: %2</source>
        <translation>serve：刷新失败；当前凭证仍将提供 %1 秒：%2</translation>
    </message>
    <message>
        <source>serve: the refresh failed and no valid credential is left; requests get 503 until a refresh succeeds: %1</source>
        <translation>serve：刷新失败且已无有效凭证；在刷新成功之前，请求将得到 503：%1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: %2. Choose another --port, or 0 for any free one.</source>
        <translation>无法监听 127.0.0.1 的 %1 端口：%2。请换一个 --port，或用 0 选择任一空闲端口。</translation>
    </message>
    <message>
        <source>serve: stopping.</source>
        <translation>serve：正在停止。</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ServeToolsBox</name>
    <message numerus="yes">
        <source>Answered %n request(s) · last at %1</source>
        <translation>
            <numerusform>已响应 %n 个请求 · 最近一次于 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first request</source>
        <translation>等待第一个请求</translation>
    </message>
</context>
<context>
    <name>TokenDesk::SessionModel</name>
    <message>
        <source>%1
Scene %2 · usage scene %3 · %4
Expires %5</source>
        <translation>%1
来源场景 %2 · 使用场景 %3 · %4
过期时间 %5</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>TokenDesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Put every setting back to its default; a stored proxy password is kept</source>
        <translation>将所有设置恢复为默认值；已保存的代理密码会保留</translation>
    </message>
    <message>
        <source>A proxy password needs a user name.</source>
        <translation>设置代理密码时必须填写用户名。</translation>
    </message>
    <message>
        <source>The stored password is forgotten on OK</source>
        <translation>按“确定”后将清除已保存的密码</translation>
    </message>
    <message>
        <source>Leave empty to keep any stored password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <source>Storing the proxy password in %1…</source>
        <translation>正在将代理密码保存到%1…</translation>
    </message>
    <message>
        <source>The proxy password was not stored. %1</source>
        <translation>代理密码未能保存。%1</translation>
    </message>
    <message>
        <source>Removing the proxy password from %1…</source>
        <translation>正在从%1删除代理密码…</translation>
    </message>
    <message>
        <source>The stored proxy password was not removed. %1</source>
        <translation>已保存的代理密码未能删除。%1</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>来源场景</translation>
    </message>
    <message>
        <source>Usage scene</source>
        <translation>使用场景</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>云产品</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Must not contain control characters such as tabs or line breaks.</source>
        <translation>不能包含制表符、换行符等控制字符。</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. See tokendesk-cli --help.</source>
        <translation>未知命令“%1”。请参阅 tokendesk-cli --help。</translation>
    </message>
    <message>
        <source>Short-lived cloud credentials from the TOP security-token API.</source>
        <translation>从 TOP 安全令牌 API 获取短期有效的云临时凭证。</translation>
    </message>
    <message>
        <source>Fetch as soon as the window shows.</source>
        <translation>窗口显示后立即获取。</translation>
    </message>
    <message>
        <source>Use the embedded gateway simulator with demo credentials.</source>
        <translation>使用内置网关模拟器和演示凭证。</translation>
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
        <translation>用法：
  tokendesk-cli fetch [请求选项] [--secret-stdin] [--timestamp &quot;yyyy-MM-dd HH:mm:ss&quot;]
                      [--dry-run] [-o, --output FORMAT]
  tokendesk-cli profile list | show NAME | remove NAME
  tokendesk-cli profile add NAME --gateway URL --app-key KEY [--sign-method M] [--simplify]
  tokendesk-cli secret set | status | clear  --profile NAME
  tokendesk-cli policy explain --action ACTION --resource RESOURCE [FILE]
  tokendesk-cli serve [请求选项] [--port N] [--refresh-margin SECONDS]
  tokendesk-cli exec [请求选项] -- COMMAND [ARG]...
  tokendesk-cli configure-aliyun --name NAME [请求选项]
  tokendesk-cli fetch --batch FILE|- [-j N] [请求选项]
  tokendesk-cli --help | --version

从淘宝开放平台（TOP）天眼 (DeepVision) 安全令牌 API 获取短期有效的云临时凭证
（alibaba.security.deepvision.proxy.security.common.token.get）。
运行 &quot;tokendesk-cli fetch --help&quot; 查看请求选项。

应用密钥（AppSecret）来自 --secret-stdin 或 TOKENDESK_APP_SECRET，
从不作为选项值传入。

退出码：0 成功，1 否定应答，2 用法或输入错误，3 被网关或服务拒绝，
4 没有可用的 HTTP 响应，5 响应无效，6 无法写出输出。
</translation>
    </message>
</context>
</TS>
