#include "core/ingest/htmlreader.h"

#include "core/ingest/articleassembler.h"
#include "core/ingest/boilerplatelexicon.h"
#include "core/ingest/datetextparser.h"
#include "core/ingest/ingestlogging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>

#include <memory>

namespace Faultline {

namespace {

// ---- tag classes -------------------------------------------------------

bool isHardDropTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_MAP:
        return true;
    default:
        return false;
    }
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
        return true;
    default:
        return false;
    }
}

bool isScoredParagraph(GumboTag tag)
{
    return tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_BLOCKQUOTE
           || tag == GUMBO_TAG_TD;
}

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool hasAttribute(const GumboNode *node, const char *name)
{
    return node->type == GUMBO_NODE_ELEMENT
           && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

bool isText(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA
           || node->type == GUMBO_NODE_WHITESPACE;
}

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE
               ? node->v.element.tag
               : GUMBO_TAG_UNKNOWN;
}

// All text below node, whitespace collapsed; iterative.
QString textOf(const GumboNode *root)
{
    QString out;
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (isText(node)) {
            out += QString::fromUtf8(node->v.text.text);
            continue;
        }
        if (const GumboVector *children = childrenOf(node)) {
            for (unsigned int i = children->length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children->data[i - 1]));
        }
    }
    return out.simplified();
}

// ---- dropping page furniture --------------------------------------------

QStringList classTokens(const GumboNode *node)
{
    QString names = attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id");
    // camelCase -> camel case
    static const QRegularExpression camel(QStringLiteral("([a-z])([A-Z])"));
    names.replace(camel, QStringLiteral("\\1 \\2"));
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]+"));
    return names.toLower().split(separators, Qt::SkipEmptyParts);
}

bool isHardDropped(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    if (isHardDropTag(tagOf(node)))
        return true;
    static const QSet<QString> furnitureRoles = {QStringLiteral("navigation"),
                                                 QStringLiteral("banner"),
                                                 QStringLiteral("contentinfo"),
                                                 QStringLiteral("complementary"),
                                                 QStringLiteral("search"),
                                                 QStringLiteral("dialog"),
                                                 QStringLiteral("alertdialog"),
                                                 QStringLiteral("menu"),
                                                 QStringLiteral("menubar")};
    if (furnitureRoles.contains(attribute(node, "role").trimmed().toLower()))
        return true;
    if (hasAttribute(node, "hidden")
        || attribute(node, "aria-hidden").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    const QString style = attribute(node, "style").toLower().remove(QLatin1Char(' '));
    return style.contains(QLatin1String("display:none"))
           || style.contains(QLatin1String("visibility:hidden"));
}

// class/id names of sharing bars, related links, comments, ads... unless the
// same names also say the element is the content.
bool hasFurnitureClass(const GumboNode *node, const BoilerplateLexicon &lexicon)
{
    const GumboTag tag = tagOf(node);
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE
        || tag == GUMBO_TAG_MAIN)
        return false;
    static const QSet<QString> contentTokens = {QStringLiteral("article"),
                                                QStringLiteral("body"),
                                                QStringLiteral("content"),
                                                QStringLiteral("main"),
                                                QStringLiteral("story"),
                                                QStringLiteral("text"),
                                                QStringLiteral("entry"),
                                                QStringLiteral("post")};
    const QStringList tokens = classTokens(node);
    bool furniture = false;
    for (const QString &token : tokens) {
        if (contentTokens.contains(token))
            return false;
        furniture = furniture || lexicon.isHtmlToken(token);
    }
    return furniture;
}

// ---- statistics for choosing the body ------------------------------------

struct NodeStats
{
    qsizetype text = 0;  // visible characters
    qsizetype links = 0; // of which inside <a>
    qsizetype commas = 0;
    qsizetype direct = 0; // characters in the element's own text nodes
};

// ---- metadata -------------------------------------------------------------

