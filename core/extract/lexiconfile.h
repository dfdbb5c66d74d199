#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Faultline {

// Reads the word lists shipped as resources under :/extract: one entry a
// line, '#' starts a comment line, blank lines are skipped.
class LexiconFile
{
public:
    static QStringList lines(const QString &resourcePath);
    // The words of a space-separated list written in code.
    static QStringList splitWords(QStringView words);
    static QSet<QString> wordSet(QStringView words);
};

} // namespace Faultline
