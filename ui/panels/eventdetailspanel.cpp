#include "ui/panels/eventdetailspanel.h"

#include "core/model/actor.h"
#include "core/model/article.h"
#include "core/model/datespan.h"
#include "core/model/event.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "ui/panels/quadclasspalette.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Faultline {

namespace {

const char EvidenceBeginProperty[] = "faultlineEvidenceBegin";
const char EvidenceEndProperty[] = "faultlineEvidenceEnd";

QLabel *makeValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Everything shown here comes from articles or from users: never rich text.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

QString precisionText(DateSpan::Precision precision)
{
    switch (precision) {
    case DateSpan::Precision::Day:
        return EventDetailsPanel::tr("Day");
    case DateSpan::Precision::Month:
        return EventDetailsPanel::tr("Month");
    case DateSpan::Precision::Season:
        return EventDetailsPanel::tr("Season or quarter");
    case DateSpan::Precision::Year:
        return EventDetailsPanel::tr("Year");
    case DateSpan::Precision::Decade:
        return EventDetailsPanel::tr("Decade");
    case DateSpan::Precision::Century:
        return EventDetailsPanel::tr("Century");
    }
    return {};
}

QString qualifierText(DateSpan::Qualifier qualifier)
{
    switch (qualifier) {
    case DateSpan::Qualifier::None:
        return {};
    case DateSpan::Qualifier::Approximate:
        return EventDetailsPanel::tr("approximate");
    case DateSpan::Qualifier::Before:
        return EventDetailsPanel::tr("before");
    case DateSpan::Qualifier::After:
        return EventDetailsPanel::tr("after");
    }
    return {};
}

QString reviewText(Event::ReviewStatus status)
{
    switch (status) {
    case Event::ReviewStatus::Unreviewed:
        return EventDetailsPanel::tr("Unreviewed");
    case Event::ReviewStatus::Accepted:
        return EventDetailsPanel::tr("Accepted");
    case Event::ReviewStatus::Rejected:
        return EventDetailsPanel::tr("Rejected");
    }
    return {};
}

} // namespace

EventDetailsPanel::EventDetailsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("eventDetails"));

    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(16);
    m_stack->addWidget(m_placeholder);

    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);
    m_title = makeValueLabel(content);
    m_title->setObjectName(QStringLiteral("eventTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_date = makeValueLabel(content);
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_dateWritten = makeValueLabel(content);
    m_dateWritten->setObjectName(QStringLiteral("eventDateWritten"));
    m_precision = makeValueLabel(content);
    m_precision->setObjectName(QStringLiteral("eventPrecision"));
    m_typeChip = new QLabel(content);
    m_type = makeValueLabel(content);
    m_type->setObjectName(QStringLiteral("eventType"));
    auto *typeRow = new QHBoxLayout;
    typeRow->setContentsMargins(0, 0, 0, 0);
    typeRow->addWidget(m_typeChip);
    typeRow->addWidget(m_type, 1);
    m_actors = makeValueLabel(content);
    m_actors->setObjectName(QStringLiteral("eventActors"));
    m_location = makeValueLabel(content);
    m_location->setObjectName(QStringLiteral("eventLocation"));
    m_confidence = makeValueLabel(content);
    m_confidence->setObjectName(QStringLiteral("eventConfidence"));
    m_status = makeValueLabel(content);
    m_status->setObjectName(QStringLiteral("eventStatus"));
    m_fatalities = makeValueLabel(content);
    m_fatalities->setObjectName(QStringLiteral("eventFatalities"));
    m_coordinates = makeValueLabel(content);
    m_coordinates->setObjectName(QStringLiteral("eventCoordinates"));
    m_externalId = makeValueLabel(content);
    m_externalId->setObjectName(QStringLiteral("eventExternalId"));
    for (QLabel *field : {m_date, m_dateWritten, m_precision})
        form->addRow(new QLabel(content), field);
    form->addRow(new QLabel(content), typeRow);
    for (QLabel *field :
         {m_actors, m_location, m_confidence, m_status, m_fatalities, m_coordinates, m_externalId})
        form->addRow(new QLabel(content), field);
    layout->addLayout(form);

    m_evidenceTabs = new QTabWidget(content);
    m_evidenceTabs->setObjectName(QStringLiteral("evidenceTabs"));
    m_evidenceTabs->setDocumentMode(true);
    m_evidenceTabs->setUsesScrollButtons(true);
    layout->addWidget(m_evidenceTabs, 1);
    m_stack->addWidget(content);

    m_stack->setCurrentWidget(m_placeholder);
    retranslateUi();
}

void EventDetailsPanel::retranslateUi()
{
    setAccessibleName(tr("Event details"));
    m_placeholder->setText(tr("Select an event on the timeline or in the table "
                              "to see its date, actors and evidence."));
    const struct
    {
        int row;
        QString text;
    } rows[] = {{0, tr("Date:")},
                {1, tr("As written:")},
                {2, tr("Precision:")},
                {3, tr("Type:")},
                {4, tr("Actors:")},
                {5, tr("Location:")},
                {6, tr("Confidence:")},
                {7, tr("Review:")},
                {8, tr("Fatalities:")},
                {9, tr("Coordinates:")},
                {10, tr("Dataset id:")}};
    for (const auto &row : rows) {
        if (QLayoutItem *item = m_form->itemAt(row.row, QFormLayout::LabelRole)) {
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                label->setText(row.text);
        }
    }
    m_evidenceTabs->setAccessibleName(tr("Evidence"));
}

EventDetailsPanel::~EventDetailsPanel() = default;

void EventDetailsPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    setEvent(0);
}