struct Metadata
{
    QString pageTitle;
    QString ogTitle;
    QString twitterTitle;
    QString ldHeadline;
    QString h1;
    QString siteName;
    QString ldPublisher;
    QString applicationName;
    QString canonical;
    QString ogUrl;
    QString ldUrl;
    QStringList authors;
    // publication date candidates by priority (lower is better)
    QMap<int, std::optional<qint64>> dates;
    const GumboNode *articleBody = nullptr;
    QList<const GumboNode *> articles;
};

std::optional<qint64> parseMetaDate(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    const std::optional<PartialDate> date = DateTextParser::find(v);
    return date ? DateTextParser::julianDay(*date) : std::nullopt;
}

void addDate(Metadata &meta, int priority, const QString &value)
{
    if (meta.dates.contains(priority))
        return;
    if (const auto jd = parseMetaDate(value))
        meta.dates.insert(priority, jd);
}

QString jsonName(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString();
    if (value.isArray() && !value.toArray().isEmpty())
        return jsonName(value.toArray().first());
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression article(
        QStringLiteral("Article|BlogPosting|Report|NewsArticle|LiveBlogPosting"));
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(), [](const QJsonValue &t) {
            return isArticleType(t);
        });
    }
    return article.match(type.toString()).hasMatch();
}

void readJsonLd(const QString &json, Metadata &meta)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (doc.isNull()) {
        qCDebug(lcIngest) << "ignoring unparsable JSON-LD:" << error.errorString();
        return;
    }
    QList<QJsonValue> stack;
    stack.append(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    while (!stack.isEmpty()) {
        const QJsonValue value = stack.takeLast();
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = array.size(); i > 0; --i)
                stack.append(array.at(i - 1));
            continue;
        }
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        // The article may sit anywhere: in @graph, or as the mainEntity of a
        // WebPage. Publisher and author objects are read below, not searched.
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if ((it.value().isObject() || it.value().isArray())
                && it.key() != QLatin1String("publisher") && it.key() != QLatin1String("author"))
                stack.append(it.value());
        }
        const bool article = isArticleType(object.value(QLatin1String("@type")));
        const int priority = article ? 0 : 1;
        const QString published = object.value(QLatin1String("datePublished")).toString();
        if (!published.isEmpty())
            addDate(meta, priority, published);
        if (!article)
            continue;
        if (meta.ldHeadline.isEmpty())
            meta.ldHeadline = object.value(QLatin1String("headline")).toString().simplified();
        if (meta.ldPublisher.isEmpty())
            meta.ldPublisher = jsonName(object.value(QLatin1String("publisher"))).simplified();
        if (meta.ldUrl.isEmpty()) {
            meta.ldUrl = object.value(QLatin1String("url")).toString();
            const QJsonValue main = object.value(QLatin1String("mainEntityOfPage"));
            if (meta.ldUrl.isEmpty())
                meta.ldUrl = main.isObject()
                                 ? main.toObject().value(QLatin1String("@id")).toString()
                                 : main.toString();
        }
        const QJsonValue author = object.value(QLatin1String("author"));
        if (meta.authors.isEmpty()) {
            if (author.isArray()) {
                for (const QJsonValue &a : author.toArray()) {
                    const QString name = jsonName(a).simplified();
                    if (!name.isEmpty())
                        meta.authors.append(name);
                }
            } else if (const QString name = jsonName(author).simplified(); !name.isEmpty()) {
                meta.authors.append(name);
            }
        }
    }
}

bool insideArticle(const GumboNode *node)
{
    for (const GumboNode *p = node->parent; p; p = p->parent) {
        const GumboTag tag = tagOf(p);
        if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
            return true;
    }
    return false;
}

