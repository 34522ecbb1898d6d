// WrapLabel: the sizes it answers from its cache, and from its text shaped once, are QLabel's,
// before and after each change that moves them, for Latin, Chinese and right-to-left text in
// every set-up that moves them. (That it saves work shows in packaging/startup-instructions.sh,
// not in a test.)
#include "wraplabel.h"

#include <QApplication>
#include <QTest>

#include <functional>

using namespace TokenDesk;

class TestWrapLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsQLabelDoes();
    void followsEveryChangeThatMovesTheSize();
    void shapedOnceAnswersAsQLabelDoes_data();
    void shapedOnceAnswersAsQLabelDoes();
    void leavesToQLabelWhatItLaysOutAsADocument();
    void manyWidthsInOneSession();
};

namespace {

const QString LongText = QStringLiteral(
    "No connection profile yet. Try TokenDesk on the built-in demo gateway, or add the AppKey "
    "of your TOP application.");

// A plain QLabel set up as `label` is, for the reference answers.
void copySetup(const QLabel &label, QLabel *reference)
{
    reference->setWordWrap(label.wordWrap());
    reference->setAlignment(label.alignment());
    reference->setFrameShape(label.frameShape());
    reference->setLineWidth(label.lineWidth());
    reference->setMinimumSize(label.minimumSize());
    reference->setText(label.text());
    reference->setFont(label.font());
    reference->setMargin(label.margin());
    reference->setIndent(label.indent());
    reference->setContentsMargins(label.contentsMargins());
    reference->setMaximumSize(label.maximumSize());
}

void compareWithQLabel(const WrapLabel &label)
{
    QLabel reference;
    copySetup(label, &reference);
    QCOMPARE(label.sizeHint(), reference.sizeHint());
    QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
    for (int width : {80, 150, 300, 600, 2000})
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
}

} // namespace

void TestWrapLabel::answersAsQLabelDoes()
{
    WrapLabel label;
    QVERIFY(label.wordWrap());
    label.setText(LongText);
    compareWithQLabel(label);
    // Asked again, from the cache: the same answers.
    compareWithQLabel(label);
}

void TestWrapLabel::followsEveryChangeThatMovesTheSize()
{
    // Each change moves the answers (checked, so a stale cache would fail), and the new answers
    // are a fresh QLabel's.
    WrapLabel label;
    label.setText(LongText);
    int narrow = label.heightForWidth(150);
    QSize hint = label.sizeHint();
    const auto changed = [&] {
        const bool moved = label.heightForWidth(150) != narrow || label.sizeHint() != hint;
        narrow = label.heightForWidth(150);
        hint = label.sizeHint();
        return moved;
    };

    label.setText(LongText + QLatin1Char(' ') + LongText);
    QVERIFY(changed());
    compareWithQLabel(label);

    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    label.setFont(big);
    QVERIFY(changed());
    compareWithQLabel(label);

    label.setMargin(12);
    QVERIFY(changed());
    compareWithQLabel(label);

    label.setIndent(40);
    QVERIFY(changed());
    compareWithQLabel(label);

    label.setContentsMargins(0, 30, 0, 0);
    QVERIFY(changed());
    compareWithQLabel(label);

    label.setWordWrap(false);
    QVERIFY(changed());
    compareWithQLabel(label);
}

using Setup = std::function<void(QLabel *)>;
Q_DECLARE_METATYPE(Setup)

