#pragma once

#include "core/model/actor.h"
#include "core/model/article.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Faultline {

class Workspace;

// Resolves the actor and article ids inside events to what exports print.
class NameLookup
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::NameLookup)

public:
    NameLookup() = default;
    // Every actor and every article (without its text) of the workspace.
    static NameLookup load(Workspace &workspace);

    void addActor(const Actor &actor);
    void addArticle(const Article &article);

    const Actor *actor(qint64 id) const; // nullptr when unknown
    QString actorName(qint64 id) const;  // empty when unknown
    QString articleLabel(qint64 id) const;

    // How an article is named in exports: its title, else its URL, else its file.
    static QString articleLabel(const Article &article);

private:
    QHash<qint64, Actor> m_actors;
    QHash<qint64, QString> m_articleLabels;
};

} // namespace Faultline