Metadata readMetadata(const GumboNode *root)
{
    static const QSet<QString> dateNames = {QStringLiteral("date"),
                                            QStringLiteral("pubdate"),
                                            QStringLiteral("publishdate"),
                                            QStringLiteral("publish-date"),
                                            QStringLiteral("publish_date"),
                                            QStringLiteral("dc.date"),
                                            QStringLiteral("dc.date.issued"),
                                            QStringLiteral("dcterms.date"),
                                            QStringLiteral("dcterms.issued"),
                                            QStringLiteral("dcterms.created"),
                                            QStringLiteral("sailthru.date"),
                                            QStringLiteral("parsely-pub-date"),
                                            QStringLiteral("article.published"),
                                            QStringLiteral("original-publish-date"),
                                            QStringLiteral("citation_publication_date"),
                                            QStringLiteral("citation_date")};
    Metadata meta;
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT
            && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboTag tag = tagOf(node);
        if (node->type == GUMBO_NODE_ELEMENT) {
            switch (tag) {
            case GUMBO_TAG_TITLE:
                if (meta.pageTitle.isEmpty())
                    meta.pageTitle = textOf(node);
                break;
            case GUMBO_TAG_H1:
                if (meta.h1.isEmpty())
                    meta.h1 = textOf(node);
                break;
            case GUMBO_TAG_META: {
                QString key = attribute(node, "property").trimmed().toLower();
                if (key.isEmpty())
                    key = attribute(node, "name").trimmed().toLower();
                const QString content = attribute(node, "content").trimmed();
                if (key == QLatin1String("og:title"))
                    meta.ogTitle = content.simplified();
                else if (key == QLatin1String("twitter:title"))
                    meta.twitterTitle = content.simplified();
                else if (key == QLatin1String("og:site_name"))
                    meta.siteName = content.simplified();
                else if (key == QLatin1String("application-name"))
                    meta.applicationName = content.simplified();
                else if (key == QLatin1String("og:url"))
                    meta.ogUrl = content;
                else if (key == QLatin1String("article:published_time")
                         || key == QLatin1String("og:article:published_time")
                         || key == QLatin1String("og:published_time"))
                    addDate(meta, 2, content);
                else if (dateNames.contains(key))
                    addDate(meta, 4, content);
                else if ((key == QLatin1String("author") || key == QLatin1String("article:author"))
                         && !content.isEmpty() && !content.startsWith(QLatin1String("http")))
                    meta.authors.append(content.simplified());
                break;
            }
            case GUMBO_TAG_LINK:
                if (attribute(node, "rel")
                        .toLower()
                        .split(QLatin1Char(' '))
                        .contains(QLatin1String("canonical")))
                    meta.canonical = attribute(node, "href").trimmed();
                break;
            case GUMBO_TAG_SCRIPT:
                if (attribute(node, "type").trimmed().toLower()
                    == QLatin1String("application/ld+json"))
                    readJsonLd(textOf(node), meta);
                break;
            case GUMBO_TAG_TIME: {
                QString value = attribute(node, "datetime");
                if (value.isEmpty())
                    value = textOf(node);
                // A <time> outside the article (a sidebar, a clock) says nothing
                // about this article.
                if (hasAttribute(node, "pubdate"))
                    addDate(meta, 3, value);
                else if (insideArticle(node))
                    addDate(meta, 5, value);
                break;
            }
            case GUMBO_TAG_ARTICLE:
                meta.articles.append(node);
                break;
            default:
                break;
            }
            const QString itemprop = attribute(node, "itemprop").trimmed();
            if (itemprop == QLatin1String("datePublished")) {
                QString value = attribute(node, "content");
                if (value.isEmpty())
                    value = attribute(node, "datetime");
                if (value.isEmpty())
                    value = textOf(node);
                addDate(meta, 3, value);
            } else if (itemprop == QLatin1String("articleBody") && !meta.articleBody) {
                meta.articleBody = node;
            }
        }
        if (const GumboVector *children = childrenOf(node)) {
            for (unsigned int i = children->length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children->data[i - 1]));
        }
    }
    return meta;
}

