// JsonHighlighter: a small tokenizer per line and palette-derived formats.
#include "jsonhighlighter.h"

#include "effectchipdelegate.h"

#include <QGuiApplication>

#include <algorithm>

namespace TokenDesk {

namespace {

std::size_t slot(JsonHighlighter::Token token)
{
    return static_cast<std::size_t>(token);
}

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')
        || c == QLatin1Char('e') || c == QLatin1Char('E');
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // Hues in the spirit of common editor themes; readableOn() keeps each at 4.5:1 on Base,
    // darker on a light theme, lighter on a dark one.
    const auto colour = [&base](const QColor &hue) { return readableOn(hue, base); };
    m_formats[slot(Token::Key)].setForeground(colour(QColor(0x1f, 0x5f, 0xbf)));
    m_formats[slot(Token::String)].setForeground(colour(QColor(0x2e, 0x7d, 0x32)));
    m_formats[slot(Token::Number)].setForeground(colour(QColor(0x9c, 0x27, 0xb0)));
    m_formats[slot(Token::Literal)].setForeground(colour(QColor(0xc2, 0x4e, 0x00)));
    m_formats[slot(Token::Literal)].setFontWeight(QFont::Bold);
    m_formats[slot(Token::Punctuation)].setForeground(colour(mixColors(text, base, 0.35)));
    rehighlight();
}

QTextCharFormat JsonHighlighter::tokenFormat(Token token) const
{
    return m_formats[slot(token)];
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const int length = static_cast<int>(text.size());
    int i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            int end = i + 1;
            while (end < length && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = std::min(end + 1, length); // past the closing quote, if there is one
            int next = end;
            while (next < length && text.at(next).isSpace())
                ++next;
            const bool key = next < length && text.at(next) == QLatin1Char(':');
            setFormat(i, end - i, m_formats[slot(key ? Token::Key : Token::String)]);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            int end = i + 1;
            while (end < length && isNumberChar(text.at(end)))
                ++end;
            setFormat(i, end - i, m_formats[slot(Token::Number)]);
            i = end;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < length && text.at(end).isLetterOrNumber())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(i, end - i, m_formats[slot(Token::Literal)]);
            i = end;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(i, 1, m_formats[slot(Token::Punctuation)]);
            ++i;
        }
    }
}

} // namespace TokenDesk
