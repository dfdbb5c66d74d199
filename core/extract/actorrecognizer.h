#pragma once

#include "core/extract/actormention.h"
#include "core/extract/textspan.h"

#include <QList>
#include <QString>

namespace Faultline {

class Gazetteer;

// Finds the actors a news text mentions: gazetteer names, titled and reported
// people, unlisted organisations, demonym governments and armies, capitals used
// for governments, and later short or generic mentions resolved to them.
class ActorRecognizer
{
public:
    ActorRecognizer();

    // Mentions in text order. sentences are spans of text; an empty list means
    // the whole text is one sentence.
    QList<ActorMention> recognize(const QString &text, const QList<TextSpan> &sentences) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace Faultline
