// The request options shared by `tokendesk` and `tokendesk-cli fetch` (interfaces.md), so both
// programs spell, document and check them the same way.
#pragma once

#include "connectionsettings.h"
#include "tokenrequest.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

class QCommandLineParser;

namespace TokenDesk {

struct Profile;

struct RequestOptions
{
    QString profile; // --profile, empty when not given
    ConnectionSettings settings;
    TokenRequest request;
    std::chrono::milliseconds timeout{15000};

    // Which options were given, so that a profile's values apply only where the command line
    // is silent ("options override the profile").
    QStringList given;
};

// Adds every request option to `parser`.
void addRequestOptions(QCommandLineParser &parser);

// Fills in from `profile` every connection setting the command line did not give.
void applyProfile(RequestOptions &options, const Profile &profile);

// Reads the options from a parser that has processed the arguments. Problems (an unknown sign
// method, a bad URL, a non-numeric timeout) go to `problems`, translated.
RequestOptions readRequestOptions(const QCommandLineParser &parser, QStringList &problems);

} // namespace TokenDesk