void EventDetailsPanel::reload()
{
    setEvent(m_eventId);
}

void EventDetailsPanel::clearContent()
{
    while (m_evidenceTabs->count() > 0) {
        QWidget *page = m_evidenceTabs->widget(0);
        m_evidenceTabs->removeTab(0);
        delete page;
    }
}

void EventDetailsPanel::setEvent(qint64 eventId)
{
    clearContent();
    m_eventId = 0;
    std::optional<Event> event;
    if (eventId > 0 && m_workspace && m_workspace->isOpen())
        event = EventRepository(*m_workspace).find(eventId);
    if (!event) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_eventId = event->id;

    const QLocale locale;
    m_title->setText(event->title);

    m_date->setText(event->date.isValid() ? event->date.toDisplayString()
                                          : tr("Unresolved: no publication date to resolve it "
                                               "against"));
    m_dateWritten->setText(event->dateText.isEmpty() ? tr("—") : event->dateText);
    if (event->date.isValid()) {
        QString precision = precisionText(event->date.precision());
        const QString qualifier = qualifierText(event->date.qualifier());
        if (!qualifier.isEmpty())
            precision = tr("%1, %2").arg(precision, qualifier);
        m_precision->setText(precision);
    } else {
        m_precision->setText(tr("—"));
    }

    const int side = fontMetrics().height();
    m_typeChip->setPixmap(QuadClassPalette::chipIcon(event->type.quadClass())
                              .pixmap(QSize(side, side), devicePixelRatioF()));
    if (event->type.isValid()) {
        m_type->setText(tr("%1 %2 (%3)")
                            .arg(event->type.code(),
                                 event->type.name(),
                                 EventType::quadClassName(event->type.quadClass())));
    } else {
        m_type->setText(tr("Unknown"));
    }

    ActorRepository actors(*m_workspace);
    QStringList actorLines;
    for (const Event::Participant &participant : event->participants) {
        const std::optional<Actor> actor = actors.find(participant.actorId);
        if (!actor)
            continue;
        QString kind = Actor::kindName(actor->kind);
        if (actor->affiliationId) {
            if (const std::optional<Actor> parent = actors.find(*actor->affiliationId))
                kind = tr("%1 of %2").arg(kind, parent->name);
        }
        QString line = tr("%1 (%2): %3").arg(actor->name, kind, Event::roleName(participant.role));
        if (participant.inferred)
            line = tr("%1, inferred from a generic mention").arg(line);
        actorLines.append(line);
    }
    m_actors->setText(actorLines.isEmpty() ? tr("None recognised") : actorLines.join(u'\n'));
    m_location->setText(event->location.isEmpty() ? tr("—") : event->location);
    m_confidence->setText(tr("%1 %").arg(locale.toString(event->confidence * 100.0, 'f', 0)));
    m_status->setText(reviewText(event->reviewStatus));
    // A dataset's figures, when the event has them; an empty row would only say "unknown".
    m_fatalities->setText(event->fatalities ? locale.toString(*event->fatalities) : QString());
    m_form->setRowVisible(m_fatalities, event->fatalities.has_value());
    if (event->hasCoordinates()) {
        m_coordinates->setText(
            tr("%1, %2", "latitude, longitude in degrees")
                .arg(locale.toString(*event->latitude, 'f', QLocale::FloatingPointShortest),
                     locale.toString(*event->longitude, 'f', QLocale::FloatingPointShortest)));
    } else {
        m_coordinates->clear();
    }
    m_form->setRowVisible(m_coordinates, event->hasCoordinates());
    m_externalId->setText(event->externalId);
    m_form->setRowVisible(m_externalId, !event->externalId.isEmpty());

    ArticleRepository articles(*m_workspace);
    for (const Evidence &evidence : std::as_const(event->evidence)) {
        const std::optional<Article> article = articles.find(evidence.articleId);
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 4, 0, 0);
        auto *titleLabel = makeValueLabel(page);
        titleLabel->setObjectName(QStringLiteral("articleTitle"));
        QFont bold = titleLabel->font();
        bold.setBold(true);
        titleLabel->setFont(bold);
        auto *sourceLabel = makeValueLabel(page);
        sourceLabel->setObjectName(QStringLiteral("articleSource"));
        auto *text = new QPlainTextEdit(page);
        text->setObjectName(QStringLiteral("articleText"));
        text->setReadOnly(true);
        text->setAccessibleName(tr("Article text"));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(titleLabel);
        layout->addWidget(sourceLabel);
        layout->addWidget(text, 1);

        QString tabTitle;
        if (article) {
            titleLabel->setText(article->title.isEmpty() ? tr("Untitled article") : article->title);
            const QString published = article->publishedDay
                                          ? DateSpan::fromJulianDay(*article->publishedDay)
                                                .toDisplayString()
                                          : tr("publication date unknown");
            sourceLabel->setText(article->outlet.isEmpty()
                                     ? published
                                     : tr("%1 · %2").arg(article->outlet, published));
            text->setPlainText(article->text); // plain text: the article is data
            tabTitle = article->outlet.isEmpty() ? tr("Article %1").arg(article->id)
                                                 : article->outlet;
        } else {
            titleLabel->setText(tr("The article is no longer in the workspace"));
            text->setPlainText(evidence.sentence);
            tabTitle = tr("Missing article");
        }
        text->setProperty(EvidenceBeginProperty, evidence.begin);
        text->setProperty(EvidenceEndProperty, evidence.end);
        highlight(text);
        m_evidenceTabs->addTab(page, tr("%1. %2").arg(m_evidenceTabs->count() + 1).arg(tabTitle));
    }
    if (event->evidence.isEmpty()) {
        auto *none = new QLabel(tr("No evidence recorded for this event."));
        none->setAlignment(Qt::AlignCenter);
        m_evidenceTabs->addTab(none, tr("Evidence"));
    }
    m_stack->setCurrentIndex(1);
}

