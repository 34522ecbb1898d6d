// Decides whether a policy allows an action on a resource, the way Alibaba Cloud RAM does. Pure.
#pragma once

#include "securitytoken.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace TokenDesk {

struct PolicyDecision
{
    enum class Effect { Allow, ExplicitDeny, ImplicitDeny };

    Effect effect = Effect::ImplicitDeny;
    int statementIndex = -1; // 0-based index of the deciding statement; -1 for an implicit deny
    QString matchedAction;   // the statement's action pattern that matched; empty when implicit
    QString matchedResource; // the statement's resource pattern that matched; empty when implicit
    QString action;          // what was asked
    QString resource;

    bool isAllowed() const { return effect == Effect::Allow; }
    // One translated line: "Allow by statement 1 (Allow oss:GetObject on acs:oss:*:*:b/*)",
    // "Deny by statement 2 (…)" or "implicit deny: no statement matches A on R". Control
    // characters from the policy are replaced, so the line cannot be split by a hostile policy.
    QString explanation() const;
};

// RAM's rules: actions match case-insensitively, resources case-sensitively; `*` and `?`
// wildcards; a matching Deny wins over any Allow; no match is an implicit deny. The effect is
// compared case-insensitively and anything but Allow/Deny never matches; a statement with an
// empty action or resource list matches nothing. The deciding statement is the first matching
// Deny, else the first matching Allow.
PolicyDecision evaluatePolicy(const PolicyDocument &policy, const QString &action,
                              const QString &resource);

// `*` matches any run of characters (also none, also across ':' and '/'), `?` exactly one
// UTF-16 code unit; everything else matches itself. Iterative, O(pattern × text) at worst.
bool wildcardMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs);

// Translated warnings for an Allow statement that grants broadly: action `*` (every action of
// every service), `service:*` (every action of one service), or resource `*`. Empty for Deny.
QStringList broadGrantWarnings(const PolicyStatement &statement);
// The warning for one action or resource pattern of an Allow statement, or empty.
QString broadActionWarning(QStringView action);
QString broadResourceWarning(QStringView resource);

// "allow"/"Allow" -> true; used by the evaluator, the tree and the warnings alike.
bool isAllowEffect(QStringView effect);
bool isDenyEffect(QStringView effect);

} // namespace TokenDesk
