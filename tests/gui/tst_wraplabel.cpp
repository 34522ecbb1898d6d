// WrapLabel: the sizes it answers from its cache are QLabel's, before and after each change that
// moves them. (That it saves work shows in packaging/startup-instructions.sh, not in a test.)
#include "wraplabel.h"

#include <QApplication>
#include <QTest>

using namespace TokenDesk;

class TestWrapLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsQLabelDoes();
    void followsEveryChangeThatMovesTheSize();
};

namespace {

const QString LongText = QStringLiteral(
    "No connection profile yet. Try TokenDesk on the built-in demo gateway, or add the AppKey "
    "of your TOP application.");

// A plain QLabel set up as `label` is, for the reference answers.
void copySetup(const QLabel &label, QLabel *reference)
{
    reference->setWordWrap(label.wordWrap());
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

QTEST_MAIN(TestWrapLabel)
#include "tst_wraplabel.moc"