// Page titles carry the site's name: "Headline | Site", "Site - Headline".
// With the site known, its name is removed from any title; when it is not
// known, a short last part of the page's <title> is taken as the site.
QString stripSiteName(const QString &title, QString *site, bool pageTitle)
{
    static const QRegularExpression separator(QStringLiteral("\\s+[|–—\\-:·•]\\s+"));
    QList<QRegularExpressionMatch> matches;
    for (auto it = separator.globalMatch(title); it.hasNext();)
        matches.append(it.next());
    if (matches.isEmpty())
        return title;
    const QString suffix = title.mid(matches.last().capturedEnd(0)).trimmed();
    const QString prefix = title.left(matches.last().capturedStart(0)).trimmed();
    const QString head = title.left(matches.first().capturedStart(0)).trimmed();
    if (!site->isEmpty()) {
        if (suffix.compare(*site, Qt::CaseInsensitive) == 0)
            return prefix;
        if (head.compare(*site, Qt::CaseInsensitive) == 0)
            return title.mid(matches.first().capturedEnd(0)).trimmed();
        return title;
    }
    if (pageTitle && suffix.split(QLatin1Char(' ')).size() <= 4
        && prefix.size() > suffix.size() * 2) {
        *site = suffix;
        return prefix;
    }
    return title;
}

// ---- the body ---------------------------------------------------------------

class BodyExtractor
{
public:
    BodyExtractor(const BoilerplateLexicon &lexicon, qsizetype sourceOffsetBase)
        : m_lexicon(lexicon)
        , m_base(sourceOffsetBase)
    {}

    void computeStats(const GumboNode *root);
    const GumboNode *chooseBody(const GumboNode *root, const Metadata &meta);
    QList<SourceBlock> extract(const GumboNode *root);

private:
    bool isDropped(const GumboNode *node);
    qsizetype textLength(const GumboNode *node) const { return m_stats.value(node).text; }

    const BoilerplateLexicon &m_lexicon;
    qsizetype m_base;
    QHash<const GumboNode *, NodeStats> m_stats;
    QHash<const GumboNode *, bool> m_dropped;
    qsizetype m_totalText = 0;
};

void BodyExtractor::computeStats(const GumboNode *root)
{
    // Post-order with an explicit stack: (node, next child index).
    QList<QPair<const GumboNode *, unsigned int>> stack{{root, 0}};
    while (!stack.isEmpty()) {
        auto &[node, next] = stack.last();
        const GumboVector *children = childrenOf(node);
        if (children && next < children->length && !isHardDropped(node)) {
            const auto *child = static_cast<const GumboNode *>(children->data[next++]);
            if (isText(child)) {
                NodeStats &s = m_stats[node];
                const QString t = QString::fromUtf8(child->v.text.text).simplified();
                s.text += t.size();
                s.direct += t.size();
                s.commas += t.count(QLatin1Char(',')) + t.count(QChar(0xFF0C))
                            + t.count(QChar(0x060C));
            } else if (child->type == GUMBO_NODE_ELEMENT) {
                stack.append({child, 0});
            }
            continue;
        }
        const GumboNode *done = node;
        stack.removeLast();
        NodeStats s = m_stats.value(done);
        if (isHardDropped(done)) {
            m_stats.remove(done);
            continue;
        }
        if (tagOf(done) == GUMBO_TAG_A)
            s.links = s.text;
        m_stats[done] = s;
        if (done->parent) {
            NodeStats &p = m_stats[done->parent];
            p.text += s.text;
            p.links += s.links;
            p.commas += s.commas;
        }
    }
    m_totalText = m_stats.value(root).text;
}

bool BodyExtractor::isDropped(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    const auto cached = m_dropped.constFind(node);
    if (cached != m_dropped.constEnd())
        return *cached;
    bool dropped = isHardDropped(node);
    // A furniture class on the element that holds most of the page's text
    // is a mislabelled wrapper, not furniture.
    if (!dropped && hasFurnitureClass(node, m_lexicon))
        dropped = textLength(node) * 5 < m_totalText * 2;
    m_dropped.insert(node, dropped);
    return dropped;
}

