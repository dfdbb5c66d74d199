#include "ui/dialogs/importreviewdialog.h"

#include "core/extract/extractionpipeline.h"
#include "core/model/article.h"
#include "core/model/datespan.h"
#include "core/query/tooltiptext.h"
#include "core/store/articleimporter.h"
#include "core/store/workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Faultline {

struct ImportReviewDialog::Entry
{
    ImportSource source;
    Document document;
    ExtractionResult extraction;
    qint64 duplicateOf = 0;
    QString error; // set when the source could not be read
    std::optional<qint64> dayOverride;
    QList<bool> accepted; // per event of extraction

    bool importable() const { return error.isEmpty() && duplicateOf == 0; }
    std::optional<qint64> publishedDay() const
    {
        return dayOverride ? dayOverride : document.publishedDay;
    }
};

namespace {

enum EventColumn {
    DateColumn,
    WrittenColumn,
    TitleColumn,
    TypeColumn,
    ActorsColumn,
    ModalityColumn
};

QString modalityName(Event::Modality modality)
{
    switch (modality) {
    case Event::Modality::Asserted:
        return ImportReviewDialog::tr("asserted");
    case Event::Modality::Negated:
        return ImportReviewDialog::tr("negated");
    case Event::Modality::Hypothetical:
        return ImportReviewDialog::tr("hypothetical");
    case Event::Modality::Planned:
        return ImportReviewDialog::tr("planned");
    }
    return QString();
}

} // namespace

ImportReviewDialog::ImportReviewDialog(std::shared_ptr<const ExtractionPipeline> pipeline,
                                       QWidget *parent)
    : QDialog(parent)
    , m_pipeline(std::move(pipeline))
{
    setObjectName(QStringLiteral("importReviewDialog"));
    setWindowTitle(tr("Review Import"));
    setModal(false);
    resize(1100, 720);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reviewDocumentList"));
    m_list->setMinimumWidth(220);

    auto *page = new QWidget(this);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_outlet = new QLabel(page);
    m_outlet->setTextFormat(Qt::PlainText);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("reviewDocumentStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_dateEdit = new QLineEdit(page);
    m_dateEdit->setObjectName(QStringLiteral("reviewDateEdit"));
    m_dateEdit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_dateEdit->setMaximumWidth(160);
    m_dateNote = new QLabel(page);
    m_dateNote->setObjectName(QStringLiteral("reviewDateNote"));
    m_dateNote->setTextFormat(Qt::PlainText);
    m_dateNote->setWordWrap(true);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateEdit);
    dateRow->addWidget(m_dateNote, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Outlet:"), m_outlet);
    form->addRow(tr("Published:"), dateRow);

    m_events = new QTreeWidget(page);
    m_events->setObjectName(QStringLiteral("reviewEventTree"));
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setHeaderLabels(
        {tr("Date"), tr("As Written"), tr("Event"), tr("Type"), tr("Actors"), tr("Modality")});
    m_events->header()->setStretchLastSection(false);
    m_events->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_events->setColumnWidth(DateColumn, 200);
    m_events->setColumnWidth(WrittenColumn, 120);
    m_events->setColumnWidth(TypeColumn, 110);
    m_events->setColumnWidth(ActorsColumn, 150);
    m_events->setColumnWidth(ModalityColumn, 90);

    m_text = new QPlainTextEdit(page);
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setReadOnly(true);

    auto *pageSplitter = new QSplitter(Qt::Vertical, page);
    pageSplitter->addWidget(m_events);
    pageSplitter->addWidget(m_text);
    pageSplitter->setStretchFactor(0, 1);
    pageSplitter->setStretchFactor(1, 1);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_status);
    pageLayout->addLayout(form);
    pageLayout->addWidget(pageSplitter, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(page);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 860});

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(this);
    m_acceptAll = buttons->addButton(tr("Accept &All"), QDialogButtonBox::AcceptRole);
    m_acceptAll->setObjectName(QStringLiteral("reviewAcceptAll"));
    m_acceptSelected = buttons->addButton(tr("Accept &Selected"), QDialogButtonBox::ActionRole);
    m_acceptSelected->setObjectName(QStringLiteral("reviewAcceptSelected"));
    m_acceptSelected->setToolTip(tr("Import the checked articles with their checked events"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("reviewDiscard"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_list, &QListWidget::currentRowChanged, this, &ImportReviewDialog::showEntry);
    connect(m_list, &QListWidget::itemChanged, this, [this] { updateButtons(); });
    connect(m_dateEdit, &QLineEdit::textEdited, this, &ImportReviewDialog::dateEdited);
    connect(m_events, &QTreeWidget::itemChanged, this, &ImportReviewDialog::eventItemChanged);
    connect(m_events,
            &QTreeWidget::currentItemChanged,
            this,
            &ImportReviewDialog::highlightEvidence);
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { acceptAndClose(false); });
    connect(m_acceptSelected, &QPushButton::clicked, this, [this] { acceptAndClose(true); });
    connect(m_discard, &QPushButton::clicked, this, &QDialog::reject);
    showEntry(-1);
    updateButtons();
}

