// Syntax colours for JSON text in a QTextDocument: keys, strings, numbers, literals, punctuation.
#pragma once

#include "statuscolours.h"

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace TokenDesk {

// Line by line, which is enough for JSON: a string cannot span lines. Colours come from the
// palette (syntaxColour(): a hue each, moved until it reads at 4.5:1 against Base), so call
// setPalette() again when the theme changes.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    using Token = SyntaxRole;

    explicit JsonHighlighter(QTextDocument *document);

    void setPalette(const QPalette &palette); // recolours the whole document
    QTextCharFormat tokenFormat(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    std::array<QTextCharFormat, 5> m_formats;
};

} // namespace TokenDesk
