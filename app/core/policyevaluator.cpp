// RAM-style policy evaluation and the wildcard matcher it rests on.
#include "policyevaluator.h"

#include <QCoreApplication>

#include <algorithm>

namespace TokenDesk {

namespace {

bool sameChar(QChar a, QChar b, Qt::CaseSensitivity cs)
{
    return a == b || (cs == Qt::CaseInsensitive && a.toCaseFolded() == b.toCaseFolded());
}

// The first pattern of `patterns` that matches `text`, or nullptr.
const QString *firstMatch(const QStringList &patterns, const QString &text, Qt::CaseSensitivity cs)
{
    for (const QString &pattern : patterns) {
        if (wildcardMatch(pattern, text, cs))
            return &pattern;
    }
    return nullptr;
}

// Policy text in a one-line message: control characters (newlines, escapes) become U+FFFD.
QString printable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

} // namespace

bool isAllowEffect(QStringView effect)
{
    return effect.compare(u"allow", Qt::CaseInsensitive) == 0;
}

bool isDenyEffect(QStringView effect)
{
    return effect.compare(u"deny", Qt::CaseInsensitive) == 0;
}

bool wildcardMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs)
{
    // Greedy two-pointer match: on a mismatch, go back to the last '*' and let it swallow one
    // more character. Only the last star is ever revisited (an earlier star could only do
    // what the later one already does), so the work is bounded by pattern × text.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;    // position of the last '*' seen in the pattern
    qsizetype starText = 0; // text position that star currently extends to
    const qsizetype pn = pattern.size();
    const qsizetype tn = text.size();
    while (t < tn) {
        if (p < pn && pattern[p] == QLatin1Char('*')) {
            star = p++;
            starText = t;
        } else if (p < pn && (pattern[p] == QLatin1Char('?') || sameChar(pattern[p], text[t], cs))) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < pn && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pn;
}

PolicyDecision evaluatePolicy(const PolicyDocument &policy, const QString &action,
                              const QString &resource)
{
    PolicyDecision decision;
    decision.action = action;
    decision.resource = resource;
    PolicyDecision allow;
    for (int i = 0; i < policy.statements.size(); ++i) {
        const PolicyStatement &statement = policy.statements.at(i);
        const bool isAllow = isAllowEffect(statement.effect);
        if (!isAllow && !isDenyEffect(statement.effect))
            continue; // an unknown effect neither allows nor denies
        if (isAllow && allow.statementIndex >= 0)
            continue; // the first matching Allow is already known; only a Deny can change it
        const QString *matchedAction = firstMatch(statement.actions, action, Qt::CaseInsensitive);
        if (!matchedAction)
            continue;
        const QString *matchedResource =
            firstMatch(statement.resources, resource, Qt::CaseSensitive);
        if (!matchedResource)
            continue;
        PolicyDecision &target = isAllow ? allow : decision;
        target.effect =
            isAllow ? PolicyDecision::Effect::Allow : PolicyDecision::Effect::ExplicitDeny;
        target.statementIndex = i;
        target.matchedAction = *matchedAction;
        target.matchedResource = *matchedResource;
        if (!isAllow)
            return decision; // an explicit Deny wins over everything
    }
    if (allow.statementIndex >= 0) {
        allow.action = action;
        allow.resource = resource;
        return allow;
    }
    return decision;
}

QString PolicyDecision::explanation() const
{
    switch (effect) {
    case Effect::Allow:
        return QCoreApplication::translate("PolicyEvaluator",
                                           "Allow by statement %1 (Allow %2 on %3)")
            .arg(QString::number(statementIndex + 1), printable(matchedAction),
                 printable(matchedResource));
    case Effect::ExplicitDeny:
        return QCoreApplication::translate("PolicyEvaluator", "Deny by statement %1 (Deny %2 on %3)")
            .arg(QString::number(statementIndex + 1), printable(matchedAction),
                 printable(matchedResource));
    case Effect::ImplicitDeny:
        break;
    }
    return QCoreApplication::translate("PolicyEvaluator",
                                       "implicit deny: no statement matches %1 on %2")
        .arg(printable(action), printable(resource));
}

QString broadActionWarning(QStringView action)
{
    const QStringView trimmed = action.trimmed();
    // "*", "**", "*:*": nothing left to narrow the grant.
    const bool everything = !trimmed.isEmpty()
        && std::all_of(trimmed.begin(), trimmed.end(),
                       [](QChar c) { return c == QLatin1Char('*') || c == QLatin1Char(':'); });
    if (everything)
        return QCoreApplication::translate("PolicyEvaluator",
                                           "Allows every action of every service (%1).")
            .arg(printable(action.toString()));
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon > 0 && trimmed.mid(colon + 1) == u"*"
        && !trimmed.left(colon).contains(QLatin1Char('*'))) {
        return QCoreApplication::translate("PolicyEvaluator",
                                           "Allows every action of the %1 service (%2).")
            .arg(printable(trimmed.left(colon).toString()), printable(action.toString()));
    }
    return {};
}

QString broadResourceWarning(QStringView resource)
{
    const QStringView trimmed = resource.trimmed();
    const bool everything = !trimmed.isEmpty()
        && std::all_of(trimmed.begin(), trimmed.end(),
                       [](QChar c) { return c == QLatin1Char('*'); });
    if (everything)
        return QCoreApplication::translate("PolicyEvaluator", "Applies to every resource (%1).")
            .arg(printable(resource.toString()));
    return {};
}

QStringList broadGrantWarnings(const PolicyStatement &statement)
{
    QStringList warnings;
    if (!isAllowEffect(statement.effect))
        return warnings;
    for (const QString &action : statement.actions) {
        const QString warning = broadActionWarning(action);
        if (!warning.isEmpty() && !warnings.contains(warning))
            warnings << warning;
    }
    for (const QString &resource : statement.resources) {
        const QString warning = broadResourceWarning(resource);
        if (!warning.isEmpty() && !warnings.contains(warning))
            warnings << warning;
    }
    return warnings;
}

} // namespace TokenDesk