ImportReviewDialog::~ImportReviewDialog() = default;

void ImportReviewDialog::addDocument(const ImportSource &source,
                                     const Document &document,
                                     const ExtractionResult &extraction,
                                     qint64 duplicateOf)
{
    auto entry = std::make_shared<Entry>();
    entry->source = source;
    entry->document = document;
    entry->extraction = extraction;
    entry->duplicateOf = duplicateOf;
    entry->accepted = QList<bool>(extraction.events.size(), true);
    m_entries.append(entry);

    const int events = int(extraction.events.size());
    auto *item = new QListWidgetItem(m_list);
    if (entry->importable()) {
        item->setText(tr("%1\n%n event(s)", nullptr, events).arg(source.displayName()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    } else {
        item->setText(tr("%1\nalready in the workspace").arg(source.displayName()));
        item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    item->setToolTip(ToolTipText::fromPlainText(source.isFile() ? source.path : source.label));
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ImportReviewDialog::addFailure(const ImportSource &source, const QString &error)
{
    auto entry = std::make_shared<Entry>();
    entry->source = source;
    entry->error = error;
    m_entries.append(entry);
    auto *item = new QListWidgetItem(tr("%1\ncould not be read").arg(source.displayName()), m_list);
    item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    item->setToolTip(ToolTipText::fromPlainText(error));
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ImportReviewDialog::setReading(bool reading, const QString &text)
{
    m_reading = reading;
    m_progress->setText(text);
    updateButtons();
}

int ImportReviewDialog::importableCount() const
{
    int count = 0;
    for (const auto &entry : m_entries)
        count += entry->importable() ? 1 : 0;
    return count;
}

void ImportReviewDialog::setCurrentDocument(int index)
{
    m_list->setCurrentRow(index);
}

int ImportReviewDialog::currentDocument() const
{
    return m_list->currentRow();
}

ExtractionResult ImportReviewDialog::extraction(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries.at(index)->extraction
                                                  : ExtractionResult();
}

std::optional<qint64> ImportReviewDialog::publishedDay(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries.at(index)->publishedDay()
                                                  : std::nullopt;
}

void ImportReviewDialog::setEventAccepted(int document, int event, bool accepted)
{
    if (document < 0 || document >= m_entries.size())
        return;
    Entry &entry = *m_entries[document];
    if (event < 0 || event >= entry.accepted.size())
        return;
    entry.accepted[event] = accepted;
    if (document == currentDocument())
        fillEvents(document);
}

bool ImportReviewDialog::isEventAccepted(int document, int event) const
{
    if (document < 0 || document >= m_entries.size())
        return false;
    return m_entries.at(document)->accepted.value(event, false);
}

void ImportReviewDialog::showEntry(int index)
{
    const bool valid = index >= 0 && index < m_entries.size();
    const Entry *entry = valid ? m_entries.at(index).get() : nullptr;
    m_title->setText(entry ? (entry->document.title.isEmpty() ? entry->source.displayName()
                                                              : entry->document.title)
                           : tr("Nothing read yet"));
    m_outlet->setText(entry && !entry->document.outlet.isEmpty() ? entry->document.outlet
                                                                 : tr("unknown"));
    if (!entry) {
        m_status->clear();
    } else if (!entry->error.isEmpty()) {
        m_status->setText(
            tr("“%1” %2; it is not imported.").arg(entry->source.displayName(), entry->error));
    } else if (entry->duplicateOf > 0) {
        m_status->setText(
            tr("This article is already in the workspace (article %1); it is not imported again.")
                .arg(entry->duplicateOf));
    } else if (entry->duplicateOf < 0) {
        m_status->setText(tr("This article has the same text as another one of this import; "
                             "it is not imported twice."));
    } else {
        m_status->clear();
    }
    m_status->setVisible(!m_status->text().isEmpty());
    m_dateEdit->setEnabled(entry && entry->importable());
    m_events->setEnabled(entry && entry->error.isEmpty());
    const std::optional<qint64> day = entry ? entry->publishedDay() : std::nullopt;
    m_dateEdit->setText(day ? DateSpan::fromJulianDay(*day).toIso() : QString());
    m_text->setPlainText(entry ? entry->document.text : QString());
    fillEvents(index);
    updateDateNote(index);
}

void ImportReviewDialog::fillEvents(int index)
{
    m_filling = true;
    const int currentRow = m_events->currentItem()
                               ? m_events->indexOfTopLevelItem(m_events->currentItem())
                               : -1;
    m_events->clear();
    if (index >= 0 && index < m_entries.size()) {
        const Entry &entry = *m_entries.at(index);
        const bool checkable = entry.importable();
        for (qsizetype i = 0; i < entry.extraction.events.size(); ++i) {
            const EventCandidate &candidate = entry.extraction.events.at(i);
            const Event &event = candidate.event;
            QStringList actors;
            for (const EventCandidate::Participant &participant : candidate.participants) {
                if (participant.actor >= 0 && participant.actor < entry.extraction.actors.size()) {
                    const QString name = entry.extraction.actors.at(participant.actor).actor.name;
                    if (!actors.contains(name))
                        actors.append(name);
                }
            }
            auto *item = new QTreeWidgetItem(m_events);
            item->setText(DateColumn,
                          event.date.isValid() ? event.date.toDisplayString() : tr("unresolved"));
            if (!event.date.isValid()) {
                QFont font = item->font(DateColumn);
                font.setItalic(true);
                item->setFont(DateColumn, font);
            }
            item->setText(WrittenColumn, event.dateText);
            item->setText(TitleColumn, event.title);
            item->setText(TypeColumn, event.type.name());
            item->setText(ActorsColumn, actors.join(QStringLiteral(", ")));
            item->setText(ModalityColumn, modalityName(event.modality));
            for (int column = DateColumn; column <= ModalityColumn; ++column)
                item->setToolTip(column, ToolTipText::fromPlainText(item->text(column)));
            if (checkable) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(DateColumn,
                                    entry.accepted.value(i, true) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    // A row is always current, so its evidence shows in the text below.
    if (m_events->topLevelItemCount() > 0)
        m_events->setCurrentItem(m_events->topLevelItem(
            currentRow >= 0 && currentRow < m_events->topLevelItemCount() ? currentRow : 0));
    m_filling = false;
    highlightEvidence();
}

void ImportReviewDialog::updateDateNote(int index)
{
    if (index < 0 || index >= m_entries.size() || !m_entries.at(index)->importable()) {
        m_dateNote->clear();
        return;
    }
    const Entry &entry = *m_entries.at(index);
    int unresolved = 0;
    for (const EventCandidate &candidate : entry.extraction.events)
        unresolved += candidate.event.date.isValid() ? 0 : 1;
    if (!entry.publishedDay()) {
        m_dateNote->setText(tr("No publication date was found: relative dates stay unresolved "
                               "until you give one (%n event(s) without a date).",
                               nullptr,
                               unresolved));
    } else if (entry.dayOverride && entry.dayOverride != entry.document.publishedDay) {
        m_dateNote->setText(
            entry.document.publishedDay
                ? tr("Changed from %1 found in the article; relative dates "
                     "follow it.")
                      .arg(DateSpan::fromJulianDay(*entry.document.publishedDay).toIso())
                : tr("Given by you; relative dates follow it."));
    } else {
        m_dateNote->setText(tr("Found in the article; relative dates such as “yesterday” are "
                               "resolved against it."));
    }
}

void ImportReviewDialog::dateEdited(const QString &text)
{
    const int index = currentDocument();
    if (index < 0 || index >= m_entries.size() || !m_entries.at(index)->importable())
        return;
    Entry &entry = *m_entries[index];
    std::optional<qint64> day;
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        const std::optional<DateSpan> span = DateSpan::fromIso(trimmed);
        if (!span || span->precision() != DateSpan::Precision::Day) {
            // Half-typed days are not errors yet.
            m_dateNote->setText(trimmed.size() < 10
                                    ? tr("Type the whole day: YYYY-MM-DD.")
                                    : tr("“%1” is not a day; write it as YYYY-MM-DD.").arg(trimmed));
            return;
        }
        day = span->earliestDay();
    }
    if (day == entry.dayOverride)
        return;
    entry.dayOverride = day;
    // Extraction takes milliseconds per article, so relative dates follow each keystroke.
    const QList<bool> accepted = entry.accepted;
    entry.extraction = m_pipeline->run(entry.document, entry.publishedDay());
    entry.extraction.warnings = entry.document.warnings + entry.extraction.warnings;
    entry.accepted = accepted.size() == entry.extraction.events.size()
                         ? accepted
                         : QList<bool>(entry.extraction.events.size(), true);
    fillEvents(index);
    updateDateNote(index);
}

void ImportReviewDialog::eventItemChanged()
{
    if (m_filling)
        return;
    const int index = currentDocument();
    if (index < 0 || index >= m_entries.size())
        return;
    Entry &entry = *m_entries[index];
    for (int row = 0; row < m_events->topLevelItemCount() && row < entry.accepted.size(); ++row)
        entry.accepted[row] = m_events->topLevelItem(row)->checkState(DateColumn) == Qt::Checked;
    updateButtons();
}

void ImportReviewDialog::highlightEvidence()
{
    if (m_filling)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    const int index = currentDocument();
    QTreeWidgetItem *item = m_events->currentItem();
    if (item && index >= 0 && index < m_entries.size()) {
        const Entry &entry = *m_entries.at(index);
        const int row = m_events->indexOfTopLevelItem(item);
        if (row >= 0 && row < entry.extraction.events.size()
            && !entry.extraction.events.at(row).event.evidence.isEmpty()) {
            const Evidence &evidence = entry.extraction.events.at(row).event.evidence.first();
            const int length = m_text->document()->characterCount();
            QTextCursor cursor(m_text->document());
            cursor.setPosition(int(std::clamp<qint64>(evidence.begin, 0, length - 1)));
            cursor.setPosition(int(std::clamp<qint64>(evidence.end, 0, length - 1)),
                               QTextCursor::KeepAnchor);
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format.setBackground(palette().brush(QPalette::Highlight));
            selection.format.setForeground(palette().brush(QPalette::HighlightedText));
            selections.append(selection);
            QTextCursor visible = cursor;
            visible.clearSelection();
            m_text->setTextCursor(visible);
            m_text->centerCursor();
        }
    }
    m_text->setExtraSelections(selections);
}

void ImportReviewDialog::updateButtons()
{
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    const bool any = importableCount() > 0;
    m_acceptAll->setEnabled(!m_reading && writable && any);
    m_acceptSelected->setEnabled(!m_reading && writable && any);
}

void ImportReviewDialog::acceptAndClose(bool onlySelected)
{
    const Outcome outcome = acceptDocuments(onlySelected);
    emit importAccepted(outcome);
    accept();
}

ImportReviewDialog::Outcome ImportReviewDialog::acceptDocuments(bool onlySelected)
{
    Outcome outcome;
    if (!m_workspace)
        return outcome;
    for (int index = 0; index < m_entries.size(); ++index) {
        const Entry &entry = *m_entries.at(index);
        if (!entry.importable())
            continue;
        const QListWidgetItem *item = m_list->item(index);
        if (onlySelected && item && item->checkState() != Qt::Checked)
            continue;
        ExtractionResult extraction = entry.extraction;
        if (onlySelected) {
            QList<EventCandidate> kept;
            for (qsizetype i = 0; i < extraction.events.size(); ++i) {
                if (entry.accepted.value(i, false))
                    kept.append(extraction.events.at(i));
            }
            extraction.events = kept;
        }
        Article article;
        article.title = entry.document.title;
        article.outlet = entry.document.outlet;
        article.url = entry.document.url;
        article.sourcePath = entry.document.sourcePath;
        article.publishedDay = entry.publishedDay();
        article.text = entry.document.text;
        article.contentHash = Article::hashText(entry.document.text);
        article.importedAt = QDateTime::currentDateTimeUtc();
        ArticleImporter importer(*m_workspace);
        ArticleImporter::Summary summary;
        QString error;
        if (!importer.import(article, extraction, &summary, &error)) {
            outcome.errors.append(tr("%1: %2").arg(entry.source.displayName(), error));
            continue;
        }
        if (summary.duplicate)
            continue;
        ++outcome.articles;
        outcome.events += summary.eventsAdded + summary.eventsMerged;
    }
    return outcome;
}

} // namespace Faultline