int EventDetailsPanel::evidenceCount() const
{
    return int(findChildren<QPlainTextEdit *>(QStringLiteral("articleText")).size());
}

QPlainTextEdit *EventDetailsPanel::evidenceTextView(int index) const
{
    if (index < 0 || index >= m_evidenceTabs->count())
        return nullptr;
    QWidget *page = m_evidenceTabs->widget(index);
    return page ? page->findChild<QPlainTextEdit *>(QStringLiteral("articleText")) : nullptr;
}

QColor EventDetailsPanel::markerColor() const
{
    // A pale highlighter yellow; on a dark palette a deep amber that keeps light text readable.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0x6b, 0x55, 0x00) : QColor(0xff, 0xf0, 0x8a);
}

void EventDetailsPanel::highlight(QPlainTextEdit *view) const
{
    const QVariant beginValue = view->property(EvidenceBeginProperty);
    const QVariant endValue = view->property(EvidenceEndProperty);
    if (!beginValue.isValid() || !endValue.isValid())
        return;
    QTextDocument *document = view->document();
    // The last position is the document's closing paragraph separator, not text.
    const qint64 last = qMax(0, document->characterCount() - 1);
    const int begin = int(qBound<qint64>(0, beginValue.toLongLong(), last));
    const int end = int(qBound<qint64>(begin, endValue.toLongLong(), last));

    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document);
    selection.cursor.setPosition(begin);
    selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
    selection.format.setBackground(markerColor());
    view->setExtraSelections({selection});

    QTextCursor caret(document);
    caret.setPosition(begin);
    view->setTextCursor(caret);
    view->centerCursor();
    // The view has no final size until it is laid out; centre again once it has.
    QTimer::singleShot(0, view, [view, begin] {
        QTextCursor cursor(view->document());
        cursor.setPosition(begin);
        view->setTextCursor(cursor);
        view->centerCursor();
    });
}

void EventDetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        // The shown event again, in the new language or calendar.
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
        if (m_eventId > 0)
            reload();
    } else if (event->type() == QEvent::PaletteChange) {
        for (QPlainTextEdit *view : findChildren<QPlainTextEdit *>(QStringLiteral("articleText")))
            highlight(view);
    }
}

} // namespace Faultline