const GumboNode *BodyExtractor::chooseBody(const GumboNode *root, const Metadata &meta)
{
    // Readability's idea: every paragraph votes for its parent and, with half
    // weight, its grandparent; the element with the best link-free score wins.
    QHash<const GumboNode *, double> scores;
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (isDropped(node))
            continue;
        // Paragraphs, and divs used as paragraphs (text directly inside).
        const NodeStats s = m_stats.value(node);
        const GumboTag tag = tagOf(node);
        if (isScoredParagraph(tag)
            || ((tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION) && s.direct >= 80)) {
            if (s.text >= 25) {
                const double score = 1.0 + double(s.commas) + qMin(double(s.text) / 100.0, 3.0);
                if (node->parent)
                    scores[node->parent] += score;
                if (node->parent && node->parent->parent)
                    scores[node->parent->parent] += score / 2.0;
            }
        }
        if (const GumboVector *children = childrenOf(node)) {
            for (unsigned int i = children->length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children->data[i - 1]));
        }
    }
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
        const NodeStats s = m_stats.value(it.key());
        const double linkDensity = s.text > 0 ? double(s.links) / double(s.text) : 1.0;
        const double score = it.value() * (1.0 - linkDensity);
        if (score > bestScore) {
            bestScore = score;
            best = it.key();
        }
    }
    const qsizetype bestText = best ? textLength(best) : 0;

    // Explicit markup wins when it holds a fair share of the text.
    if (meta.articleBody && textLength(meta.articleBody) * 2 >= bestText
        && textLength(meta.articleBody) > 0)
        return meta.articleBody;
    const GumboNode *article = nullptr;
    for (const GumboNode *candidate : meta.articles) {
        if (!article || textLength(candidate) > textLength(article))
            article = candidate;
    }
    if (article && textLength(article) * 2 >= bestText && textLength(article) > 0) {
        // The scored element may sit inside the article; the article is the
        // better boundary unless it is mostly links.
        return article;
    }
    if (!best)
        return root;
    // A story split into sibling blocks (around an advert or a pull quote):
    // when a sibling of the winner also scores, their parent is the body.
    const GumboNode *parent = best->parent;
    if (parent && tagOf(parent) != GUMBO_TAG_BODY && tagOf(parent) != GUMBO_TAG_HTML) {
        const double threshold = qMax(3.0, bestScore * 0.2);
        if (const GumboVector *siblings = childrenOf(parent)) {
            for (unsigned int i = 0; i < siblings->length; ++i) {
                const auto *sibling = static_cast<const GumboNode *>(siblings->data[i]);
                if (sibling == best || sibling->type != GUMBO_NODE_ELEMENT || isDropped(sibling))
                    continue;
                const NodeStats s = m_stats.value(sibling);
                const double linkDensity = s.text > 0 ? double(s.links) / double(s.text) : 1.0;
                if (scores.value(sibling) * (1.0 - linkDensity) >= threshold)
                    return parent;
            }
        }
    }
    return best;
}

