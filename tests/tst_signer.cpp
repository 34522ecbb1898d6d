// The signer against the public test vectors from protocol.md.
#include "signer.h"

#include <QTest>

using namespace TokenDesk;

Q_DECLARE_METATYPE(TokenDesk::SignMethod)

class TestSigner : public QObject
{
    Q_OBJECT

private:
    static ParameterMap vectorParameters(const QString &param, const QString &signMethod)
    {
        return {
            {QStringLiteral("app_key"), QStringLiteral("12345678")},
            {QStringLiteral("method"),
             QStringLiteral("alibaba.security.deepvision.proxy.security.common.token.get")},
            {QStringLiteral("timestamp"), QStringLiteral("2026-11-28 12:00:00")},
            {QStringLiteral("format"), QStringLiteral("json")},
            {QStringLiteral("v"), QStringLiteral("2.0")},
            {QStringLiteral("sign_method"), signMethod},
            {QStringLiteral("param"), param},
        };
    }

    static QString asciiParam()
    {
        return QStringLiteral("{\"product_code\":\"oss\",\"scene_code\":\"s1\",\"usage_scene\":"
                              "\"upload\",\"op_poi_id\":\"poi-1\",\"op_tenant_code\":\"t-1\"}");
    }
    static QString cnParam()
    {
        return QStringLiteral("{\"product_code\":\"oss\",\"scene_code\":\"场景一\",\"usage_scene\":"
                              "\"上传\",\"op_poi_id\":\"poi-1\",\"op_tenant_code\":\"t-1\"}");
    }

private Q_SLOTS:
    void publicVectors_data()
    {
        QTest::addColumn<QString>("signMethodName");
        QTest::addColumn<SignMethod>("method");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("md5 ascii") << "md5" << SignMethod::Md5 << asciiParam()
                                   << QByteArray("0871A9B291C89B7BE08DEC2E0C599E20");
        QTest::newRow("hmac ascii") << "hmac" << SignMethod::Hmac << asciiParam()
                                    << QByteArray("923EC34E9A49327BFABFA62BB63F02B9");
        QTest::newRow("hmac-sha256 ascii")
            << "hmac-sha256" << SignMethod::HmacSha256 << asciiParam()
            << QByteArray("295384A293D93D6A87D017C880281A16828B941624194FFF1A2EEA1DF906139A");
        QTest::newRow("hmac-sha256 cn")
            << "hmac-sha256" << SignMethod::HmacSha256 << cnParam()
            << QByteArray("385EAC60E02A19DFE26AE956622F2435F8D2495C365D91CE92293841F0D2387A");
    }

    void publicVectors()
    {
        QFETCH(QString, signMethodName);
        QFETCH(SignMethod, method);
        QFETCH(QString, param);
        QFETCH(QByteArray, expected);
        QCOMPARE(signParameters(vectorParameters(param, signMethodName), "test-secret", method),
                 expected);
    }

    void signingBaseIsSortedAndUnencoded()
    {
        const QByteArray base = signingBase(vectorParameters(asciiParam(), QStringLiteral("md5")));
        QCOMPARE(base,
                 QByteArray("app_key12345678formatjsonmethodalibaba.security.deepvision.proxy."
                            "security.common.token.getparam")
                     + asciiParam().toUtf8()
                     + QByteArray("sign_methodmd5timestamp2026-11-28 12:00:00v2.0"));
    }

    void emptyValuesAndSignAreNotSigned()
    {
        ParameterMap params = vectorParameters(asciiParam(), QStringLiteral("hmac"));
        const QByteArray reference = signParameters(params, "test-secret", SignMethod::Hmac);
        params.insert(QStringLiteral("session"), QString());
        params.insert(QStringLiteral("target_app_key"), QStringLiteral("   "));
        params.insert(QStringLiteral("sign"), QStringLiteral("ABCDEF"));
        QCOMPARE(signParameters(params, "test-secret", SignMethod::Hmac), reference);
    }

    void secretAndMethodChangeTheSignature()
    {
        const ParameterMap params = vectorParameters(asciiParam(), QStringLiteral("hmac-sha256"));
        const QByteArray a = signParameters(params, "test-secret", SignMethod::HmacSha256);
        QVERIFY(a != signParameters(params, "test-secreT", SignMethod::HmacSha256));
        QCOMPARE(a.size(), 64);
        QCOMPARE(signParameters(params, "test-secret", SignMethod::Md5).size(), 32);
        QCOMPARE(a, a.toUpper());
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
