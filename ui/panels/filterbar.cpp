#include "ui/panels/filterbar.h"

#include "core/model/article.h"
#include "core/model/datespan.h"
#include "core/model/eventtype.h"
#include "core/query/tooltiptext.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/workspace.h"
#include "ui/panels/quadclasspalette.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>

namespace Faultline {

namespace {

bool sameFilter(const EventFilter &a, const EventFilter &b)
{
    return a.fromDay == b.fromDay && a.toDay == b.toDay && a.actorId == b.actorId
           && a.actorName == b.actorName && a.cameoRoot == b.cameoRoot && a.articleId == b.articleId
           && a.text == b.text && a.includeUnresolved == b.includeUnresolved;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_actorNames(new QStringListModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);

    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("filterActor"));
    m_actor->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_actorNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_actor->setCompleter(completer);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("filterType"));
    m_type->addItem(QString(), 0);
    for (int root = EventType::FirstRoot; root <= EventType::LastRoot; ++root)
        m_type->addItem(QuadClassPalette::chipIcon(EventType(root).quadClass()), QString(), root);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(14);

    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("filterTo"));
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00MM"));
    m_from->setFixedWidth(dateWidth);
    m_to->setFixedWidth(dateWidth);

    m_article = new QComboBox(this);
    m_article->setObjectName(QStringLiteral("filterArticle"));
    m_article->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_article->setMinimumContentsLength(16);
    m_article->addItem(QString(), qint64(0));

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_actor, 2);
    layout->addWidget(m_type, 2);
    auto *dash = new QLabel(QStringLiteral("–"), this);
    layout->addWidget(m_from);
    layout->addWidget(dash);
    layout->addWidget(m_to);
    layout->addWidget(m_article, 2);
    layout->addWidget(m_clear);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitIfChanged);
    for (QLineEdit *edit : {m_search, m_actor, m_from, m_to}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_clearing)
                return;
            validateDates();
            validateActor();
            m_debounce->start();
        });
        connect(edit, &QLineEdit::returnPressed, this, &FilterBar::applyNow);
    }
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this] {
        applyNow();
    });
    for (QComboBox *combo : {m_type, m_article}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_clearing)
                applyNow();
        });
    }
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    retranslateUi();
}

FilterBar::~FilterBar() = default;

void FilterBar::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_clearing = true;
    m_search->clear();
    m_actor->clear();
    m_from->clear();
    m_to->clear();
    m_type->setCurrentIndex(0);
    m_clearing = false;
    reloadChoices();
    m_article->setCurrentIndex(0);
    validateDates();
    validateActor();
    m_debounce->stop();
    m_filter = EventFilter();
    m_clear->setEnabled(false);
}

void FilterBar::reloadChoices()
{
    m_clearing = true;
    const qint64 selectedArticle = m_article->currentData().toLongLong();
    QStringList names;
    m_knownActors.clear();
    while (m_article->count() > 1)
        m_article->removeItem(1);
    if (m_workspace && m_workspace->isOpen()) {
        const QList<Actor> actors = ActorRepository(*m_workspace).all();
        names.reserve(actors.size());
        for (const Actor &actor : actors) {
            names.append(actor.name);
            m_knownActors.insert(actor.name.toCaseFolded());
            for (const QString &alias : actor.aliases)
                m_knownActors.insert(alias.toCaseFolded());
        }
        const QList<Article> articles = ArticleRepository(*m_workspace).all(false);
        for (const Article &article : articles) {
            QString label = article.title.isEmpty() ? tr("Article %1").arg(article.id)
                                                    : article.title;
            if (!article.outlet.isEmpty())
                label = tr("%1 (%2)").arg(label, article.outlet);
            m_article->addItem(label, article.id);
            m_article->setItemData(m_article->count() - 1,
                                   ToolTipText::fromPlainText(label),
                                   Qt::ToolTipRole);
        }
    }
    m_actorNames->setStringList(names);
    const int index = m_article->findData(selectedArticle);
    m_article->setCurrentIndex(index >= 0 ? index : 0);
    m_clearing = false;
    if (index < 0 && selectedArticle != 0)
        applyNow();
}

void FilterBar::clear()
{
    m_clearing = true;
    m_search->clear();
    m_actor->clear();
    m_from->clear();
    m_to->clear();
    m_type->setCurrentIndex(0);
    m_article->setCurrentIndex(0);
    m_clearing = false;
    validateDates();
    validateActor();
    applyNow();
}

void FilterBar::setActorName(const QString &name)
{
    m_clearing = true;
    m_actor->setText(name);
    m_clearing = false;
    validateActor();
    applyNow();
}

void FilterBar::applyNow()
{
    m_debounce->stop();
    emitIfChanged();
}