QList<SourceBlock> BodyExtractor::extract(const GumboNode *root)
{
    QList<SourceBlock> blocks;
    SourceBlock current;
    bool pendingSpace = false;
    auto flush = [&] {
        current.text = current.text.trimmed();
        if (!current.text.isEmpty())
            blocks.append(current);
        current = SourceBlock();
        pendingSpace = false;
    };

    struct Frame
    {
        const GumboNode *node;
        bool closing;
        TextBlock::Kind kind;
    };
    QList<Frame> stack{{root, false, TextBlock::Kind::Paragraph}};
    while (!stack.isEmpty()) {
        const Frame frame = stack.takeLast();
        const GumboNode *node = frame.node;
        if (frame.closing) {
            flush();
            continue;
        }
        if (isText(node)) {
            const QString raw = QString::fromUtf8(node->v.text.text);
            const bool leading = !raw.isEmpty() && raw.front().isSpace();
            const bool trailing = !raw.isEmpty() && raw.back().isSpace();
            const QString t = raw.simplified();
            if (t.isEmpty()) {
                pendingSpace = pendingSpace || !raw.isEmpty();
                continue;
            }
            if (current.text.isEmpty()) {
                current.kind = frame.kind;
                current.sourceOffset = m_base >= 0
                                           ? m_base + qsizetype(node->v.text.start_pos.offset)
                                           : -1;
            } else if (pendingSpace || leading) {
                current.text += QLatin1Char(' ');
            }
            current.text += t;
            pendingSpace = trailing;
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (node != root && isDropped(node))
            continue;
        const GumboTag tag = tagOf(node);
        TextBlock::Kind kind = frame.kind;
        switch (tag) {
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            kind = TextBlock::Kind::Heading;
            break;
        case GUMBO_TAG_LI:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
            kind = TextBlock::Kind::ListItem;
            break;
        case GUMBO_TAG_CAPTION:
            kind = TextBlock::Kind::Caption;
            break;
        default:
            break;
        }
        const bool block = isBlockTag(tag);
        if (block) {
            flush();
            stack.append({node, true, kind});
        }
        if (const GumboVector *children = childrenOf(node)) {
            for (unsigned int i = children->length; i > 0; --i)
                stack.append({static_cast<const GumboNode *>(children->data[i - 1]), false, kind});
        }
    }
    flush();
    return blocks;
}

bool isVoidElement(const QByteArray &name)
{
    static const QSet<QByteArray> voids = {"area",    "base",     "br",      "col",   "embed",
                                           "hr",      "img",      "input",   "link",  "meta",
                                           "param",   "source",   "track",   "wbr",   "keygen",
                                           "command", "basefont", "bgsound", "frame", "image"};
    return voids.contains(name);
}

// Elements whose end tags may be left out: counting them would make every
// page of unclosed <p> look deep.
bool hasOptionalEnd(const QByteArray &name)
{
    static const QSet<QByteArray> optional = {"p",
                                              "li",
                                              "dt",
                                              "dd",
                                              "option",
                                              "optgroup",
                                              "tr",
                                              "td",
                                              "th",
                                              "tbody",
                                              "thead",
                                              "tfoot",
                                              "colgroup",
                                              "rt",
                                              "rp",
                                              "html",
                                              "head",
                                              "body",
                                              "caption"};
    return optional.contains(name);
}

bool isRawText(const QByteArray &name)
{
    return name == "script" || name == "style" || name == "textarea" || name == "title"
           || name == "xmp" || name == "iframe" || name == "noembed" || name == "noframes"
           || name == "plaintext";
}

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

} // namespace

QByteArray HtmlReader::limitNesting(const QByteArray &html, int maxDepth, bool *changed)
{
    *changed = false;
    QByteArray out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    const char *d = html.constData();
    int depth = 0;
    int foreign = 0; // open <svg> and <math> elements
    auto isAlpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto tagEnd = [&](qsizetype from) {
        char quote = 0;
        for (qsizetype j = from; j < n; ++j) {
            if (quote) {
                if (d[j] == quote)
                    quote = 0;
            } else if (d[j] == '"' || d[j] == '\'') {
                quote = d[j];
            } else if (d[j] == '>') {
                return j;
            }
        }
        return n - 1;
    };
    auto nameAt = [&](qsizetype from) {
        qsizetype j = from;
        while (j < n && d[j] != '>' && d[j] != '/' && d[j] != ' ' && d[j] != '\t' && d[j] != '\n'
               && d[j] != '\r' && d[j] != '\f')
            ++j;
        return QByteArray(d + from, j - from).toLower();
    };
    qsizetype i = 0;
    while (i < n) {
        if (d[i] != '<') {
            const qsizetype next = html.indexOf('<', i);
            const qsizetype stop = next < 0 ? n : next;
            out.append(d + i, stop - i);
            i = stop;
            continue;
        }
        if (html.mid(i, 4) == "<!--") {
            qsizetype close = html.indexOf("-->", i + 4);
            close = close < 0 ? n : close + 3;
            out.append(d + i, close - i);
            i = close;
            continue;
        }
        if (i + 1 < n && (d[i + 1] == '!' || d[i + 1] == '?')) {
            const qsizetype close = tagEnd(i + 1) + 1;
            out.append(d + i, close - i);
            i = close;
            continue;
        }
        if (i + 2 < n && d[i + 1] == '/' && isAlpha(d[i + 2])) {
            const QByteArray name = nameAt(i + 2);
            const qsizetype close = tagEnd(i + 2) + 1;
            if ((name == "svg" || name == "math") && foreign > 0)
                --foreign;
            if (!isVoidElement(name) && !hasOptionalEnd(name)) {
                const bool keep = depth <= maxDepth;
                depth = qMax(0, depth - 1);
                if (!keep) {
                    *changed = true;
                    i = close;
                    continue;
                }
            }
            out.append(d + i, close - i);
            i = close;
            continue;
        }
        if (i + 1 < n && isAlpha(d[i + 1])) {
            const QByteArray name = nameAt(i + 1);
            const qsizetype close = tagEnd(i + 1) + 1;
            // "/>" closes an element only in SVG and MathML; HTML ignores it
            // on <div/>, so counting it keeps "<div/>" x 100000 shallow.
            const bool selfClosing = foreign > 0 && close >= 2 && d[close - 2] == '/';
            if ((name == "svg" || name == "math") && !(close >= 2 && d[close - 2] == '/'))
                ++foreign;
            if (isRawText(name)) {
                // Copy the element whole: its content is not markup.
                qsizetype stop = n;
                for (qsizetype j = html.indexOf("</", close); j >= 0;
                     j = html.indexOf("</", j + 2)) {
                    if (QByteArrayView(d + j + 2, qMin(name.size(), n - j - 2))
                            .compare(name, Qt::CaseInsensitive)
                        == 0) {
                        stop = j;
                        break;
                    }
                }
                out.append(d + i, stop - i);
                i = stop;
                continue;
            }
            if (!isVoidElement(name) && !hasOptionalEnd(name) && !selfClosing) {
                ++depth;
                if (depth > maxDepth) {
                    *changed = true;
                    i = close;
                    continue;
                }
            }
            out.append(d + i, close - i);
            i = close;
            continue;
        }
        out.append(d[i]);
        ++i;
    }
    return out;
}

