#pragma once

#include "core/ingest/boilerplatelexicon.h"
#include "core/ingest/sourceblock.h"

#include <QList>
#include <QStringList>

namespace Faultline {

// Drops the page clutter that surrounds an article saved from the web:
// navigation and sharing lines, image markers, captions (a line repeated at
// once), site notices, credit lines and bylines (kept as hints), and the
// outlet's description of itself at the end. General rules over the
// BoilerplateLexicon, never fitted to one site.
class ClutterFilter
{
public:
    explicit ClutterFilter(const BoilerplateLexicon &lexicon = BoilerplateLexicon::instance());

    // Removes clutter from blocks in place. credits receives the names from
    // "With reporting by ..." lines, authors those from "By ..." bylines.
    void apply(QList<SourceBlock> &blocks, QStringList *credits, QStringList *authors) const;

    // Lower case, without bullets and punctuation, single spaces: the form in
    // which lines are compared.
    static QString normalise(const QString &text);
    static QStringList words(const QString &normalised);
    static bool endsSentence(const QString &text);

    bool isUiLine(const QString &text) const;
    bool isMediaMarker(const QString &text) const;
    bool isNotice(const QString &text) const;
    bool isOutletBoilerplate(const QString &text) const;
    // The names a credit line gives, or nullopt when text is not one.
    std::optional<QStringList> creditNames(const QString &text) const;
    static std::optional<QStringList> bylineNames(const QString &text);

private:
    const BoilerplateLexicon &m_lexicon;
};

} // namespace Faultline