bool FilterBar::isDateRangeValid() const
{
    const QString fromText = m_from->text().trimmed();
    const QString toText = m_to->text().trimmed();
    const std::optional<DateSpan> from = fromText.isEmpty() ? std::optional<DateSpan>()
                                                            : DateSpan::fromIso(fromText);
    const std::optional<DateSpan> to = toText.isEmpty() ? std::optional<DateSpan>()
                                                        : DateSpan::fromIso(toText);
    if ((!fromText.isEmpty() && !from) || (!toText.isEmpty() && !to))
        return false;
    return !(from && to && from->earliestDay() > to->latestDay());
}

void FilterBar::markEdit(QLineEdit *edit, const QString &problem, const QString &hint)
{
    if (problem.isEmpty()) {
        edit->setPalette(QPalette());
        edit->setToolTip(hint);
        edit->setAccessibleDescription(QString());
        edit->setProperty("invalid", false);
        return;
    }
    // A tint of the base colour rather than a fixed red, so dark palettes stay readable.
    QPalette palette = edit->palette();
    palette.setColor(QPalette::Base,
                     blend(palette.color(QPalette::Base), QColor(0xD5, 0x5E, 0x00), 0.3));
    edit->setPalette(palette);
    edit->setToolTip(problem);
    edit->setAccessibleDescription(problem);
    edit->setProperty("invalid", true);
}

void FilterBar::retranslateUi()
{
    setAccessibleName(tr("Filters"));
    m_search->setPlaceholderText(tr("Search titles and evidence"));
    m_search->setAccessibleName(tr("Search"));
    m_actor->setPlaceholderText(tr("Actor"));
    m_actor->setAccessibleName(tr("Actor"));
    m_type->setAccessibleName(tr("Event type"));
    m_type->setItemText(0, tr("All types"));
    for (int i = 1; i < m_type->count(); ++i) {
        const EventType type(m_type->itemData(i).toInt());
        m_type->setItemText(i, tr("%1 %2").arg(type.code(), type.name()));
    }
    m_from->setPlaceholderText(tr("From"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setPlaceholderText(tr("To"));
    m_to->setAccessibleName(tr("To date"));
    m_article->setAccessibleName(tr("Article"));
    m_article->setItemText(0, tr("All articles"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear all filters"));
    // Tool tips and problems of the edits, in the new language.
    validateActor();
    validateDates();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString FilterBar::dateHint()
{
    return tr("YYYY, YYYY-MM or YYYY-MM-DD");
}

bool FilterBar::isActorKnown() const
{
    const QString name = m_actor->text().trimmed();
    return name.isEmpty() || m_knownActors.contains(name.toCaseFolded());
}

void FilterBar::validateActor()
{
    markEdit(m_actor,
             isActorKnown() ? QString() : tr("No actor of that name or alias in this workspace"),
             tr("Events involving this actor (name or alias)"));
}

void FilterBar::validateDates()
{
    const QString fromText = m_from->text().trimmed();
    const QString toText = m_to->text().trimmed();
    const std::optional<DateSpan> from = fromText.isEmpty() ? std::optional<DateSpan>()
                                                            : DateSpan::fromIso(fromText);
    const std::optional<DateSpan> to = toText.isEmpty() ? std::optional<DateSpan>()
                                                        : DateSpan::fromIso(toText);
    const QString notADate = tr("Not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
    markEdit(m_from, !fromText.isEmpty() && !from ? notADate : QString(), dateHint());
    markEdit(m_to, !toText.isEmpty() && !to ? notADate : QString(), dateHint());
    if (from && to && from->earliestDay() > to->latestDay()) {
        const QString reversed = tr("The start is after the end");
        markEdit(m_from, reversed, dateHint());
        markEdit(m_to, reversed, dateHint());
    }
}

EventFilter FilterBar::buildFilter() const
{
    EventFilter filter;
    filter.text = m_search->text().trimmed();
    // A half-typed name would filter everything away; only a known actor filters.
    if (isActorKnown())
        filter.actorName = m_actor->text().trimmed();
    if (const int root = m_type->currentData().toInt(); root > 0)
        filter.cameoRoot = root;
    if (const qint64 article = m_article->currentData().toLongLong(); article > 0)
        filter.articleId = article;
    // An invalid range filters nothing rather than something the user did not ask for.
    if (isDateRangeValid()) {
        if (const auto from = DateSpan::fromIso(m_from->text().trimmed()))
            filter.fromDay = from->earliestDay();
        if (const auto to = DateSpan::fromIso(m_to->text().trimmed()))
            filter.toDay = to->latestDay();
    }
    return filter;
}

void FilterBar::emitIfChanged()
{
    const EventFilter filter = buildFilter();
    m_clear->setEnabled(!filter.isEmpty() || !m_from->text().isEmpty() || !m_to->text().isEmpty());
    if (sameFilter(filter, m_filter))
        return;
    m_filter = filter;
    emit filterChanged(m_filter);
}

} // namespace Faultline