Document HtmlReader::read(const QString &html, qsizetype sourceOffsetBase)
{
    Document document;
    document.format = QStringLiteral("html");

    bool changed = false;
    const QByteArray utf8 = limitNesting(html.toUtf8(), kMaxNesting, &changed);
    if (changed) {
        qCDebug(lcIngest) << "unwrapped elements nested deeper than" << kMaxNesting;
        sourceOffsetBase = -1;
    }

    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // error records copy the open-element stack: quadratic
    std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
    if (!output)
        return document;
    const GumboNode *root = output->root;

    const Metadata meta = readMetadata(output->document);

    BodyExtractor extractor(BoilerplateLexicon::instance(), sourceOffsetBase);
    extractor.computeStats(root);
    const GumboNode *body = extractor.chooseBody(root, meta);
    QList<SourceBlock> blocks = extractor.extract(body);

    document.outlet = !meta.siteName.isEmpty()      ? meta.siteName
                      : !meta.ldPublisher.isEmpty() ? meta.ldPublisher
                                                    : meta.applicationName;
    const QString title = !meta.ogTitle.isEmpty()        ? meta.ogTitle
                          : !meta.ldHeadline.isEmpty()   ? meta.ldHeadline
                          : !meta.twitterTitle.isEmpty() ? meta.twitterTitle
                          : !meta.h1.isEmpty()           ? meta.h1
                                                         : meta.pageTitle;
    QString site = document.outlet;
    // The page title names the site even when the headline comes from elsewhere.
    if (site.isEmpty() && !meta.pageTitle.isEmpty())
        stripSiteName(meta.pageTitle, &site, true);
    document.title = stripSiteName(title, &site, title == meta.pageTitle);
    document.outlet = site;
    document.url = !meta.canonical.isEmpty() ? meta.canonical
                   : !meta.ogUrl.isEmpty()   ? meta.ogUrl
                                             : meta.ldUrl;
    for (auto it = meta.dates.constBegin(); it != meta.dates.constEnd(); ++it) {
        if (it.value()) {
            document.publishedDay = it.value();
            break;
        }
    }
    document.authors = meta.authors;
    document.authors.removeDuplicates();

    ArticleAssembler::assemble(document, blocks);
    return document;
}

} // namespace Faultline
