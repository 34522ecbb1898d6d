// BuiltRequest::networkRequest(): the QtNetwork side of a built request, in a file of its own
// so that code which only builds requests (the window's Request page) does not link QtNetwork.
#include "requestbuilder.h"

#include <QNetworkRequest>

namespace TokenDesk {

QNetworkRequest BuiltRequest::networkRequest() const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded;charset=UTF-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json, text/xml;q=0.9, */*;q=0.1");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Follow redirects only when they keep the scheme's security; the client also refuses
    // any redirect that would turn the POST into a GET (see TokenClient).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    return request;
}

} // namespace TokenDesk