void TestWrapLabel::shapedOnceAnswersAsQLabelDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Setup>("setup");

    const QList<std::pair<const char *, QString>> texts{
        {"latin", LongText},
        {"chinese",
         QStringLiteral("还没有连接配置。可以先在内置的演示网关上试用 TokenDesk，"
                        "或者添加您的 TOP 应用的 AppKey。")},
        {"right to left",
         QStringLiteral("אין עדיין פרופיל חיבור. נסו את TokenDesk בשער "
                        "ההדגמה המובנה, או הוסיפו את ה-AppKey של היישום.")},
        {"lines",
         QStringLiteral("First line of three.\nThe second, longer than the first one.\n"
                        "Third.")},
        {"long word",
         QStringLiteral("Gateway https://gw.api.taobao.com/router/rest/"
                        "a-very-long-path-without-any-space-in-it, AppKey 12345678")},
        {"spaces", QStringLiteral("  Two leading spaces,   three inside, two trailing  ")},
        {"one word", QStringLiteral("Credential")},
        {"soft hyphen", QStringLiteral("Super\u00adcali\u00adfragi\u00adlistic words wrap")},
    };
    const QList<std::pair<const char *, Setup>> setups{
        {"default", [](QLabel *) {}},
        {"right", [](QLabel *l) { l->setAlignment(Qt::AlignRight | Qt::AlignVCenter); }},
        {"bottom right", [](QLabel *l) { l->setAlignment(Qt::AlignRight | Qt::AlignBottom); }},
        {"centred", [](QLabel *l) { l->setAlignment(Qt::AlignCenter); }},
        {"top", [](QLabel *l) { l->setAlignment(Qt::AlignLeft | Qt::AlignTop); }},
        {"margin", [](QLabel *l) { l->setMargin(7); }},
        {"indent", [](QLabel *l) { l->setIndent(13); }},
        {"indent top",
         [](QLabel *l) {
             l->setIndent(9);
             l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
         }},
        {"frame",
         [](QLabel *l) {
             l->setFrameShape(QFrame::Box);
             l->setLineWidth(2);
         }},
        {"contents margins", [](QLabel *l) { l->setContentsMargins(3, 5, 7, 11); }},
        {"minimum width", [](QLabel *l) { l->setMinimumWidth(120); }},
        {"maximum width", [](QLabel *l) { l->setMaximumWidth(260); }},
        {"big font",
         [](QLabel *l) {
             QFont font = l->font();
             font.setPointSizeF(font.pointSizeF() * 1.7);
             l->setFont(font);
         }},
        {"bold",
         [](QLabel *l) {
             QFont font = l->font();
             font.setBold(true);
             l->setFont(font);
         }},
        {"no wrap", [](QLabel *l) { l->setWordWrap(false); }},
        {"plain format", [](QLabel *l) { l->setTextFormat(Qt::PlainText); }},
    };
    for (const auto &[textName, text] : texts) {
        for (const auto &[setupName, setup] : setups)
            QTest::addRow("%s, %s", textName, setupName) << text << setup;
    }
}

void TestWrapLabel::shapedOnceAnswersAsQLabelDoes()
{
    QFETCH(QString, text);
    QFETCH(Setup, setup);
    if (!WrapLabel::replicatesThisQt())
        QSKIP("another Qt than 6.4: QLabel answers for itself");
    WrapLabel label;
    label.setText(text);
    setup(&label);
    QVERIFY(label.shapesOnce());
    QLabel reference;
    copySetup(label, &reference);
    reference.setTextFormat(label.textFormat());
    // In the order a layout asks, then again from the cache.
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
        for (int width : {0, 1, 37, 80, 150, 151, 233, 300, 451, 600, 901, 2000, QWIDGETSIZE_MAX})
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
    }
}

void TestWrapLabel::leavesToQLabelWhatItLaysOutAsADocument()
{
    // QLabel lays these out as a QTextDocument, or rewrites the text before it lays it out: the
    // answers are QLabel's own.
    const QList<std::pair<const char *, Setup>> cases{
        {"rich text", [](QLabel *l) { l->setText(QStringLiteral("<b>Bold</b> and plain text")); }},
        {"selectable", [](QLabel *l) { l->setTextInteractionFlags(Qt::TextSelectableByMouse); }},
        {"focusable", [](QLabel *l) { l->setFocusPolicy(Qt::TabFocus); }},
        {"mnemonic", [](QLabel *l) { l->setText(QStringLiteral("&Tenant of the request")); }},
        {"tab", [](QLabel *l) { l->setText(QStringLiteral("Tenant\tStore\tProduct")); }},
        {"justified", [](QLabel *l) { l->setAlignment(Qt::AlignJustify); }},
        {"empty", [](QLabel *l) { l->setText(QString()); }},
    };
    for (const auto &[name, setup] : cases) {
        WrapLabel label;
        label.setText(LongText);
        setup(&label);
        QVERIFY2(!label.shapesOnce(), name);
        QLabel reference;
        reference.setText(LongText); // a QLabel's empty text sizes differently when it had one
        copySetup(label, &reference);
        reference.setTextInteractionFlags(label.textInteractionFlags());
        reference.setFocusPolicy(label.focusPolicy());
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
        for (int width : {0, 80, 150, 300, 600})
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
    }
}

void TestWrapLabel::manyWidthsInOneSession()
{
    // Every width from 0 to 1,200 and back, more than one layout session holds (512): each
    // answer is still QLabel's.
    if (!WrapLabel::replicatesThisQt())
        QSKIP("another Qt than 6.4: QLabel answers for itself");
    WrapLabel label;
    label.setText(LongText);
    QVERIFY(label.shapesOnce());
    QLabel reference;
    copySetup(label, &reference);
    for (int width = 0; width <= 1200; width += 2)
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
    for (int width = 1201; width > 0; width -= 2)
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
}

QTEST_MAIN(TestWrapLabel)
#include "tst_wraplabel.moc"
