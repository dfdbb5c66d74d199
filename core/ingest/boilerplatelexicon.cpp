#include "core/ingest/boilerplatelexicon.h"

#include "core/ingest/ingestlogging.h"

#include <QFile>

#include <algorithm>

// Resources of a static library must be registered by name from outside any
// namespace.
static void initIngestResources()
{
    Q_INIT_RESOURCE(ingest_data);
}

namespace Faultline {

const BoilerplateLexicon &BoilerplateLexicon::instance()
{
    static const BoilerplateLexicon lexicon = [] {
        initIngestResources();
        QFile file(QStringLiteral(":/ingest/boilerplate.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcIngest) << "cannot open the boilerplate lexicon:" << file.errorString();
            return BoilerplateLexicon();
        }
        return fromText(QString::fromUtf8(file.readAll()));
    }();
    return lexicon;
}

BoilerplateLexicon BoilerplateLexicon::fromText(const QString &text)
{
    BoilerplateLexicon lexicon;
    QString section;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        line = line.toLower();
        if (section == QLatin1String("ui-lines"))
            lexicon.m_uiLines.insert(line);
        else if (section == QLatin1String("ui-words"))
            lexicon.m_uiWords.insert(line);
        else if (section == QLatin1String("media-words"))
            lexicon.m_mediaWords.insert(line);
        else if (section == QLatin1String("outlet-voice-words"))
            lexicon.m_outletVoiceWords.insert(line);
        else if (section == QLatin1String("label-prefixes"))
            lexicon.m_labelPrefixes.insert(line);
        else if (section == QLatin1String("html-tokens"))
            lexicon.m_htmlTokens.insert(line);
        else if (section == QLatin1String("notice-phrases"))
            lexicon.m_noticePhrases.append(line);
        else if (section == QLatin1String("outlet-phrases"))
            lexicon.m_outletPhrases.append(line);
        else if (section == QLatin1String("credit-prefixes"))
            lexicon.m_creditPrefixes.append(line);
        else
            qCWarning(lcIngest) << "boilerplate lexicon: entry outside a known section:" << line;
    }
    std::sort(lexicon.m_creditPrefixes.begin(),
              lexicon.m_creditPrefixes.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    lexicon.m_loaded = !lexicon.m_uiWords.isEmpty();
    return lexicon;
}

bool BoilerplateLexicon::containsNoticePhrase(const QString &lower) const
{
    return std::any_of(m_noticePhrases.cbegin(),
                       m_noticePhrases.cend(),
                       [&lower](const QString &phrase) { return lower.contains(phrase); });
}

bool BoilerplateLexicon::containsOutletPhrase(const QString &lower) const
{
    return std::any_of(m_outletPhrases.cbegin(),
                       m_outletPhrases.cend(),
                       [&lower](const QString &phrase) { return lower.contains(phrase); });
}

QString BoilerplateLexicon::creditPrefix(const QString &lower) const
{
    for (const QString &prefix : m_creditPrefixes) {
        if (lower.startsWith(prefix)
            && (lower.size() == prefix.size() || !lower.at(prefix.size()).isLetter()))
            return prefix;
    }
    return {};
}

} // namespace Faultline
