// JsonHighlighter: a small tokenizer per line and palette-derived formats.
#include "jsonhighlighter.h"

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
    for (const Token token :
         {Token::Key, Token::String, Token::Number, Token::Literal, Token::Punctuation})
        m_formats[slot(token)].setForeground(syntaxColour(token, palette));
    m_formats[slot(Token::Literal)].setFontWeight(QFont::Bold);
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
